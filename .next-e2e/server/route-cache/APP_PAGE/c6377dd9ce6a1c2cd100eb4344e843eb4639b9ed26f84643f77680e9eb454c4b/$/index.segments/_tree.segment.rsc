:HL["/_next/static/chunks/2ct1un6_0atc4.css","style"]
1:[["children",{"s":"__PAGE__","h":160}]]
0:{"b":"e0v2H-kJC1mHya2kKh2vg","t":{"t":{"s":"","h":80,"c":"$Q1"}}}
