import type { YearComparison } from "@/lib/report/compare";

/** The three answers first: how many numbers changed, how many cross-year breaks, how much text was copied. */
export function CompareSummary({ comparison: c }: { comparison: YearComparison }) {
  const copied = c.texts.reduce((n, t) => n + t.copiedSentences, 0);
  const earlier = c.adjacent ? "上年" : `${c.earlierYear}年`;
  const box = "rounded border bg-white px-3 py-2";
  return (
    <ul className="grid gap-3 sm:grid-cols-3" aria-label="对比结果">
      <li className={`${box} border-sky-700`} data-testid="summary-changes">
        <p className="text-sm text-slate-700">表格</p>
        <p className="font-semibold">
          {c.changes.length ? `${c.changes.length} 处数字与${earlier}不同` : `数字与${earlier}全部相同`}
          <span className="font-normal text-slate-700">（不含合计）</span>
        </p>
      </li>
      <li className={`${box} ${c.breaks.length ? "border-amber-600" : "border-slate-300"}`} data-testid="summary-breaks">
        <p className="text-sm text-slate-700">跨年衔接（W1、W2）</p>
        <p className="font-semibold">{!c.adjacent ? "不是相邻年度，不检查" : c.breaks.length ? `${c.breaks.length} 处与上年衔接不上` : "未发现问题"}</p>
      </li>
      <li className={`${box} ${copied ? "border-yellow-500" : "border-slate-300"}`} data-testid="summary-copied">
        <p className="text-sm text-slate-700">文字</p>
        <p className="font-semibold">{copied ? `${copied} 句与${earlier}相同` : `没有照抄${earlier}的句子`}</p>
      </li>
    </ul>
  );
}
