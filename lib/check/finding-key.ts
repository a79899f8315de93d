import type { Finding } from "../report/types";

/** The numbers a finding's message states ("复议 2 件 … 表四 15"), in order. */
function numbersOf(message: string): string {
  return (message.match(/\d+(?:\.\d+)?/g) ?? []).slice(0, 24).join(",");
}

/**
 * A stable identity for a finding, so a clerk's acknowledgement of a warning survives re-checks —
 * but only of the warning as it was confirmed: the key includes the numbers the message states, so
 * when they change (表四 15 → 40) the old confirmation no longer matches and the warning asks again.
 */
export function findingKey(f: Finding): string {
  const at = f.table ? `${f.table}/${f.row ?? ""}/${f.column ?? ""}` : (f.field ?? "");
  const numbers = numbersOf(f.message);
  return numbers ? `${f.rule}@${at}#${numbers}` : `${f.rule}@${at}`;
}
