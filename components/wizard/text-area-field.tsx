"use client";
/** A multi-paragraph plain text (one paragraph per line) with its character count, and a warning past the schema's limit. */
import { SEVERITY_WORDS } from "@/lib/report/field-labels";
import { TEXT_MAX } from "@/lib/report/field-rules";

export function TextAreaField(props: {
  id: string;
  label: React.ReactNode;
  hint?: string;
  value: string;
  onChange: (value: string) => void;
  onBlur: () => void;
  readOnly?: boolean;
  rows?: number;
  /** Findings of check() about this text (finding.field), shown under it. */
  notes?: Array<{ severity: "error" | "warning"; message: string }>;
  /** Buttons that fix what a note says (删除重复的标题), shown under the notes. */
  fixes?: React.ReactNode;
}) {
  const count = [...props.value.replace(/\n/g, "")].length;
  const hintId = `${props.id}-hint`;
  const countId = `${props.id}-count`;
  const notesId = `${props.id}-notes`;
  const notes = props.notes ?? [];
  // The schema counts UTF-16 units (String.length); past the limit the draft cannot be saved.
  const tooLong = props.value.length > TEXT_MAX;
  return (
    <div className="space-y-1">
      <label htmlFor={props.id} className="block font-semibold text-slate-900">
        {props.label}
      </label>
      {props.hint && (
        <p id={hintId} className="text-sm text-slate-700">
          {props.hint}
        </p>
      )}
      <textarea
        id={props.id}
        value={props.value}
        onChange={(e) => props.onChange(e.target.value)}
        onBlur={props.onBlur}
        readOnly={props.readOnly}
        rows={props.rows ?? 6}
        aria-describedby={[props.hint ? hintId : "", notes.length ? notesId : "", countId].filter(Boolean).join(" ")}
        className={`w-full rounded border bg-white p-2 leading-7 focus:outline-2 focus:outline-red-700 ${
          notes.length ? "border-amber-600" : "border-slate-400"
        }`}
      />
      <div className="flex items-start justify-between gap-4">
        <ul id={notesId} className="space-y-0.5 text-sm">
          {notes.map((n, i) => (
            <li key={i} className={n.severity === "error" ? "text-red-800" : "text-amber-900"}>
              {SEVERITY_WORDS[n.severity]}：
              {n.message}
            </li>
          ))}
        </ul>
        <p id={countId} role={tooLong ? "alert" : undefined} className={`shrink-0 text-right text-xs ${tooLong ? "font-semibold text-red-700" : "text-slate-700"}`}>
          {count} 字{tooLong ? `：超过 ${TEXT_MAX} 字，无法保存，请删减` : ""}
        </p>
      </div>
      {props.fixes}
    </div>
  );
}

/** The id of the textarea a text finding points at (finding.field "text.overview.oversight" → "field-text-overview-oversight"). */
export function fieldId(path: string): string {
  return `field-${path.replace(/\./g, "-")}`;
}
