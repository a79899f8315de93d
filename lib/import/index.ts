/**
 * `importReport(bytes, fileName)`: a published report (PDF, .docx, HTML, plain
 * text) as REPORT-JSON, with everything the reader noticed. The format is told
 * by the content; a file that is no report, too large, damaged or unsafe is
 * refused with an ImportRefusal whose message is shown as is.
 */
import type { Report } from "../report/types";
import { ImportRefusal, type SourceDocument } from "./document";
import { detectKind } from "./detect";
import { readDocx } from "./docx";
import { readHtml } from "./html";
import { loadParse5 } from "./html/parse5";
import { MAX_FILE_BYTES } from "./limits";
import type { ImportNote } from "./notes";
import { placeDocument } from "./place";
import { isReportLike } from "./report-like";
import { readText } from "./text";

export { ImportRefusal } from "./document";
export type { ImportNote, ImportNoteKind } from "./notes";

export interface ImportResult {
  report: Report;
  notes: ImportNote[];
  /** What the file turned out to be. */
  source: SourceDocument["kind"];
}

async function read(bytes: Uint8Array): Promise<SourceDocument> {
  switch (detectKind(bytes)) {
    case "pdf": {
      const { readPdf } = await import("./pdf");
      return readPdf(bytes);
    }
    case "docx":
      return readDocx(bytes);
    case "html":
      await loadParse5();
      return readHtml(bytes);
    case "text":
      return readText(bytes);
    case "ole":
      throw new ImportRefusal("unsupported", "这是旧版 Word/WPS/Excel 文件（.doc、.wps、.xls），请在 Word 或 WPS 中另存为 .docx 或 PDF 后再导入。");
    case "zip":
      throw new ImportRefusal("unsupported", "这是压缩包或 Excel、OFD 等文件，不是 Word 文档；请导入年报的 PDF、Word .docx、网页或文本。");
    default:
      throw new ImportRefusal("corrupt", "文件已损坏，或不是年报（PDF、Word .docx、网页或文本）。");
  }
}

export async function importReport(bytes: Uint8Array, fileName: string): Promise<ImportResult> {
  void fileName;
  if (bytes.length > MAX_FILE_BYTES) {
    throw new ImportRefusal("too-large", `文件过大（${(bytes.length / 1024 / 1024).toFixed(1)} MB），年报文件一般不超过 ${MAX_FILE_BYTES / 1024 / 1024} MB。`);
  }
  if (bytes.length === 0) throw new ImportRefusal("empty", "文件是空的。");
  const doc = await read(bytes);
  const verdict = isReportLike(doc);
  if (verdict !== "report") {
    throw new ImportRefusal(
      "not-report",
      verdict === "list" ? "这是列表页，不是年报正文：请打开其中一篇报告，保存那一页再导入。" : "这不是政府信息公开工作年度报告：没有找到报告的标题、各节标题或表格。",
    );
  }
  const placed = placeDocument(doc);
  return { ...placed, source: doc.kind };
}
