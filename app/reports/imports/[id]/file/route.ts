import { attachmentDisposition } from "@/lib/docx/content-disposition";
import { plainRefusal } from "@/lib/docx/plain-refusal";
import { getActingUser } from "@/lib/server/acting-user";
import { publishedImportFile } from "@/lib/server/published-import";

const TYPES: Record<string, string> = {
  pdf: "application/pdf",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  html: "text/html; charset=utf-8",
  text: "text/plain; charset=utf-8",
};

/**
 * The original published file. Shown inline (the PDF in the browser's viewer, a saved web page in a
 * sandboxed frame: CSP sandbox, so its scripts and forms never run with this site's rights), or
 * downloaded with ?download=1.
 */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const user = await getActingUser();
  const file = await publishedImportFile(user, (await params).id);
  if (!file) return plainRefusal(404, "找不到这个文件，或您无权查看。");
  const download = new URL(request.url).searchParams.has("download");
  const inline = !download && (file.sourceKind === "pdf" || file.sourceKind === "html");
  const html = file.sourceKind === "html";
  return new Response(Buffer.from(file.bytes), {
    headers: {
      "content-type": TYPES[file.sourceKind] ?? "application/octet-stream",
      "content-disposition": attachmentDisposition(file.fileName, `published-report.${file.sourceKind === "text" ? "txt" : file.sourceKind}`, inline ? "inline" : "attachment"),
      "x-content-type-options": "nosniff",
      "cache-control": "private, no-store",
      ...(html ? { "content-security-policy": "sandbox; default-src 'none'; img-src data:; style-src 'unsafe-inline'" } : {}),
    },
  });
}
