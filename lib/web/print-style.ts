/**
 * The stylesheet of the downloaded web version: on screen a readable column; on
 * paper A4 with the GB/T 9704 text block (margins 37/26/35/28 mm), 三号 仿宋 body,
 * 二号 小标宋 title, tables in 五号 whose header rows repeat and whose rows do not break.
 */
export const PRINT_STYLE = `body { margin: 0; background: #fff; color: #000; }
article { max-width: 48em; margin: 2em auto; padding: 0 1em; font-family: "仿宋_GB2312", "仿宋", FangSong, STFangsong, serif; font-size: 16px; line-height: 1.8; }
h1 { font-family: "方正小标宋简体", "小标宋", "宋体", SimSun, serif; font-size: 1.6em; font-weight: normal; text-align: center; }
h2 { font-family: "黑体", SimHei, sans-serif; font-size: 1em; font-weight: normal; text-indent: 2em; margin: 0.5em 0 0; }
h3 { font-family: "楷体_GB2312", "楷体", KaiTi, STKaiti, serif; font-size: 1em; font-weight: normal; text-indent: 2em; margin: 0; }
p { margin: 0; }
table { font-size: 0.8em; line-height: 1.4; margin: 0.5em 0 1em; }
th, td { border: 1px solid #000; padding: 2px 4px; }
@media print {
  @page { size: A4; margin: 37mm 26mm 35mm 28mm; }
  article { max-width: none; margin: 0; padding: 0; font-size: 16pt; line-height: 28.9pt; }
  h1 { font-size: 22pt; line-height: 35pt; margin: 0 0 28.9pt; }
  h2, h3 { break-after: avoid; page-break-after: avoid; }
  table { font-size: 10.5pt; line-height: 1.3; }
  thead { display: table-header-group; }
  tr { break-inside: avoid; page-break-inside: avoid; }
}`;
