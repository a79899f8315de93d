"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useEffect } from "react";
import { useForm, type FieldPath } from "react-hook-form";
import { FIELD_LABELS } from "@/lib/report/field-labels";
import type { Finding, Report } from "@/lib/report/types";
import { getTemplate, ORGAN_KINDS, ORGAN_KIND_IDS } from "@/lib/template";
import { basicsOf, basicsSchema, type BasicsValues } from "./basics-schema";
import { fieldId, TextAreaField } from "./text-area-field";
import { notesFor } from "./text-steps";

type Field = FieldPath<BasicsValues>;

/** Report paths of the fields, so a finding on meta.signedOn can focus its input. */
const PATHS: Record<Field, string> = {
  organName: "organ.name",
  organKind: "organ.kind",
  periodFrom: "meta.period.from",
  periodTo: "meta.period.to",
  publishUrl: "meta.publishUrl",
  office: "meta.contact.office",
  address: "meta.contact.address",
  postcode: "meta.contact.postcode",
  phone: "meta.contact.phone",
  email: "meta.contact.email",
  signedBy: "meta.signedBy",
  signedOn: "meta.signedOn",
};

export function BasicsStep(props: {
  report: Report;
  readOnly: boolean;
  /** Findings of check() on 基本信息 (the 落款日期) and the preamble, shown at their fields. */
  findings?: readonly Finding[];
  onBasics: (values: BasicsValues) => void;
  onPreamble: (text: string) => void;
  onRedraftPreamble: () => void;
  onBlur: () => void;
}) {
  const { report } = props;
  const form = useForm<BasicsValues>({ resolver: zodResolver(basicsSchema), mode: "onChange", defaultValues: basicsOf(report) });
  const { register, formState, watch } = form;
  const onBasics = props.onBasics;

  useEffect(() => {
    // Every accepted value goes into the report; a refused one shows its message and changes nothing (applyBasics).
    const sub = watch((values) => onBasics(values as BasicsValues));
    return () => sub.unsubscribe();
  }, [watch, onBasics]);

  const t = getTemplate(report.format);

  const input = (name: Field, label: string, opts: { type?: string; placeholder?: string; required?: boolean; wide?: boolean } = {}) => {
    const id = fieldId(PATHS[name]);
    const error = formState.errors[name]?.message;
    // A value the form accepts may still break a rule of check() (R7: 落款日期 before the year has ended).
    const notes = error ? [] : notesFor(props.findings ?? [], PATHS[name]);
    return (
      <div className={opts.wide ? "sm:col-span-2" : undefined}>
        <label htmlFor={id} className="block text-sm font-semibold text-slate-900">
          {label}
          {opts.required && <span className="text-red-800">（必填）</span>}
        </label>
        <input
          id={id}
          type={opts.type ?? "text"}
          placeholder={opts.placeholder}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : notes.length ? `${id}-notes` : undefined}
          className="mt-1 w-full rounded border border-slate-400 bg-white px-2 py-1.5 focus:outline-2 focus:outline-red-700 aria-[invalid]:border-red-700"
          {...register(name, { onBlur: props.onBlur })}
        />
        {error && (
          <p id={`${id}-error`} className="mt-1 text-sm text-red-800">
            {error}
          </p>
        )}
        {notes.length > 0 && (
          <ul id={`${id}-notes`} className="mt-1 space-y-0.5 text-sm">
            {notes.map((n, i) => (
              <li key={i} className={n.severity === "error" ? "text-red-800" : "text-amber-900"}>
                {n.severity === "error" ? "错误：" : "提醒："}
                {n.message}
              </li>
            ))}
          </ul>
        )}
      </div>
    );
  };

  return (
    <div className="space-y-6">
      <form onSubmit={(e) => e.preventDefault()} noValidate>
        <fieldset disabled={props.readOnly} className="grid gap-4 sm:grid-cols-2">
          <legend className="sr-only">基本信息</legend>
          {input("organName", FIELD_LABELS.organName, { required: true, wide: true })}
          <div>
            <label htmlFor={fieldId(PATHS.organKind)} className="block text-sm font-semibold text-slate-900">
              {FIELD_LABELS.organKind}
            </label>
            <select
              id={fieldId(PATHS.organKind)}
              className="mt-1 w-full rounded border border-slate-400 bg-white px-2 py-1.5"
              {...register("organKind", { onBlur: props.onBlur })}
            >
              {ORGAN_KIND_IDS.map((k) => (
                <option key={k} value={k}>
                  {ORGAN_KINDS[k]}
                </option>
              ))}
            </select>
          </div>
          <div>
            <p className="block text-sm font-semibold text-slate-900">年度与格式</p>
            <p className="mt-1 px-2 py-1.5 text-slate-900">
              {report.year} 年度 · {t.format}年格式（{t.notice}）
            </p>
          </div>
          {input("periodFrom", FIELD_LABELS.periodFrom, { type: "date" })}
          {input("periodTo", FIELD_LABELS.periodTo, { type: "date" })}
          {input("publishUrl", FIELD_LABELS.publishUrl, { placeholder: "http://www.example.gov.cn", wide: true })}
          {input("office", FIELD_LABELS.office, { placeholder: "如 党政办公室" })}
          {input("phone", FIELD_LABELS.phone, { placeholder: "如 0631-5366756" })}
          {input("address", FIELD_LABELS.address, { wide: true })}
          {input("postcode", FIELD_LABELS.postcode)}
          {input("email", FIELD_LABELS.email)}
          {input("signedBy", FIELD_LABELS.signedBy)}
          {input("signedOn", FIELD_LABELS.signedOn, { type: "date" })}
        </fieldset>
      </form>
      <div className="space-y-2">
        <TextAreaField
          id={fieldId("text.preamble")}
          label={FIELD_LABELS.preamble}
          hint="根据上面的基本信息自动起草，可直接修改；修改后不再自动更新。"
          value={report.text.preamble}
          onChange={props.onPreamble}
          onBlur={props.onBlur}
          readOnly={props.readOnly}
          rows={7}
          notes={notesFor(props.findings ?? [], "text.preamble")}
        />
        {!props.readOnly && (
          <button type="button" onClick={props.onRedraftPreamble} className="rounded border border-slate-500 bg-white px-3 py-1.5 text-sm hover:bg-slate-100">
            按{FIELD_LABELS.basics}重新起草{FIELD_LABELS.preamble}
          </button>
        )}
      </div>
    </div>
  );
}
