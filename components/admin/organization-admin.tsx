"use client";
import Link from "next/link";
import { useActionState, useTransition, useState } from "react";
import { createOrganizationAction, moveOrganizationAction, setOrganizationDisabledAction, type FormState } from "@/app/admin/actions";
import { Pager } from "@/components/review/pager";
import { adminHref, type AdminAddress } from "@/lib/admin/admin-address";
import type { AdminUnitPage } from "@/lib/server/admin-directory";
import { ORGAN_KINDS } from "@/lib/template";
import { FormMessage } from "./form-message";
import { adminInput, SubmitButton } from "./form-parts";
import { UnitSearchSelect } from "./unit-search-select";

const input = adminInput;

/**
 * 单位: the tree a level at a time (the breadcrumb goes back up, 下级 goes down) or the units named
 * like a search; 停用/启用; new units under the one browsed (or any other, found by name); moves.
 * `at` is where the page is (the address), for the links to other views.
 */
export function OrganizationAdmin({ view, at }: { view: AdminUnitPage; at: AdminAddress }) {
  const href = (change: Partial<AdminAddress>) => adminHref(at, change);
  const [state, action, pending] = useActionState<FormState, FormData>(createOrganizationAction, {});
  const [moveState, moveAction, moving] = useActionState<FormState, FormData>(moveOrganizationAction, {});
  const [rowState, setRowState] = useState<FormState>({});
  const [busy, start] = useTransition();
  const kindLabel = (k: string) => (ORGAN_KINDS as Record<string, string>)[k] ?? k;
  return (
    <section aria-labelledby="orgs-heading">
      <h2 id="orgs-heading" className="text-xl font-bold">
        单位
      </h2>
      <form method="get" action="/admin" role="search" aria-label="查找单位" className="mt-3 flex flex-wrap items-end gap-2">
        {/* The accounts list stays where it is. */}
        {at.uq ? <input type="hidden" name="uq" value={at.uq} /> : null}
        {at.upage > 1 ? <input type="hidden" name="upage" value={at.upage} /> : null}
        <label className="text-sm">
          <span className="block text-slate-700">单位名称</span>
          <input name="q" type="search" defaultValue={view.q} maxLength={50} className={input} />
        </label>
        <button type="submit" className="rounded border border-slate-300 bg-white px-3 py-1 hover:bg-slate-100">
          查找
        </button>
      </form>
      <nav aria-label="单位层级" className="mt-3 flex flex-wrap items-center gap-1 text-sm">
        {view.q ? (
          <>
            <span>名称含“{view.q}”的单位：</span>
            <Link href={href({ q: "" })} className="text-red-800 underline">
              清除查找
            </Link>
          </>
        ) : (
          <>
            {view.parent ? (
              <Link href={href({ unit: "" })} className="text-red-800 underline">
                顶层单位
              </Link>
            ) : (
              <span aria-current="page">顶层单位</span>
            )}
            {view.trail.map((t) => (
              <span key={t.id} className="flex items-center gap-1">
                <span aria-hidden="true">›</span>
                {t.id === view.parent?.id ? (
                  <span aria-current="page">{t.name}</span>
                ) : (
                  <Link href={href({ unit: t.id })} className="text-red-800 underline">
                    {t.name}
                  </Link>
                )}
              </span>
            ))}
          </>
        )}
        <span className="ml-2 text-slate-600">共 {view.total} 个</span>
      </nav>
      <ul className="mt-2 divide-y divide-slate-200 rounded border border-slate-200 bg-white" aria-label="单位列表">
        {view.rows.map((o) => (
          <li key={o.id} className="flex items-center justify-between gap-3 px-3 py-2" data-testid={`org-${o.id}`}>
            <span className={o.disabled ? "text-slate-400 line-through" : ""}>
              {o.name}
              <span className="ml-2 text-sm text-slate-500">
                {kindLabel(o.kind)} · {o.userCount} 个账号{view.q && o.parentName ? ` · 上级：${o.parentName}` : ""}
              </span>
              {o.disabled ? <span className="ml-2 text-sm text-red-700 no-underline">已停用</span> : null}
            </span>
            <span className="flex shrink-0 items-center gap-3">
              {o.childCount > 0 ? (
                <Link href={href({ unit: o.id, q: "" })} className="text-sm text-red-800 underline">
                  下级 {o.childCount} 个<span className="sr-only">：{o.name}</span>
                </Link>
              ) : null}
              <button
                type="button"
                disabled={busy}
                onClick={() => start(async () => setRowState(await setOrganizationDisabledAction(o.id, !o.disabled)))}
                className="rounded border border-slate-300 px-2 py-0.5 text-sm hover:bg-slate-100"
              >
                {o.disabled ? "启用" : "停用"}
                <span className="sr-only">{o.name}</span>
              </button>
            </span>
          </li>
        ))}
        {view.rows.length === 0 ? <li className="px-3 py-2 text-slate-600">{view.q ? "没有名称相符的单位。" : "这里还没有单位。"}</li> : null}
      </ul>
      <Pager page={view.page} pageCount={view.pageCount} href={(page) => href({ page })} />
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
        <UnitSearchSelect key={view.parent?.id ?? "top"} name="parentId" label="上级单位" emptyLabel="（无，作为顶层单位）" initial={view.parent} />
        <SubmitButton pending={pending}>新建单位</SubmitButton>
        <FormMessage state={state} />
      </form>
      <form action={moveAction} className="mt-4 flex flex-wrap items-end gap-3 rounded border border-slate-200 bg-white p-3" aria-label="移动单位">
        <UnitSearchSelect name="orgId" label="要移动的单位" emptyLabel="（请选择）" />
        <UnitSearchSelect name="parentId" label="移到此上级单位之下" emptyLabel="（无，作为顶层单位）" />
        <SubmitButton pending={moving}>移动单位</SubmitButton>
        <FormMessage state={moveState} />
      </form>
    </section>
  );
}
