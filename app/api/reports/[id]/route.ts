/**
 * Autosave of a draft: GET the stored version (to load a newer one after a
 * conflict), PUT a save. The status codes are what the wizard's save client acts
 * on: 401 keeps the change in the page until the clerk has logged in again, 409
 * offers "load the newer version" or "keep mine", 422 shows the Chinese reasons;
 * 413 (over MAX_SAVE_BYTES) and 429 (over SAVES_PER_MINUTE) carry a Chinese message too.
 */
import { getSessionUser, type ActingUser } from "@/lib/server/acting-user";
import { loadReportForEditing, saveDraft } from "@/lib/server/report-service";
import { hit } from "@/lib/server/rate-counter";
import { readJsonBody } from "@/lib/server/read-json-body";
import { MAX_SAVE_BYTES, SAVES_PER_MINUTE, TOO_FREQUENT_MESSAGE } from "@/lib/request-limits";

export const dynamic = "force-dynamic";

type Ctx = { params: Promise<{ id: string }> };

async function actingUser(): Promise<ActingUser | null> {
  try {
    return await getSessionUser();
  } catch {
    return null;
  }
}

const expired = () => Response.json({ ok: false, kind: "unauthorized", message: "登录已过期，请重新登录后继续" }, { status: 401 });

export async function GET(_req: Request, { params }: Ctx) {
  const user = await actingUser();
  if (!user) return expired();
  const { id } = await params;
  const loaded = await loadReportForEditing(user, id);
  if (!loaded) return Response.json({ ok: false, kind: "notFound", message: "找不到这份报告，或您无权查看。" }, { status: 404 });
  return Response.json({ ok: true, ...loaded });
}

const STATUS = { invalid: 422, notFound: 404, locked: 423, conflict: 409 } as const;

export async function PUT(req: Request, { params }: Ctx) {
  const authStarted = performance.now();
  const user = await actingUser();
  const authTime = performance.now() - authStarted;
  if (!user) return expired();
  const { id } = await params;
  // Per user, in the database, so every server process counts the same saves.
  if ((await hit(`save:${user.id}`, 60_000)).count > SAVES_PER_MINUTE) {
    return Response.json({ ok: false, kind: "tooFrequent", message: TOO_FREQUENT_MESSAGE }, { status: 429, headers: { "retry-after": "60" } });
  }
  const body = await readJsonBody(req, MAX_SAVE_BYTES);
  if (!body.ok) return Response.json({ ok: false, kind: "invalid", message: body.message, errors: [body.message] }, { status: body.status });
  const started = performance.now();
  const result = await saveDraft(user, id, body.value);
  // Server-Timing: the share of the autosave round trip spent in saveDraft (read by bench/wizard.bench.ts).
  const timing = `auth;dur=${authTime.toFixed(1)}, save;dur=${(performance.now() - started).toFixed(1)}`;
  return Response.json(result, { status: result.ok ? 200 : STATUS[result.kind], headers: { "server-timing": timing } });
}
