1:[["children",{"s":"__PAGE__","h":176}]]
0:{"b":"e0v2H-kJC1mHya2kKh2vg","t":{"t":{"s":"","h":80,"c":"$Q1"}}}
