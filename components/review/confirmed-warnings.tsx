/**
 * The warnings the clerk confirmed as correct, each with the clerk's reason: the supervisor
 * decides whether the reason holds (a W1 difference explained by a transfer, a W2 one by a
 * document that lapsed without repeal …).
 */
import { SEVERITY_WORDS } from "@/lib/report/field-labels";
import { describeFinding, withoutPlace } from "@/lib/report/describe";
import type { ConfirmedWarning } from "@/lib/server/review-service";
import type { Template } from "@/lib/template";

export function ConfirmedWarnings({ items, template }: { items: ConfirmedWarning[]; template: Template }) {
  if (items.length === 0) return <p className="text-sm text-slate-600">填报人没有确认任何{SEVERITY_WORDS.warning}。</p>;
  return (
    <ul className="divide-y divide-slate-200 rounded border border-slate-300 bg-white" data-testid="confirmed-warnings">
      {items.map(({ finding, reason }, i) => {
        const where = describeFinding(template, finding);
        return (
          <li key={i} className="border-l-4 border-l-slate-300 px-3 py-2 text-sm" data-rule={finding.rule}>
            <p>
              <span className="font-bold text-amber-800">{SEVERITY_WORDS.warning}</span>
              {where ? <span className="ml-1.5 text-slate-700">{where}</span> : null}
            </p>
            <p className="mt-0.5 text-slate-800">{withoutPlace(finding.message, where)}</p>
            <p className="mt-1 rounded bg-slate-50 px-2 py-1 text-slate-800">
              <span className="font-semibold">填报人确认理由：</span>
              {reason}
            </p>
          </li>
        );
      })}
    </ul>
  );
}
