import Link from "next/link";

/** 上一页 / 下一页 and the pages around the current one; `href(p)` is page p's address. */
export function Pager({ page, pageCount, href }: { page: number; pageCount: number; href: (page: number) => string }) {
  if (pageCount <= 1) return null;
  const shown = [...new Set([1, page - 2, page - 1, page, page + 1, page + 2, pageCount])].filter((p) => p >= 1 && p <= pageCount).sort((a, b) => a - b);
  const cls = "rounded border border-slate-300 bg-white px-2 py-0.5 hover:bg-slate-100";
  return (
    <nav aria-label="分页" className="mt-3 flex flex-wrap items-center gap-2 text-sm">
      {page > 1 ? (
        <Link href={href(page - 1)} className={cls}>
          上一页
        </Link>
      ) : null}
      {shown.map((p, i) => (
        <span key={p} className="flex items-center gap-2">
          {i > 0 && p - shown[i - 1] > 1 ? <span className="text-slate-500">…</span> : null}
          {p === page ? (
            <span aria-current="page" className="rounded border border-red-700 bg-red-700 px-2 py-0.5 text-white">
              {p}
            </span>
          ) : (
            <Link href={href(p)} className={cls} aria-label={`第 ${p} 页`}>
              {p}
            </Link>
          )}
        </span>
      ))}
      {page < pageCount ? (
        <Link href={href(page + 1)} className={cls}>
          下一页
        </Link>
      ) : null}
    </nav>
  );
}
