"use client";
/**
 * One input cell of the grid. Memoised on primitive props: a keystroke
 * re-renders only the cells whose value, mark or message changed.
 * The typed text is kept while it is refused (the bad text stays visible with
 * its message) or while it differs only in form from the value (１２ → 12 on blur).
 * A refused text is never stored, not even its valid prefix: typing "2.5" stores
 * 2 after the "2", and the "." then "5" put back the value the cell had before
 * the edit began, so the report (and every total) only ever holds a number the
 * clerk saw as accepted. The refused text is reported up (onUnsaved) so the page
 * can say "1 格未保存" and hold back submit even after the grid is left.
 */
import { memo, useEffect, useId, useRef, useState } from "react";
import { formatCell, normalizeCellInput } from "@/lib/input/normalize";
import type { Cell } from "@/lib/report/types";
import type { CellKind } from "@/lib/template";
import type { CellStatus } from "./finding-marks";
import type { UnsavedCell } from "./types";

export interface GridInputCellProps {
  cellKey: string;
  name: string;
  kind: CellKind;
  value: Cell;
  derived: boolean;
  readOnly: boolean;
  colSpan: number;
  status: CellStatus;
  message: string;
  comment: string;
  commentable: boolean;
  /** Pop the message out towards the left (cells in the right half of the table). */
  alignEnd: boolean;
  /** Pop the message out above the cell (lower half of the table), so it stays inside the table's box. */
  popUp: boolean;
  /** Changes when a paste wrote this cell: the pasted value replaces whatever was typed. */
  pasteToken: number;
  /** A refused text typed earlier (the grid was left and is shown again): shown with its message, not stored. */
  unsavedText?: string;
  unsavedMessage?: string;
  onValue: (key: string, value: Cell) => void;
  onUnsaved: (key: string, entry: UnsavedCell | null) => void;
  onComment: (key: string) => void;
}

const FRAME: Record<CellStatus, string> = {
  none: "",
  error: "outline outline-2 -outline-offset-2 outline-red-600 bg-red-50",
  warning: "outline outline-2 -outline-offset-2 outline-dashed outline-amber-500 bg-amber-50",
  relatedError: "bg-red-50/60",
  relatedWarning: "bg-amber-50/60",
};

const BADGE: Partial<Record<CellStatus, { icon: string; word: string; className: string }>> = {
  error: { icon: "✕", word: "错误", className: "bg-red-600 text-white" },
  warning: { icon: "!", word: "提醒", className: "bg-amber-400 text-amber-950" },
};

