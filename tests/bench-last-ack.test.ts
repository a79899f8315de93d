/** The autosave bench's end check (bench/support/last-ack.ts): a draft is the last acknowledged save, or says how not. */
import { describe, expect, it } from "vitest";
import { draftMismatch, firstDifference, type AckedSave } from "@/bench/support/last-ack";
import { emptyReport } from "@/lib/report/empty";

const report = emptyReport({ year: 2024, organName: "示例区东湖镇人民政府", organKind: "township" });
const acked = (over: Partial<AckedSave> = {}): AckedSave => ({ version: 7, data: structuredClone(report), acknowledgements: {}, ...over });
const stored = (data: unknown, version = 7, acknowledgements: Record<string, string> = {}) => ({ version, data: JSON.stringify(data), acknowledgements: JSON.stringify(acknowledgements) });

/** The same object with its keys in the reverse order, at every level. */
function reversedKeys(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(reversedKeys);
  if (v && typeof v === "object") return Object.fromEntries(Object.entries(v).reverse().map(([k, x]) => [k, reversedKeys(x)]));
  return v;
}

describe("the last acknowledged save", () => {
  it("matches the stored draft of that version and content, whatever the order of the keys", () => {
    expect(draftMismatch(stored(reversedKeys(report)), acked())).toBeNull();
  });

  it("is missed by an older or a newer version", () => {
    expect(draftMismatch(stored(report, 6), acked())).toBe("version 6 stored, 7 acknowledged");
    expect(draftMismatch(stored(report, 8), acked())).toBe("version 8 stored, 7 acknowledged");
  });

  it("is missed by other content of the same version, and says where", () => {
    const other = structuredClone(report);
    other.text.problems = "别的内容";
    expect(draftMismatch(stored(other), acked())).toMatch(/^data\.text\.problems: "别的内容" stored, "" acknowledged$/);
    const row = Object.keys(report.tables.requests)[0];
    const cells = structuredClone(report);
    cells.tables.requests[row] = [...cells.tables.requests[row], 1];
    expect(draftMismatch(stored(cells), acked())).toMatch(/items stored/);
  });

  it("compares the acknowledgements too", () => {
    expect(draftMismatch(stored(report, 7, { k: "理由" }), acked())).toBe('acknowledgements.k: "理由" stored, nothing acknowledged');
  });

  it("is missed when the draft is gone or unreadable", () => {
    expect(draftMismatch(undefined, acked())).toBe("the draft is gone");
    expect(draftMismatch({ version: 7, data: "{", acknowledgements: "{}" }, acked())).toMatch(/^data: unreadable JSON stored/);
  });

  it("tells null from a missing key and a number from its text", () => {
    expect(firstDifference({ a: null }, {})).toBe("a: null stored, nothing acknowledged");
    expect(firstDifference([1], ["1"])).toBe('[0]: 1 stored, "1" acknowledged');
    expect(firstDifference({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] })).toBeNull();
  });
});
