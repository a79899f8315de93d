/**
 * Files the PDF reader cannot read are refused with their reason in Chinese,
 * never with pdfjs's own error or a stack trace.
 */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ImportRefusal } from "@/lib/import/document";
import { readPdf } from "@/lib/import/pdf";

const dir = path.resolve(__dirname, "fixtures/import/pdf");
const pdf = (name: string) => new Uint8Array(fs.readFileSync(path.join(dir, name)));

async function refusal(bytes: Uint8Array): Promise<ImportRefusal> {
  try {
    await readPdf(bytes);
  } catch (e) {
    if (e instanceof ImportRefusal) return e;
    throw e;
  }
  throw new Error("read a file that should have been refused");
}

/** A PDF whose pages say nothing: an empty content stream. */
function blankPdf(): Uint8Array {
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
    "<< /Length 0 >>\nstream\n\nendstream",
  ];
  let body = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`).join("")}`;
  return new TextEncoder().encode(`${body}${xref}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${body.length}\n%%EOF\n`);
}

describe("PDF refusals", () => {
  it("a scan (an image, no text layer) is refused as a scan", async () => {
    const r = await refusal(pdf("scan.pdf"));
    expect(r.code).toBe("scan");
    expect(r.message).toBe("这是扫描件，没有文字层，无法读取（不支持文字识别）");
  }, 60_000);

  it("a PDF with an opening password is refused as encrypted", async () => {
    const r = await refusal(pdf("encrypted.pdf"));
    expect(r.code).toBe("encrypted");
    expect(r.message).toMatch(/密码/);
  });

  it("bytes that are not a PDF, a PDF header over garbage and a truncated PDF are refused as broken", async () => {
    const random = new Uint8Array(4096).map((_, i) => (i * 7919 + 13) % 251);
    const garbage = new Uint8Array([...new TextEncoder().encode("%PDF-1.7\n"), ...random]);
    const truncated = pdf("guanting-town-2021.pdf").slice(0, 3000);
    for (const bytes of [random, garbage, truncated, new Uint8Array(0)]) {
      const r = await refusal(bytes);
      expect(r.code).toBe("corrupt");
      expect(r.message).toMatch(/^文件已损坏/);
    }
  });

  it("a PDF with pages but no text and no image is refused as empty", async () => {
    const r = await refusal(blankPdf());
    expect(r.code).toBe("empty");
    expect(r.message).toMatch(/没有任何文字/);
  });

  it("leaves the caller's bytes intact (pdfjs would detach the buffer it is given)", async () => {
    const bytes = pdf("guanting-town-2021.pdf");
    await readPdf(bytes);
    expect(bytes.byteLength).toBeGreaterThan(100_000);
    expect(new TextDecoder().decode(bytes.subarray(0, 5))).toBe("%PDF-");
  });
});
