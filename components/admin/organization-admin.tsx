"use client";
import { useActionState, useTransition, useState } from "react";
import { createOrganizationAction, moveOrganizationAction, setOrganizationDisabledAction, type FormState } from "@/app/admin/actions";
import type { OrgNode } from "@/lib/server/admin-service";
import { ORGAN_KINDS } from "@/lib/template";
import { FormMessage } from "./form-message";
import { adminInput, OrganizationSelect, SubmitButton } from "./form-parts";

const input = adminInput;

/** 单位: the tree, 停用/启用, and a form for a new unit under a parent. */
export function OrganizationAdmin({ orgs }: { orgs: OrgNode[] }) {
  const [state, action, pending] = useActionState<FormState, FormData>(createOrganizationAction, {});
  const [moveState, moveAction, moving] = useActionState<FormState, FormData>(moveOrganizationAction, {});
  const [rowState, setRowState] = useState<FormState>({});
  const [busy, start] = useTransition();
  return (
    <section aria-labelledby="orgs-heading">
      <h2 id="orgs-heading" className="text-xl font-bold">
        单位
      </h2>
      <ul className="mt-3 divide-y divide-slate-200 rounded border border-slate-200 bg-white" aria-label="单位列表">
        {orgs.map((o) => (
          <li key={o.id} className="flex items-center justify-between px-3 py-2" style={{ paddingLeft: `${0.75 + o.depth * 1.5}rem` }}>
            <span className={o.disabled ? "text-slate-400 line-through" : ""}>
              {o.name}
              <span className="ml-2 text-sm text-slate-500">
                {(ORGAN_KINDS as Record<string, string>)[o.kind] ?? o.kind} · {o.userCount} 个账号
              </span>
              {o.disabled ? <span className="ml-2 text-sm text-red-700 no-underline">已停用</span> : null}
            </span>
            <button
              type="button"
              disabled={busy}
              onClick={() => start(async () => setRowState(await setOrganizationDisabledAction(o.id, !o.disabled)))}
              className="rounded border border-slate-300 px-2 py-0.5 text-sm hover:bg-slate-100"
            >
              {o.disabled ? "启用" : "停用"}
              <span className="sr-only">{o.name}</span>
            </button>
          </li>
        ))}
      </ul>
      <FormMessage state={rowState} />
      <form action={action} className="mt-4 flex flex-wrap items-end gap-3 rounded border border-slate-200 bg-white p-3" aria-label="新建单位">
        <label className="text-sm">
          <span className="block text-slate-700">单位名称</span>
          <input name="name" className={input} />
        </label>
        <label className="text-sm">
          <span className="block text-slate-700">单位类型</span>
          <select name="kind" className={input} defaultValue="township">
            {Object.entries(ORGAN_KINDS).map(([k, label]) => (
              <option key={k} value={k}>
                {label}
              </option>
            ))}
          </select>
        </label>
        <OrganizationSelect name="parentId" label="上级单位" emptyLabel="（无，作为顶层单位）" orgs={orgs} />
        <SubmitButton pending={pending}>新建单位</SubmitButton>
        <FormMessage state={state} />
      </form>
      <form action={moveAction} className="mt-4 flex flex-wrap items-end gap-3 rounded border border-slate-200 bg-white p-3" aria-label="移动单位">
        <OrganizationSelect name="orgId" label="要移动的单位" emptyLabel="（请选择）" orgs={orgs} />
        <OrganizationSelect name="parentId" label="移到此上级单位之下" emptyLabel="（无，作为顶层单位）" orgs={orgs} />
        <SubmitButton pending={moving}>移动单位</SubmitButton>
        <FormMessage state={moveState} />
      </form>
    </section>
  );
}
