"use client";
import { HEADING_ECHO_RULE, headingOf, withoutPastedHeading } from "@/lib/check/heading-echo";
import { mentionsFee } from "@/lib/check/fee-statement";
import type { Finding, Report } from "@/lib/report/types";
import type { OverviewPart, Section } from "@/lib/template";
import { fieldId, TextAreaField } from "./text-area-field";

type OverviewKey = OverviewPart["key"] | "intro";

/** The findings about one text field, for the note under its textarea. */
export function notesFor(findings: readonly Finding[], field: string) {
  return findings.filter((f) => f.field === field).map((f) => ({ severity: f.severity, message: f.message }));
}

/**
 * A text that begins with a heading of its own prints two headings (W7.heading):
 * one click removes the pasted one.
 */
function HeadingFix(props: { findings: readonly Finding[]; field: string; heading: string; value: string; onChange: (v: string) => void }) {
  if (!props.findings.some((f) => f.field === props.field && f.rule === HEADING_ECHO_RULE)) return null;
  return (
    <button
      type="button"
      onClick={() => props.onChange(withoutPastedHeading(props.value, props.heading))}
      className="rounded border border-amber-600 bg-white px-3 py-1 text-sm text-amber-900 hover:bg-amber-50"
    >
      删除重复的标题
    </button>
  );
}

/** 一、总体情况: an optional opening paragraph and the template's five sub-parts, each with its hint. */
export function OverviewStep(props: {
  report: Report;
  parts: OverviewPart[];
  readOnly: boolean;
  findings: Finding[];
  onChange: (key: OverviewKey, value: string) => void;
  onBlur: () => void;
}) {
  const o = props.report.text.overview;
  return (
    <div className="space-y-6">
      <TextAreaField
        id={fieldId("text.overview.intro")}
        label="开篇段落（可不填）"
        hint="（一）之前的概述，许多报告有一段。"
        value={o.intro ?? ""}
        onChange={(v) => props.onChange("intro", v)}
        notes={[...notesFor(props.findings, "text.overview"), ...notesFor(props.findings, "text.overview.intro")]}
        fixes={
          !props.readOnly && (
            <HeadingFix
              findings={props.findings}
              field="text.overview.intro"
              heading={headingOf(props.report, "text.overview.intro")}
              value={o.intro ?? ""}
              onChange={(v) => props.onChange("intro", v)}
            />
          )
        }
        onBlur={props.onBlur}
        readOnly={props.readOnly}
        rows={3}
      />
      {props.parts.map((p) => (
        <TextAreaField
          key={p.key}
          id={fieldId(`text.overview.${p.key}`)}
          label={p.heading}
          hint={p.hint}
          value={o[p.key]}
          onChange={(v) => props.onChange(p.key, v)}
          notes={notesFor(props.findings, `text.overview.${p.key}`)}
          fixes={
            !props.readOnly && (
              <HeadingFix
                findings={props.findings}
                field={`text.overview.${p.key}`}
                heading={p.heading}
                value={o[p.key]}
                onChange={(v) => props.onChange(p.key, v)}
              />
            )
          }
          onBlur={props.onBlur}
          readOnly={props.readOnly}
        />
      ))}
    </div>
  );
}

/**
 * 国办函〔2020〕109号《政府信息公开信息处理费管理办法》: section 六 must state the fee
 * collected, even when none; this is the usual sentence for none.
 */
export const NO_FEE_STATEMENT = "本年度未收取信息处理费。";

/** 五 or 六: one text. Section 六 offers to insert the 信息处理费 statement. */
export function SectionTextStep(props: {
  section: Section;
  value: string;
  readOnly: boolean;
  findings: Finding[];
  onChange: (value: string) => void;
  onBlur: () => void;
}) {
  const key = props.section.text!;
  const isOther = key === "other";
  const hasFeeStatement = mentionsFee(props.value);
  return (
    <div className="space-y-3">
      <TextAreaField
        id={fieldId(`text.${key}`)}
        label={
          <>
            {/* The step heading already shows the section; screen readers get it in the name. */}
            <span className="sr-only">{props.section.heading} </span>正文
          </>
        }
        value={props.value}
        onChange={props.onChange}
        onBlur={props.onBlur}
        readOnly={props.readOnly}
        rows={12}
        notes={notesFor(props.findings, `text.${key}`)}
        fixes={
          !props.readOnly && (
            <HeadingFix findings={props.findings} field={`text.${key}`} heading={props.section.heading} value={props.value} onChange={props.onChange} />
          )
        }
      />
      {isOther && !props.readOnly && (
        <div className="rounded border border-amber-600 bg-amber-50 p-3 text-sm text-slate-900">
          <p>本部分须写明收取信息处理费的情况；未收取也要写明。{hasFeeStatement ? "（已写到信息处理费）" : ""}</p>
          <button
            type="button"
            onClick={() => props.onChange(props.value.trim() ? `${props.value.replace(/\s+$/, "")}\n${NO_FEE_STATEMENT}` : NO_FEE_STATEMENT)}
            className="mt-2 rounded border border-slate-500 bg-white px-3 py-1.5 hover:bg-slate-100"
          >
            插入“{NO_FEE_STATEMENT}”
          </button>
        </div>
      )}
    </div>
  );
}
