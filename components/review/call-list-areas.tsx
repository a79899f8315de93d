import Link from "next/link";

/**
 * 按辖区: the call list of one sub-area (a unit directly under the supervisor's, with everything
 * below it) and how many there have not handed in; 全部 for the whole subtree. Hidden when the
 * supervisor has no sub-areas (a county whose units are all directly under it).
 */
export function CallListAreas({
  areas,
  wholeNotIn,
  current,
  href,
}: {
  areas: { id: string; name: string; notIn: number }[];
  wholeNotIn: number;
  current: string;
  href: (areaId: string) => string;
}) {
  if (areas.length === 0) return null;
  const chip = (id: string, label: string, n: number) => {
    const active = id === current;
    return (
      <Link
        key={id || "all"}
        href={href(id)}
        aria-current={active ? "page" : undefined}
        className={`rounded-full border px-3 py-1 ${active ? "border-red-700 bg-red-700 text-white" : "border-slate-300 bg-white hover:bg-slate-100"}`}
      >
        {label}（{n}）
      </Link>
    );
  };
  return (
    <nav aria-label="按辖区筛选" className="mt-3 flex flex-wrap gap-2 text-sm print:hidden">
      {chip("", "全部", wholeNotIn)}
      {areas.map((a) => chip(a.id, a.name, a.notIn))}
    </nav>
  );
}
