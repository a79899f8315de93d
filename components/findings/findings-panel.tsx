"use client";
/**
 * All findings of check() in one list: errors first, each with 错误/提醒 in
 * words and an icon (not colour alone), its place in words and its message.
 * Picking one jumps to it; a warning can be confirmed with a reason (the
 * clerk says why the number is right), which the supervisor then sees.
 */
import { useMemo, useState } from "react";
import { findingCounts } from "@/lib/check/finding-counts";
import { findingKey } from "@/lib/check/finding-key";
import { SEVERITY_WORDS } from "@/lib/report/field-labels";
import { describeFinding, withoutPlace } from "@/lib/report/describe";
import type { Finding } from "@/lib/report/types";
import type { FindingsPanelProps } from "./types";

/** Errors, warnings, and warnings confirmed: from the one count the lists and 提交审核 use. */
function summarize(findings: Finding[], acknowledgements: Record<string, string>) {
  const { errorCount, warningCount } = findingCounts(findings, acknowledgements);
  const warnings = findings.length - errorCount;
  return { errors: errorCount, warnings, acknowledged: warnings - warningCount };
}


export function FindingsPanel({
  findings,
  acknowledgements,
  onAcknowledge,
  onJump,
  template,
  readOnly = false,
  title = "检查结果",
}: FindingsPanelProps) {
  const sorted = useMemo(
    () => [...findings].sort((a, b) => Number(a.severity !== "error") - Number(b.severity !== "error")),
    [findings],
  );
  const { errors, warnings, acknowledged } = summarize(findings, acknowledgements);
  const seen = new Map<string, number>();

  return (
    <section aria-label={title} className="rounded border border-slate-300 bg-white">
      <header className="border-b border-slate-200 px-3 py-2">
        <h2 className="text-base font-bold">{title}</h2>
        <p className="text-sm" data-testid="findings-counts">
          {findings.length === 0 ? (
            <span className="text-emerald-700">✓ 未发现问题</span>
          ) : (
            <>
              <span className={errors ? "font-semibold text-red-700" : "text-slate-700"}>{errors} 处{SEVERITY_WORDS.error}</span>，
              <span className={warnings ? "font-semibold text-amber-800" : "text-slate-700"}>{warnings} 处{SEVERITY_WORDS.warning}</span>
              {acknowledged > 0 && <span className="text-slate-600">（{acknowledged} 处已确认）</span>}
            </>
          )}
        </p>
      </header>
      {sorted.length > 0 && (
        <ul className="max-h-[70vh] divide-y divide-slate-200 overflow-y-auto">
          {sorted.map((f) => {
            const key = findingKey(f);
            const n = seen.get(key) ?? 0;
            seen.set(key, n + 1);
            return (
              <FindingItem
                key={n ? `${key}#${n}` : key}
                finding={f}
                findingKey={key}
                where={describeFinding(template, f)}
                reason={acknowledgements[key]}
                readOnly={readOnly}
                onJump={onJump}
                onAcknowledge={onAcknowledge}
              />
            );
          })}
        </ul>
      )}
    </section>
  );
}

function FindingItem({
  finding,
  findingKey: key,
  where,
  reason,
  readOnly,
  onJump,
  onAcknowledge,
}: {
  finding: Finding;
  findingKey: string;
  where: string;
  reason: string | undefined;
  readOnly: boolean;
  onJump: (f: Finding) => void;
  onAcknowledge: (key: string, reason: string | null) => void;
}) {
  const error = finding.severity === "error";
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState("");
  const [problem, setProblem] = useState<string | null>(null);
  const confirmed = !error && Boolean(reason);

  const save = () => {
    const r = text.trim();
    if (!r) {
      setProblem("请写明确认无误的理由，如“本年确有规章废止”");
      return;
    }
    onAcknowledge(key, r);
    setEditing(false);
    setProblem(null);
  };

  return (
    <li
      className={`border-l-4 px-3 py-2 ${error ? "border-l-red-600" : confirmed ? "border-l-slate-300" : "border-l-amber-400"}`}
      data-severity={finding.severity}
      data-rule={finding.rule}
    >
      <button
        type="button"
        onClick={() => onJump(finding)}
        className="block w-full rounded text-left hover:bg-slate-50 focus:outline-none focus-visible:ring-2 focus-visible:ring-sky-600"
      >
        <span className="flex items-baseline gap-1.5">
          <span
            aria-hidden="true"
            className={`inline-flex h-4 w-4 shrink-0 items-center justify-center rounded-full text-[10px] font-bold ${
              error ? "bg-red-600 text-white" : "bg-amber-400 text-amber-950"
            }`}
          >
            {error ? "✕" : "!"}
          </span>
          <span className={`shrink-0 text-sm font-bold ${error ? "text-red-700" : "text-amber-800"}`}>{SEVERITY_WORDS[finding.severity]}</span>
          {where && <span className="text-sm text-slate-700">{where}</span>}
          {confirmed && <span className="ml-auto shrink-0 rounded bg-slate-100 px-1 text-xs text-slate-700">已确认</span>}
        </span>
        <span className="mt-0.5 block text-sm text-slate-900">{withoutPlace(finding.message, where)}</span>
      </button>
      {confirmed && (
        <p className="mt-1 text-xs text-slate-700">
          已确认：{reason}
          {!readOnly && (
            <button type="button" className="ml-2 text-sky-800 underline" onClick={() => onAcknowledge(key, null)}>
              撤销确认
            </button>
          )}
        </p>
      )}
      {!error && !confirmed && !readOnly && !editing && (
        <button
          type="button"
          className="mt-1 rounded border border-amber-500 px-2 text-xs text-amber-900 hover:bg-amber-50"
          onClick={() => setEditing(true)}
        >
          确认无误…
        </button>
      )}
      {editing && (
        <div className="mt-1">
          <label className="block text-xs text-slate-700">
            确认理由（审核人会看到）
            <textarea
              value={text}
              onChange={(e) => setText(e.target.value)}
              rows={2}
              aria-invalid={problem ? true : undefined}
              className="mt-0.5 block w-full rounded border border-slate-400 p-1 text-sm"
            />
          </label>
          {problem && (
            <p role="alert" className="text-xs text-red-700">
              {problem}
            </p>
          )}
          <div className="mt-1 flex gap-2">
            <button type="button" onClick={save} className="rounded bg-amber-600 px-2 py-0.5 text-xs text-white hover:bg-amber-700">
              确认
            </button>
            <button
              type="button"
              onClick={() => {
                setEditing(false);
                setProblem(null);
              }}
              className="rounded border border-slate-400 px-2 py-0.5 text-xs"
            >
              取消
            </button>
          </div>
        </div>
      )}
    </li>
  );
}
