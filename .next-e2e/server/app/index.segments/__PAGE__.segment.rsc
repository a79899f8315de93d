1:"$Sreact.fragment"
2:"/_next/static/chunks/3qfy96eoyh-ek.js"
3:I[39756,["$2"],"default"]
4:I[37457,["$2"],"default"]
8:"/_next/static/chunks/3zt_16xndew4w.js"
9:I[22016,["$2","$8"],""]
a:I[97367,["$2"],"OutletBoundary"]
b:"$Sreact.suspense"
e:"ViewportBoundary"
f:I[97367,["$2"],"$e"]
10:"MetadataBoundary"
11:I[97367,["$2"],"$10"]
:HL["/_next/static/chunks/2ct1un6_0atc4.css","style"]
6:X
7:[["children",{"s":"__PAGE__","h":160,"d":{"r":["$","$1","c",{"children":[["$","main",null,{"className":"mx-auto max-w-3xl px-6 py-16","children":[["$","h1",null,{"className":"text-3xl font-bold","children":"年报通"}],["$","p",null,{"className":"mt-4 text-lg text-slate-700","children":"按国家统一格式填写政府信息公开工作年度报告：边填边做勾稽检查，提交审核，生成可直接发布的 Word 文档。"}],["$","ul",null,{"className":"mt-6 list-disc pl-6 text-slate-700","children":[["$","li","2021",{"children":["2021","年格式（","国办公开办函〔2021〕30号","）：适用于 ",2021," 年及以后","","报告"]}],["$","li","2019",{"children":["2019","年格式（","国办公开办函〔2019〕60号","）：适用于 ",2019,"—2020"," 年度","报告"]}]]}],["$","$L9",null,{"href":"/reports","className":"mt-8 inline-block rounded bg-red-700 px-5 py-2 text-white hover:bg-red-800","children":"进入填报"}]]}],[["$","script","script-0",{"src":"/_next/static/chunks/3zt_16xndew4w.js","async":true}]],["$","$La",null,{"children":["$","$b",null,{"name":"Next.MetadataOutlet","children":"$@c"}]}]]}],"p":"$@d","v":null,"s":"$6"}}]]
0:{"t":{"t":{"s":"","h":80,"d":{"r":["$","$1","c",{"children":[[["$","link","0",{"rel":"stylesheet","href":"/_next/static/chunks/2ct1un6_0atc4.css","precedence":"next"}],["$","script","script-0",{"src":"/_next/static/chunks/3qfy96eoyh-ek.js","async":true}]],["$","html",null,{"lang":"zh-CN","children":["$","body",null,{"className":"min-h-screen bg-slate-50 text-slate-900 antialiased","children":["$","$L3",null,{"parallelRouterKey":"children","template":["$","$L4",null,{}],"notFound":[[["$","title",null,{"children":"404: This page could not be found."}],["$","div",null,{"style":{"fontFamily":"system-ui,\"Segoe UI\",Roboto,Helvetica,Arial,sans-serif,\"Apple Color Emoji\",\"Segoe UI Emoji\"","height":"100vh","textAlign":"center","display":"flex","flexDirection":"column","alignItems":"center","justifyContent":"center"},"children":["$","div",null,{"children":[["$","style",null,{"dangerouslySetInnerHTML":{"__html":"body{color:#000;background:#fff;margin:0}.next-error-h1{border-right:1px solid rgba(0,0,0,.3)}@media (prefers-color-scheme:dark){body{color:#fff;background:#000}.next-error-h1{border-right:1px solid rgba(255,255,255,.3)}}"}}],["$","h1",null,{"className":"next-error-h1","style":{"display":"inline-block","margin":"0 20px 0 0","padding":"0 23px 0 0","fontSize":24,"fontWeight":500,"verticalAlign":"top","lineHeight":"49px"},"children":404}],["$","div",null,{"style":{"display":"inline-block"},"children":["$","h2",null,{"style":{"fontSize":14,"fontWeight":400,"lineHeight":"49px","margin":0},"children":"This page could not be found."}]}]]}]}]],[]]}]}]}]]}],"p":"$@5","v":null,"s":"$6"},"c":"$Q7"},"h":{"r":["$","$1","h",{"children":[null,["$","$Lf",null,{"children":[["$","meta","0",{"charSet":"utf-8"}],["$","meta","1",{"name":"viewport","content":"width=device-width, initial-scale=1"}]]}],["$","$L11",null,{"children":[["$","div",null,{"hidden":true,"children":["$","$b",null,{"name":"Next.Metadata","children":[["$","title","0",{"children":"年报通 · 政府信息公开工作年度报告"}],["$","meta","1",{"name":"description","content":"政府信息公开工作年度报告的填报、勾稽检查、审核与排版"}]]}]}],null]}],null]}],"p":"$@12","v":null,"s":"$6"}},"a":"$@13","u":"$@14","b":"e0v2H-kJC1mHya2kKh2vg"}
c:null
6:300
14:true
6:C
13:0
5:"$undefined"
12:"$undefined"
d:"$undefined"
