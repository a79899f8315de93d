/**
 * Where two versions of a paragraph differ, at the characters: Chinese text compared
 * character by character, runs of digits and Latin letters as whole words (so 12 → 15
 * reads as one number replaced). Myers' shortest edit script after the common start and
 * end are set aside; a rewrite too large to align is shown as the old and the new middle. Pure.
 */
export type DiffOp = "same" | "del" | "ins";
export interface DiffSegment {
  op: DiffOp;
  text: string;
}

/** Beyond this many edits the alignment is not worth its cost: old and new are shown whole. */
const MAX_EDITS = 1500;

function tokens(s: string): string[] {
  return s.match(/[A-Za-z0-9]+(?:\.[0-9]+)?|[\s\S]/gu) ?? [];
}

function push(out: DiffSegment[], op: DiffOp, text: string): void {
  if (!text) return;
  const last = out[out.length - 1];
  if (last && last.op === op) last.text += text;
  else out.push({ op, text });
}

/** The edit script between token lists, or null when it needs more than MAX_EDITS edits. */
function myers(a: string[], b: string[]): DiffSegment[] | null {
  const n = a.length;
  const m = b.length;
  const trace: Int32Array[] = [];
  let v = new Int32Array(3); // index k + d, for the current d
  let found = -1;
  for (let d = 0; d <= Math.min(n + m, MAX_EDITS); d++) {
    const next = new Int32Array(2 * d + 1);
    const prev = (k: number) => v[k + d - 1]; // v of step d - 1 is indexed k + (d - 1)
    for (let k = -d; k <= d; k += 2) {
      let x: number;
      if (d === 0) x = 0;
      else if (k === -d || (k !== d && prev(k - 1) < prev(k + 1))) x = prev(k + 1);
      else x = prev(k - 1) + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      next[k + d] = x;
      if (x >= n && y >= m) {
        found = d;
        break;
      }
    }
    trace.push(next);
    v = next;
    if (found >= 0) break;
  }
  if (found < 0) return null;

  // Walk back from (n, m), collecting the script in reverse.
  const rev: DiffSegment[] = [];
  let x = n;
  let y = m;
  for (let d = found; d > 0; d--) {
    const pv = trace[d - 1];
    const at = (k: number) => pv[k + d - 1];
    const k = x - y;
    const prevK = k === -d || (k !== d && at(k - 1) < at(k + 1)) ? k + 1 : k - 1;
    const prevX = at(prevK);
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      rev.push({ op: "same", text: a[x - 1] });
      x--;
      y--;
    }
    if (prevK === k + 1) rev.push({ op: "ins", text: b[prevY] });
    else rev.push({ op: "del", text: a[prevX] });
    x = prevX;
    y = prevY;
  }
  while (x > 0 && y > 0) {
    rev.push({ op: "same", text: a[x - 1] });
    x--;
    y--;
  }
  const out: DiffSegment[] = [];
  for (let i = rev.length - 1; i >= 0; i--) push(out, rev[i].op, rev[i].text);
  return out;
}

export function diffText(before: string, after: string): DiffSegment[] {
  const a = tokens(before);
  const b = tokens(after);
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let end = 0;
  while (end < a.length - start && end < b.length - start && a[a.length - 1 - end] === b[b.length - 1 - end]) end++;
  const out: DiffSegment[] = [];
  push(out, "same", a.slice(0, start).join(""));
  const midA = a.slice(start, a.length - end);
  const midB = b.slice(start, b.length - end);
  const mid = myers(midA, midB) ?? [
    { op: "del" as const, text: midA.join("") },
    { op: "ins" as const, text: midB.join("") },
  ];
  for (const s of mid) push(out, s.op, s.text);
  push(out, "same", a.slice(a.length - end).join(""));
  return out;
}
