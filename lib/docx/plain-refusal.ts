/**
 * A download route's refusal (no session, not visible, not readable): the reason as plain Chinese text with its
 * status, never cached — the browser shows it in place of the file. The one builder of that answer.
 */
export function plainRefusal(status: number, message: string): Response {
  return new Response(message, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
}
