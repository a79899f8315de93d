import { NextResponse } from "next/server";
import { getSessionUser } from "@/lib/server/acting-user";
import { MAX_FILE_BYTES, readPublishedFile } from "@/lib/server/published-import";

/** The form's own fields around the file: a little over the file limit. */
const MAX_BODY_BYTES = MAX_FILE_BYTES + 64 * 1024;

/**
 * 导入已发布的报告: a file (or pasted text) is read and kept; the answer is the
 * id of the side-by-side page. A route handler rather than a server action,
 * because a published PDF is larger than a server action's body limit.
 */
export async function POST(request: Request) {
  const user = await getSessionUser();
  if (!user) return NextResponse.json({ ok: false, message: "登录已失效，请重新登录" }, { status: 401 });
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > MAX_BODY_BYTES) return tooLarge();
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return NextResponse.json({ ok: false, message: "上传的内容无法读取，请重新选择文件。" }, { status: 400 });
  }
  const file = form.get("file");
  const pasted = form.get("text");
  let bytes: Uint8Array;
  let name: string;
  if (file instanceof File && file.size > 0) {
    if (file.size > MAX_FILE_BYTES) return tooLarge();
    bytes = new Uint8Array(await file.arrayBuffer());
    name = file.name;
  } else if (typeof pasted === "string" && pasted.trim()) {
    bytes = new TextEncoder().encode(pasted);
    name = "粘贴的文本.txt";
  } else {
    return NextResponse.json({ ok: false, message: "请先选择文件，或粘贴报告的文字。" }, { status: 400 });
  }
  const result = await readPublishedFile(user, { bytes, fileName: name });
  return NextResponse.json(result, { status: result.ok ? 200 : 422 });
}

function tooLarge() {
  return NextResponse.json(
    { ok: false, message: `文件过大，年报文件一般不超过 ${MAX_FILE_BYTES / 1024 / 1024} MB。` },
    { status: 413 },
  );
}
