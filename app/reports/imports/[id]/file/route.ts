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
  if (!file) return new Response("找不到这个文件，或您无权查看。", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
  const download = new URL(request.url).searchParams.has("download");
  const inline = !download && (file.sourceKind === "pdf" || file.sourceKind === "html");
  const html = file.sourceKind === "html";
  return new Response(Buffer.from(file.bytes), {
    headers: {
      "content-type": TYPES[file.sourceKind] ?? "application/octet-stream",
      "content-disposition": `${inline ? "inline" : "attachment"}; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
      "x-content-type-options": "nosniff",
      "cache-control": "private, no-store",
      ...(html ? { "content-security-policy": "sandbox; default-src 'none'; img-src data:; style-src 'unsafe-inline'" } : {}),
    },
  });
}