function GridInputCellImpl(p: GridInputCellProps) {
  const id = useId();
  const [draft, setDraft] = useState<string | null>(p.unsavedText ?? null);
  const [error, setError] = useState<string | null>(p.unsavedText !== undefined ? (p.unsavedMessage ?? null) : null);
  const [seenValue, setSeenValue] = useState<Cell>(p.value);
  const [seenPaste, setSeenPaste] = useState(p.pasteToken);
  // The stored value when the edit began: what a refused text puts back and Esc restores.
  const [origin, setOrigin] = useState<Cell>(p.value);
  // The value this cell itself last sent up: its arrival is not a change "from outside".
  const [sent, setSent] = useState<Cell | undefined>(undefined);

  if (p.pasteToken !== seenPaste) {
    setSeenPaste(p.pasteToken);
    setDraft(null);
    setError(null);
  }

  // A value from outside (paste, another step, reload) replaces the typed text
  // unless that text is just another way of writing the new value.
  if (p.value !== seenValue) {
    setSeenValue(p.value);
    if (draft !== null && p.value !== sent) {
      const r = normalizeCellInput(draft, p.kind);
      if (!(r.ok && r.value === p.value)) {
        setDraft(null);
        setError(null);
      }
    }
  }

  // Reported after commit, not during render: the page keeps the set in its state. Not withdrawn on
  // unmount: a refused text stays unsaved when the clerk goes to another step.
  const { onUnsaved, cellKey } = p;
  const reported = useRef(p.unsavedText !== undefined);
  useEffect(() => {
    if (error && draft !== null) onUnsaved(cellKey, { text: draft, message: error });
    else if (reported.current) onUnsaved(cellKey, null);
    reported.current = Boolean(error);
  }, [error, draft, onUnsaved, cellKey]);

  const locked = p.readOnly || p.derived;
  const shown = draft ?? formatCell(p.value);

  const send = (value: Cell) => {
    if (value === p.value) return;
    setSent(value);
    p.onValue(p.cellKey, value);
  };
  const onChange = (e: React.ChangeEvent<HTMLInputElement>) => {
    const text = e.target.value;
    const base = draft === null ? p.value : origin;
    if (draft === null) setOrigin(p.value);
    setDraft(text);
    const r = normalizeCellInput(text, p.kind);
    if (r.ok) {
      setError(null);
      send(r.value);
    } else {
      setError(r.message);
      send(base);
    }
  };
  const onBlur = () => {
    if (draft !== null && !error) setDraft(null);
  };
  // Esc gives up the edit and shows the value the cell had before it began.
  const onKeyDown = (e: React.KeyboardEvent<HTMLInputElement>) => {
    if (e.key === "Escape" && draft !== null) {
      e.preventDefault();
      send(origin);
      setDraft(null);
      setError(null);
    }
  };

  const badge = BADGE[p.status];
  const msgId = `${id}-msg`;
  const errId = `${id}-err`;
  const describedBy = [error ? errId : null, p.message || p.comment ? msgId : null].filter(Boolean).join(" ") || undefined;
  const hover = [error, p.message, p.comment && `批注：${p.comment}`, p.derived && !p.readOnly ? "自动计算的合计，不能填写" : null]
    .filter(Boolean)
    .join("\n");

  return (
    <td
      colSpan={p.colSpan}
      className={`group relative p-0 align-top ${p.derived ? "bg-slate-200/70" : ""} ${FRAME[p.status]}`}
      data-status={p.status}
    >
      <input
        type="text"
        inputMode={p.kind === "money" ? "decimal" : "numeric"}
        autoComplete="off"
        aria-label={p.name}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        aria-readonly={locked || undefined}
        readOnly={locked}
        // Tab, like Enter, passes over the computed totals (they are still reached with the arrows).
        tabIndex={p.derived && !p.readOnly ? -1 : undefined}
        data-cell={p.cellKey}
        data-unsaved={error ? "" : undefined}
        data-derived={p.derived || undefined}
        title={hover || undefined}
        value={shown}
        onChange={locked ? undefined : onChange}
        onBlur={onBlur}
        onKeyDown={locked ? undefined : onKeyDown}
        className={`block h-9 w-full min-w-0 border-0 bg-transparent px-1 text-center tabular-nums outline-none focus:bg-sky-50 focus:ring-2 focus:ring-inset focus:ring-sky-600 ${
          p.derived ? "cursor-default font-semibold text-slate-800" : ""
        } ${error ? "text-red-700" : ""}`}
      />
      {badge && (
        <span
          aria-hidden="true"
          className={`pointer-events-none absolute left-0.5 top-0.5 flex h-3.5 w-3.5 items-center justify-center rounded-full text-[9px] font-bold leading-none ${badge.className}`}
        >
          {badge.icon}
        </span>
      )}
      {p.comment && (
        <span
          aria-hidden="true"
          className="pointer-events-none absolute right-0 top-0 h-0 w-0 border-l-[9px] border-t-[9px] border-l-transparent border-t-violet-600"
        />
      )}
      {error && (
        <span id={errId} role="alert" className="block bg-red-50 px-1 pb-1 text-xs leading-tight text-red-700">
          未保存：{error}
          <span className="sr-only">（按 Esc 恢复原值）</span>
        </span>
      )}
      {(p.message || p.comment) && (
        <span
          id={msgId}
          className={`absolute z-30 hidden w-64 whitespace-pre-line rounded border border-slate-300 bg-white p-2 text-left text-xs leading-snug text-slate-800 shadow-lg group-focus-within:block ${
            p.alignEnd ? "right-0" : "left-0"
          } ${p.popUp ? "bottom-full" : "top-full"}`}
        >
          {badge && <strong className={p.status === "error" ? "text-red-700" : "text-amber-800"}>{badge.word}：</strong>}
          {p.message}
          {p.comment && <span className="mt-1 block text-violet-800">批注：{p.comment}</span>}
        </span>
      )}
      {p.commentable && (
        <button
          type="button"
          onClick={() => p.onComment(p.cellKey)}
          aria-label={`批注：${p.name}`}
          className="absolute bottom-0 right-0 z-10 rounded-tl bg-violet-700 px-1 text-[10px] leading-4 text-white opacity-0 focus:opacity-100 group-hover:opacity-100 group-focus-within:opacity-100"
        >
          批注
        </button>
      )}
    </td>
  );
}

export const GridInputCell = memo(GridInputCellImpl);
