"use client";
import type { StepId, StepState, WizardStep } from "@/lib/report/step-status";
import { STEP_STATE_LABELS } from "@/lib/report/step-status";

const BADGE: Record<StepState, string> = {
  empty: "bg-slate-100 text-slate-700",
  filled: "bg-emerald-100 text-emerald-900",
  error: "bg-red-100 text-red-900",
};

/** The wizard's steps with their state (未填/已填/有错误); the current one is aria-current. */
export function StepList(props: {
  steps: WizardStep[];
  states: Record<StepId, StepState>;
  /** What each step not yet 已填 still lacks (shown under its label, so "未填" or "有错误" says what is missing). */
  missing?: Partial<Record<StepId, string[]>>;
  current: StepId;
  onSelect: (id: StepId) => void;
}) {
  return (
    <nav aria-label="填报步骤">
      <ol className="space-y-1">
        {props.steps.map((s, i) => {
          const active = s.id === props.current;
          const state = props.states[s.id];
          const missing = state === "filled" ? [] : (props.missing?.[s.id] ?? []);
          return (
            <li key={s.id}>
              <button
                type="button"
                onClick={() => props.onSelect(s.id)}
                aria-current={active ? "step" : undefined}
                data-step={s.id}
                className={`flex w-full items-start gap-2 rounded px-3 py-2 text-left text-sm ${
                  active ? "bg-red-800 text-white" : "text-slate-900 hover:bg-slate-200"
                }`}
              >
                <span className="mt-0.5 w-4 shrink-0 text-right tabular-nums">{i + 1}</span>
                <span className="flex-1">
                  {s.label}
                  {missing.length > 0 && (
                    <span className={`mt-0.5 line-clamp-2 block text-xs ${active ? "text-red-50" : "text-slate-600"}`} data-missing>
                      缺：{missing.join("、")}
                    </span>
                  )}
                </span>
                <span className={`shrink-0 rounded px-1.5 py-0.5 text-xs ${BADGE[state]}`} data-state={state}>
                  {STEP_STATE_LABELS[state]}
                </span>
              </button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
