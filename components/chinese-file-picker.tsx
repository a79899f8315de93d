"use client";
import { useState, type ReactNode } from "react";

/**
 * A file input whose button and chosen name speak Chinese: the browser's own button speaks
 * the browser's UI language ("Choose File" on an English one), so it is hidden and the label
 * around it shows 选择文件… and the file chosen (or 未选择文件).
 */
export function ChineseFilePicker(props: {
  label: ReactNode;
  accept: string;
  describedBy: string;
  testId: string;
  id?: string;
  name?: string;
  onPick?: (file: File | undefined) => void;
}) {
  const [fileName, setFileName] = useState("");
  return (
    <label className="block text-sm">
      <span className="block font-semibold">{props.label}</span>
      <span className="mt-1 flex items-center gap-3">
        <input
          id={props.id}
          name={props.name ?? "file"}
          type="file"
          accept={props.accept}
          aria-describedby={props.describedBy}
          onChange={(e) => {
            const file = e.target.files?.[0];
            setFileName(file?.name ?? "");
            props.onPick?.(file);
          }}
          className="peer sr-only"
        />
        <span
          aria-hidden="true"
          className="cursor-pointer rounded border border-slate-400 bg-slate-50 px-3 py-1.5 hover:bg-slate-100 peer-focus-visible:outline peer-focus-visible:outline-2 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-red-800"
        >
          选择文件…
        </span>
        <span aria-hidden="true" className="text-slate-700" data-testid={props.testId}>
          {fileName || "未选择文件"}
        </span>
      </span>
    </label>
  );
}
