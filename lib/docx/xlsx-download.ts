/**
 * The answers of an .xlsx download route: the workbook as an attachment with a Chinese name (and an
 * ASCII fallback), never cached, and a refusal as plain Chinese text with its status.
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

export function plainRefusal(status: number, message: string): Response {
  return new Response(message, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
}
