"use client";
/**
 * Units found by name as the user types, from a search route answering `{ ok, units, more }` for
 * `?q=` (/api/batches/units, /api/admin/units): asked once the typing pauses, an answer to an older
 * query dropped. `found` is null until the first answer; `failed` when the last one did not come.
 */
import { useEffect, useState } from "react";

export function useUnitSearch<U>(route: string): {
  q: string;
  setQ: (q: string) => void;
  found: { units: U[]; more: boolean } | null;
  failed: boolean;
} {
  const [q, setQ] = useState("");
  const [found, setFound] = useState<{ units: U[]; more: boolean } | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let live = true;
    const t = setTimeout(async () => {
      try {
        const res = await fetch(`${route}?q=${encodeURIComponent(q)}`, { cache: "no-store" });
        const body = (await res.json()) as { ok: boolean; units: U[]; more: boolean };
        if (!live) return;
        setFailed(!body.ok);
        if (body.ok) setFound({ units: body.units, more: body.more });
      } catch {
        if (live) setFailed(true);
      }
    }, 250);
    return () => {
      live = false;
      clearTimeout(t);
    };
  }, [route, q]);
  return { q, setQ, found, failed };
}
