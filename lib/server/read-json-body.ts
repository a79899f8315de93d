import { MAX_JSON_DEPTH, nestsDeeperThan, TOO_DEEP_MESSAGE, TOO_LARGE_MESSAGE } from "../request-limits";

export type BodyRead = { ok: true; value: unknown } | { ok: false; status: 413 | 422; message: string };

/**
 * A JSON request body of at most `maxBytes`, read as it arrives so an oversized
 * one is refused (413) without being buffered or parsed; not JSON, or nested
 * deeper than a report can be, is 422. Each refusal carries its Chinese message.
 */
export async function readJsonBody(req: Request, maxBytes: number): Promise<BodyRead> {
  const tooLarge = { ok: false, status: 413, message: TOO_LARGE_MESSAGE } as const;
  const declared = Number(req.headers.get("content-length") ?? "0");
  if (declared > maxBytes) return tooLarge;
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (req.body) {
    const reader = req.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > maxBytes) {
        await reader.cancel().catch(() => undefined);
        return tooLarge;
      }
      chunks.push(value);
    }
  }
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(Buffer.concat(chunks)));
  } catch {
    return { ok: false, status: 422, message: "保存内容不是有效的 JSON。" };
  }
  if (nestsDeeperThan(value, MAX_JSON_DEPTH)) return { ok: false, status: 422, message: TOO_DEEP_MESSAGE };
  return { ok: true, value };
}
