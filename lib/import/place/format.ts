/**
 * Which national format a published report's tables follow, by their labels:
 * each template's labels that the other formats lack (表二's headers and rows,
 * 表三's （六）) vote for it. The year does not decide: a 2021 report printed
 * on the 2019 table is read as printed, and R6 reports the mismatch.
 */
import { leafRows, TEMPLATES, type FormatId, type Template } from "../../template";
import { looksLikeValue } from "./cell-value";
import { labelScore, norm } from "./normalize";
import type { Token } from "./tokens";

function labelsOf(t: Template): string[] {
  const p = t.tables.proactive;
  return [
    ...p.blocks.flatMap((b) => [...b.fields.map((f) => f.label), ...b.rows.map((r) => r.label)]),
    ...leafRows(t.tables.requests.rows).map((r) => r.text),
  ];
}

const POOL = TEMPLATES.map((t) => ({ format: t.format, labels: new Set(labelsOf(t).map(norm)) }));

const EXACT = new Set(POOL.flatMap((p) => [...p.labels]));

/** The format whose own labels the tokens use most, or undefined when no table label is there. */
export function formatByLayout(tokens: Token[]): FormatId | undefined {
  const votes = new Map<FormatId, number>();
  const all = [...new Set(POOL.flatMap((p) => [...p.labels]))];
  for (const tok of tokens) {
    if (looksLikeValue(tok.text) || tok.text.length > 80) continue;
    let label = norm(tok.text);
    if (!EXACT.has(label)) {
      // Only a label-sized token can be a misprinted label; a sentence is not.
      if (!tok.inTable && tok.text.length > 30) continue;
      let top = 0;
      for (const l of all) {
        const s = labelScore(tok.text, l);
        if (s > top) [top, label] = [s, l];
      }
      if (top < 0.85) continue;
    }
    const owners = POOL.filter((p) => p.labels.has(label));
    if (owners.length !== 1) continue;
    votes.set(owners[0].format, (votes.get(owners[0].format) ?? 0) + 1);
  }
  let out: FormatId | undefined;
  let most = 0;
  for (const [f, n] of votes) if (n > most) [out, most] = [f, n];
  return out;
}
