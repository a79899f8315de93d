import type { Finding } from "../report/types";

/** A stable identity for a finding, so a clerk's acknowledgement of a warning survives re-checks. */
export function findingKey(f: Finding): string {
  const at = f.table ? `${f.table}/${f.row ?? ""}/${f.column ?? ""}` : (f.field ?? "");
  return `${f.rule}@${at}`;
}
