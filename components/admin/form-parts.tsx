import type { OrgNode } from "@/lib/server/admin-service";

/** The input style of the admin forms. */
export const adminInput = "mt-1 rounded border border-slate-300 bg-white px-2 py-1";

/** A unit picker that shows the tree by indentation; disabled units cannot be chosen. */
export function OrganizationSelect(props: { name: string; label: string; emptyLabel: string; orgs: OrgNode[] }) {
  return (
    <label className="text-sm">
      <span className="block text-slate-700">{props.label}</span>
      <select name={props.name} defaultValue="" className={adminInput}>
        <option value="">{props.emptyLabel}</option>
        {props.orgs
          .filter((o) => !o.disabled)
          .map((o) => (
            <option key={o.id} value={o.id}>
              {"　".repeat(o.depth)}
              {o.name}
            </option>
          ))}
      </select>
    </label>
  );
}

/** The primary button of an admin form. */
export function SubmitButton({ pending, children }: { pending: boolean; children: React.ReactNode }) {
  return (
    <button type="submit" disabled={pending} className="rounded bg-red-700 px-4 py-1.5 text-white hover:bg-red-800 disabled:opacity-60">
      {children}
    </button>
  );
}
