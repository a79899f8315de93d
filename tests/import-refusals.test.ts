/** Files that are no report are refused quickly, each with its Chinese message, and nothing is read. */
import { strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { importReport, ImportRefusal } from "@/lib/import";

async function refusal(bytes: Uint8Array): Promise<ImportRefusal> {
  try {
    await importReport(bytes, "x");
  } catch (e) {
    if (e instanceof ImportRefusal) return e;
    throw e;
  }
  throw new Error("not refused");
}

const docx = (body: string, extra: Record<string, Uint8Array> = {}) =>
  zipSync({
    "[Content_Types].xml": strToU8("<Types/>"),
    "word/document.xml": strToU8(`<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`),
    ...extra,
  });

describe("refusals", () => {
  it("random bytes: 文件已损坏", async () => {
    const bytes = new Uint8Array(4096).map((_, i) => (i * 7919 + 13) % 256);
    expect(await refusal(bytes)).toMatchObject({ code: "corrupt", message: expect.stringContaining("文件已损坏") });
  });

  it("a damaged zip: 文件已损坏", async () => {
    const bytes = docx("<w:p/>").slice(0, 60);
    expect((await refusal(bytes)).message).toContain("文件已损坏");
  });

  it("a 50 MB file: 文件过大, before reading it", async () => {
    const t = performance.now();
    expect(await refusal(new Uint8Array(50 * 1024 * 1024))).toMatchObject({ code: "too-large", message: expect.stringContaining("文件过大") });
    expect(performance.now() - t).toBeLessThan(2000);
  });

  it("a zip bomb: refused from the declared sizes, nothing inflated", async () => {
    // 16 MB of zeros in a few KB: far beyond what a real part compresses to (MAX_ZIP_RATIO), cheap to make.
    const bomb = zipSync({ "[Content_Types].xml": strToU8("<Types/>"), "word/document.xml": new Uint8Array(16 * 1024 * 1024) });
    expect(bomb.length).toBeLessThan(64 * 1024);
    expect((await refusal(bomb)).message).toContain("压缩炸弹");
  }, 60_000);

  it("an empty .docx", async () => {
    expect(await refusal(docx("<w:p/>"))).toMatchObject({ code: "empty", message: expect.stringContaining("空白的 Word 文档") });
  });

  it("a .docx with macros", async () => {
    const m = await refusal(docx("<w:p><w:r><w:t>一、总体情况</w:t></w:r></w:p>", { "word/vbaProject.bin": new Uint8Array(10) }));
    expect(m).toMatchObject({ code: "unsupported", message: expect.stringContaining("含有宏") });
  });

  it("a portal's list page: 这是列表页，不是年报正文", async () => {
    const html = `<html><body><ul>${[2019, 2020, 2021]
      .map((y) => `<li><a href="/${y}.html">示例区东湖镇人民政府${y}年政府信息公开工作年度报告</a></li>`)
      .join("")}</ul></body></html>`;
    expect(await refusal(strToU8(html))).toMatchObject({ code: "not-report", message: expect.stringContaining("这是列表页，不是年报正文") });
  });

  it("text that is no report", async () => {
    expect((await refusal(strToU8("今天天气很好。\n明天也是。"))).code).toBe("not-report");
  });

  it("an old Word/WPS file (OLE) and a zip that is no .docx: say what to do", async () => {
    const ole = new Uint8Array(2048);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expect(await refusal(ole)).toMatchObject({ code: "unsupported", message: expect.stringContaining("另存为 .docx") });
    const xlsx = zipSync({ "xl/workbook.xml": strToU8("<workbook/>") });
    expect(await refusal(xlsx)).toMatchObject({ code: "unsupported", message: expect.stringContaining("不是 Word 文档") });
  });

  it("an empty file", async () => {
    expect((await refusal(new Uint8Array(0))).code).toBe("empty");
  });

  it("a PDF goes to the PDF reader, which refuses a broken one as 文件已损坏", async () => {
    expect(await refusal(strToU8("%PDF-1.7\n%…"))).toMatchObject({ code: "corrupt", message: expect.stringContaining("文件已损坏") });
  });
});
