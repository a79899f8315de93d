"use client";
/** A multi-paragraph plain text (one paragraph per line) with its character count. */
export function TextAreaField(props: {
  id: string;
  label: string;
  hint?: string;
  value: string;
  onChange: (value: string) => void;
  onBlur: () => void;
  readOnly?: boolean;
  rows?: number;
  headingLevel?: "h2" | "h3";
}) {
  const count = [...props.value.replace(/\n/g, "")].length;
  const hintId = `${props.id}-hint`;
  const countId = `${props.id}-count`;
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
        aria-describedby={[props.hint ? hintId : "", countId].filter(Boolean).join(" ")}
        className="w-full rounded border border-slate-400 bg-white p-2 leading-7 focus:outline-2 focus:outline-red-700"
      />
      <p id={countId} className="text-right text-xs text-slate-700">
        {count} 字
      </p>
    </div>
  );
}

/** The id of the textarea a text finding points at (finding.field "text.overview.oversight" → "field-text-overview-oversight"). */
export function fieldId(path: string): string {
  return `field-${path.replace(/\./g, "-")}`;
}
