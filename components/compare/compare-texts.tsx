/**
 * The texts of two years side by side, field by field: sentences copied from the earlier
 * year highlighted yellow on both sides (a paragraph copied whole gets a bar as well), the
 * later year's edits inside a sentence struck red and marked green where they are, new
 * sentences green, dropped ones struck grey on the earlier side. W6's message sits on 五.
 */
import type { DiffSegment } from "@/lib/report/text-diff";
import type { Sentence, TextComparison, TextSide } from "@/lib/report/compare-texts";

function Segments({ segments }: { segments: DiffSegment[] }) {
  return (
    <>
      {segments.map((s, i) =>
        s.op === "same" ? (
          <span key={i}>{s.text}</span>
        ) : s.op === "del" ? (
          <del key={i} className="bg-red-100 text-red-800" title="删除">
            {s.text}
          </del>
        ) : (
          <ins key={i} className="bg-emerald-100 font-semibold text-emerald-900 no-underline" title="新增">
            {s.text}
          </ins>
        ),
      )}
    </>
  );
}

function SentenceView({ s, side, earlierWord }: { s: Sentence; side: "earlier" | "later"; earlierWord: string }) {
  const body = side === "later" && s.segments ? <Segments segments={s.segments} /> : s.text;
  switch (s.mark) {
    case "copied":
      return (
        <mark data-copied className="bg-yellow-200 text-inherit" title={`与${earlierWord}相同（照抄）`}>
          {body}
        </mark>
      );
    case "new":
      return (
        <ins data-new className="bg-emerald-50 text-emerald-950 underline decoration-emerald-600 underline-offset-4" title="新写的句子">
          {s.text}
        </ins>
      );
    case "dropped":
      return (
        <del data-dropped className="text-slate-600" title="本年已删去">
          {s.text}
        </del>
      );
    case "edited":
      return <span data-edited>{body}</span>;
    default:
      return <span>{s.text}</span>;
  }
}

function Side({ side, which, year, earlierWord }: { side: TextSide; which: "earlier" | "later"; year: number; earlierWord: string }) {
  return (
    <div className="min-w-0 rounded border border-slate-300 bg-white p-3" data-side={which}>
      <p className="mb-1 text-xs font-semibold text-slate-600">{year}年</p>
      {side.length === 0 ? (
        <p className="text-slate-600">（未填写）</p>
      ) : (
        side.map((p, i) => {
          // Copied whole: every sentence copied, short formulas (“特此报告。”) left unchanged.
          const whole = p.some((s) => s.mark === "copied") && p.every((s) => s.mark === "copied" || s.mark === "same");
          return (
            <p key={i} data-copied-paragraph={whole ? "" : undefined} className={`mb-2 leading-relaxed last:mb-0 ${whole ? "border-l-4 border-yellow-500 pl-2" : ""}`}>
              {p.map((s, j) => (
                <SentenceView key={j} s={s} side={which} earlierWord={earlierWord} />
              ))}
            </p>
          );
        })
      )}
    </div>
  );
}

const percent = (x: number) => `${Math.round(x * 100)}%`;

export function CompareTexts({ texts, earlierYear, laterYear }: { texts: TextComparison[]; earlierYear: number; laterYear: number }) {
  const earlierWord = laterYear === earlierYear + 1 ? "上年" : `${earlierYear}年`;
  return (
    <div className="space-y-6">
      {texts.map((t) => (
        <section key={t.field} aria-label={t.label} data-text-field={t.field} className="space-y-2">
          <h3 className="font-bold">{t.label}</h3>
          <p className="text-sm text-slate-700" data-testid="text-summary">
            {t.copiedSentences > 0 ? `与${earlierWord}相同的句子 ${t.copiedSentences} 句，占本年文字的 ${percent(t.copiedShare)}；` : `没有照抄${earlierWord}的句子；`}
            全文相似度 {percent(t.similarity)}。
          </p>
          {t.warning && (
            <p className="rounded border-l-4 border-amber-500 bg-amber-50 px-2 py-1 text-sm text-amber-950" data-rule="W6">
              <span className="font-bold">W6</span> {t.warning}
            </p>
          )}
          <div className="grid grid-cols-2 gap-3 text-[15px]">
            <Side side={t.earlier} which="earlier" year={earlierYear} earlierWord={earlierWord} />
            <Side side={t.later} which="later" year={laterYear} earlierWord={earlierWord} />
          </div>
        </section>
      ))}
    </div>
  );
}
