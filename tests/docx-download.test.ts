import { describe, expect, it } from "vitest";
import { attachmentDisposition, docxDownloadHeaders, docxFileName } from "@/lib/docx";

const decodeStar = (header: string) => decodeURIComponent(/filename\*=UTF-8''([^;]+)/.exec(header)![1]);

describe("download headers of the .docx", () => {
  const report = { organ: { name: "原州区官厅镇人民政府", kind: "township" as const }, year: 2021 };

  it("names the file 〈机关名称〉〈年份〉年政府信息公开工作年度报告.docx", () => {
    expect(docxFileName(report)).toBe("原州区官厅镇人民政府2021年政府信息公开工作年度报告.docx");
  });

  it("replaces characters Windows forbids in file names by full-width ones", () => {
    expect(docxFileName({ organ: { name: 'A/B:C*D?"E<F>G|H\\', kind: "other" }, year: 2022 })).toBe(
      "A／B：C＊D？＂E＜F＞G｜H＼2022年政府信息公开工作年度报告.docx",
    );
  });

  it("sends the Chinese name RFC 5987-encoded with an ASCII fallback", () => {
    const h = docxDownloadHeaders(report, 1234);
    expect(h["Content-Type"]).toBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    expect(h["Content-Length"]).toBe("1234");
    expect(h["Cache-Control"]).toContain("no-store");
    const cd = h["Content-Disposition"];
    expect(cd).toMatch(/^attachment; filename="report-2021\.docx"; filename\*=UTF-8''[A-Za-z0-9%._~-]+$/);
    expect(decodeStar(cd)).toBe("原州区官厅镇人民政府2021年政府信息公开工作年度报告.docx");
    // a header value must be ASCII (Node rejects anything else)
    expect(/^[\x20-\x7e]*$/.test(cd)).toBe(true);
  });

  it("encodes the characters RFC 5987 leaves out of attr-char, and keeps an ASCII name as it is", () => {
    const cd = attachmentDisposition("局(办)'s *报告*.docx");
    expect(/filename\*=UTF-8''([^;]*)/.exec(cd)![1]).toMatch(/^[A-Za-z0-9%._~-]+$/);
    expect(decodeStar(cd)).toBe("局(办)'s *报告*.docx");
    expect(attachmentDisposition("report 2021.docx")).toBe(`attachment; filename="report 2021.docx"; filename*=UTF-8''report%202021.docx`);
    expect(attachmentDisposition('a"b.docx', 'x"y')).toContain('filename="report.docx"');
  });

  it("says inline for a file shown in the browser (the original published PDF), with the same names", () => {
    const cd = attachmentDisposition("东湖镇2023年报.pdf", "published-report.pdf", "inline");
    expect(cd).toMatch(/^inline; filename="published-report\.pdf"; /);
    expect(decodeStar(cd)).toBe("东湖镇2023年报.pdf");
  });
});
