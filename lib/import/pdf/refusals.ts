/** The reasons, in Chinese, why a PDF cannot be read; shown to the clerk as they are. */
export const PDF_REFUSALS = {
  scan: "这是扫描件，没有文字层，无法读取（不支持文字识别）",
  empty: "这个 PDF 没有任何文字，无法读取",
  encrypted: "这个 PDF 设置了打开密码，无法读取；请去掉密码后重新导出再导入",
  corrupt: "文件已损坏，无法作为 PDF 打开",
  notPdf: "文件已损坏：这不是一个 PDF 文件",
  tooManyPages: (pages: number, limit: number) => `这个 PDF 有 ${pages} 页，超过一份年度报告的篇幅（最多 ${limit} 页），不予读取`,
} as const;
