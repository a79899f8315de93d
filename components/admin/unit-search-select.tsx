"use client";
/**
 * A unit field of the admin forms: type part of the name, choose from what the server finds (at
 * most 20 at a time, each with the unit above it — names repeat across counties). `initial` is
 * offered first (the unit being browsed). The chosen id is submitted under `name`.
 */
import { useState } from "react";
import { useUnitSearch } from "@/components/use-unit-search";
import { adminInput } from "./form-parts";

type Unit = { id: string; name: string; parentName: string | null };

export function UnitSearchSelect({ name, label, emptyLabel, initial }: { name: string; label: string; emptyLabel: string; initial?: { id: string; name: string } | null }) {
  // When a search fails the list stays as it was; the form still submits what is chosen.
  const { q, setQ, found } = useUnitSearch<Unit>("/api/admin/units");
  const [value, setValue] = useState(initial?.id ?? "");

  // The chosen unit stays an option while the search changes.
  const [chosen, setChosen] = useState<Unit | null>(initial ? { ...initial, parentName: null } : null);
  const options = [...(chosen ? [chosen] : []), ...(found?.units ?? []).filter((u) => u.id !== chosen?.id)];
  return (
    <span className="inline-flex flex-col text-sm">
      <label>
        <span className="block text-slate-700">{label}</span>
        <select
          name={name}
          aria-label={label}
          value={value}
          onChange={(e) => {
            setValue(e.target.value);
            setChosen(options.find((u) => u.id === e.target.value) ?? null);
          }}
          className={`${adminInput} max-w-[22rem]`}
        >
          <option value="">{emptyLabel}</option>
          {options.map((u) => (
            <option key={u.id} value={u.id}>
              {u.name}
              {u.parentName ? `（${u.parentName}）` : ""}
            </option>
          ))}
        </select>
      </label>
      <label className="mt-1">
        <span className="sr-only">按名称查找{label}</span>
        <input
          type="search"
          value={q}
          onChange={(e) => setQ(e.target.value)}
          placeholder="输入名称查找"
          maxLength={50}
          className="w-full rounded border border-slate-300 bg-white px-2 py-0.5 text-xs"
        />
      </label>
      {found?.more ? <span className="text-xs text-slate-600">只列出前 20 个，请输入更多字缩小范围</span> : null}
    </span>
  );
}
