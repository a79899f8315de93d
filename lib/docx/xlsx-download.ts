/**
 * The answers of an .xlsx download route: the workbook as an attachment with a Chinese name (and an
 * ASCII fallback), never cached (a refusal: ./plain-refusal.ts).
 */
import { attachmentDisposition } from "./content-disposition";

const XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export function xlsxDownload(body: Buffer | Uint8Array, fileName: string, asciiFallback: string): Response {
  return new Response(new Uint8Array(body), {
    headers: {
      "Content-Type": XLSX_MIME,
      "Content-Disposition": attachmentDisposition(fileName, asciiFallback),
      "Content-Length": String(body.length),
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
