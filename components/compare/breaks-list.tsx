import type { YearBreak } from "@/lib/report/compare";
import { cellAnchorId } from "./compare-table";

/** The cross-year breaks with the checker's messages, each a link to its cell. */
export function BreaksList({ breaks }: { breaks: YearBreak[] }) {
  if (breaks.length === 0) return null;
  return (
    <ul className="space-y-1 text-sm" aria-label="跨年衔接问题">
      {breaks.map((b) => (
        <li key={`${b.finding.rule}:${b.at}`} data-testid="break" data-rule={b.finding.rule} className="rounded border-l-4 border-amber-600 bg-amber-50 px-2 py-1 text-amber-950">
          <a href={`#${cellAnchorId(b.at)}`} className="mr-1 font-bold underline">
            {b.finding.rule}
          </a>
          {b.finding.message}
        </li>
      ))}
    </ul>
  );
}
