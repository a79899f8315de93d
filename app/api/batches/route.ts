import { NextResponse } from "next/server";
import { getSessionUser } from "@/lib/server/acting-user";
import { MAX_BATCH_BYTES, MAX_BATCH_FILES, startBatch } from "@/lib/server/batch-service";

/**
 * 批量体检: the files (and .zip files of them) are stored and queued; the answer
 * comes at once and the page polls /api/batches/current while the worker reads.
 */
export async function POST(request: Request) {
  const user = await getSessionUser();
  if (!user) return NextResponse.json({ ok: false, message: "登录已失效，请重新登录" }, { status: 401 });
  if (Number(request.headers.get("content-length") ?? "0") > MAX_BATCH_BYTES + 1024 * 1024) {
    return NextResponse.json({ ok: false, message: `文件合计超过 ${MAX_BATCH_BYTES / 1024 / 1024} MB，请分批上传。` }, { status: 413 });
  }
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return NextResponse.json({ ok: false, message: "上传的内容无法读取，请重新选择文件。" }, { status: 400 });
  }
  const files = form.getAll("files").filter((f): f is File => f instanceof File && f.size > 0);
  if (files.length > MAX_BATCH_FILES) {
    return NextResponse.json({ ok: false, message: `一次最多体检 ${MAX_BATCH_FILES} 份文件，这次选了 ${files.length} 份；请分批上传。` }, { status: 413 });
  }
  const read = await Promise.all(files.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })));
  const result = await startBatch(user, read);
  return NextResponse.json(result, { status: result.ok ? 200 : 422 });
}
