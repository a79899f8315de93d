/**
 * The autosave bench's end check: after the run, every draft in the database must be exactly the
 * last save its clerk got a 200 for — that version, that content — neither an older save (a lost
 * write) nor a newer one nobody acknowledged. Content is compared as parsed JSON, so the order in
 * which the server wrote an object's keys does not matter; anything else does.
 */
export interface AckedSave {
  /** The version the server answered. */
  version: number;
  /** The report and acknowledgements as sent in that save. */
  data: unknown;
  acknowledgements: Record<string, string>;
}

export interface StoredDraft {
  version: number;
  /** The columns as stored (JSON text). */
  data: string;
  acknowledgements: string;
}

/** Null when the stored draft is the acknowledged save, else what differs (first difference only). */
export function draftMismatch(stored: StoredDraft | undefined, acked: AckedSave): string | null {
  if (!stored) return "the draft is gone";
  if (stored.version !== acked.version) return `version ${stored.version} stored, ${acked.version} acknowledged`;
  const data = firstDifference(parse(stored.data), acked.data, "data");
  if (data) return data;
  return firstDifference(parse(stored.acknowledgements), acked.acknowledgements, "acknowledgements");
}

function parse(json: string): unknown {
  try {
    return JSON.parse(json);
  } catch {
    return Symbol("unreadable JSON");
  }
}

/** The path of the first place where `a` and `b` differ, with both values, or null when they are equal. */
export function firstDifference(a: unknown, b: unknown, at = ""): string | null {
  if (Object.is(a, b)) return null;
  const bothArrays = Array.isArray(a) && Array.isArray(b);
  const bothObjects = isPlainObject(a) && isPlainObject(b);
  if (bothArrays) {
    if (a.length !== b.length) return `${at}: ${a.length} items stored, ${b.length} acknowledged`;
    for (let i = 0; i < a.length; i++) {
      const d = firstDifference(a[i], b[i], `${at}[${i}]`);
      if (d) return d;
    }
    return null;
  }
  if (bothObjects) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const k of [...keys].sort()) {
      const d = firstDifference(a[k], b[k], at ? `${at}.${k}` : k);
      if (d) return d;
    }
    return null;
  }
  return `${at}: ${show(a)} stored, ${show(b)} acknowledged`;
}

const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

const show = (v: unknown) => (typeof v === "symbol" ? String(v.description) : v === undefined ? "nothing" : JSON.stringify(v).slice(0, 80));
