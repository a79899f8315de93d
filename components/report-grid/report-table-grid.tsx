"use client";
/**
 * A table of the template as an input grid that reads like the printed table
 * (same merged headers and row labels, from tableGrid), with spreadsheet keys
 * and Excel/WPS paste. Keyboard and paste are handled once on the <table>
 * (delegation), so cells stay small and memoised.
 */
import { memo, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from "react";
import { gridMap } from "@/lib/input/grid-map";
import { moveFrom, type Move } from "@/lib/input/navigation";
import { isBlock } from "@/lib/input/clipboard";
import { planPaste } from "@/lib/input/paste";
import { cellKey, getCell } from "@/lib/report/cells";
import type { Cell } from "@/lib/report/types";
import { tableGrid, type GridCell, type GridText } from "@/lib/template/layout";
import { commentsByCell, markCells } from "./finding-marks";
import { GridInputCell } from "./grid-input-cell";
import { GridTextCell } from "./grid-text-cell";
import type { CellChange, ReportTableGridProps, UnsavedCell } from "./types";

type Notice = { kind: "status" | "alert"; text: string } | null;

function cellSelector(key: string): string {
  return `[data-cell="${key.replace(/["\\]/g, "\\$&")}"]`;
}

/** Splits table 二 into one <tbody> per 第二十条 caption so each caption heads its rows. */
function bodies(rows: GridCell[][], headerRows: number): GridCell[][][] {
  const out: GridCell[][][] = [];
  for (const row of rows.slice(headerRows)) {
    const first = row[0];
    if (!out.length || (first?.type === "text" && first.role === "caption")) out.push([]);
    out[out.length - 1].push(row);
  }
  return out;
}

function ReportTableGridImpl(props: ReportTableGridProps) {
  const { template, table, report, findings, readOnly = false, comments, onCellComment, focusRequest } = props;
  const grid = useMemo(() => tableGrid(template, table), [template, table]);
  const map = useMemo(() => gridMap(grid), [grid]);
  const tableRef = useRef<HTMLTableElement>(null);
  const [notice, setNotice] = useState<Notice>(null);
  // Per cell, the paste that last wrote it (only those cells re-render).
  const [pasted, setPasted] = useState<{ epoch: number; keys: ReadonlyMap<string, number> }>({ epoch: 0, keys: new Map() });

  // Latest callbacks for the stable handlers the memoised cells hold.
  const latest = useRef(props);
  useLayoutEffect(() => {
    latest.current = props;
  });

  const marks = useMemo(() => markCells(findings, table), [findings, table]);
  const notes = useMemo(() => commentsByCell(comments), [comments]);

  // Ctrl+Z: the values before each paste and each cell's edit (one entry per edit, not per keystroke).
  const history = useRef<CellChange[][]>([]);
  const editSession = useRef<string | null>(null);
  const onValue = useCallback(
    (key: string, value: Cell) => {
      const pos = map.byKey.get(key);
      if (!pos || latest.current.readOnly) return;
      if (editSession.current !== key) {
        editSession.current = key;
        history.current.push([{ ref: pos.ref, value: getCell(latest.current.report, pos.ref) }]);
      }
      latest.current.onCellsChange([{ ref: pos.ref, value }]);
    },
    [map],
  );

  const invalid = useRef<Record<string, string>>(
    Object.fromEntries(Object.entries(props.unsaved ?? {}).map(([k, v]) => [k, v.message])),
  );
  const onUnsaved = useCallback((key: string, entry: UnsavedCell | null) => {
    if (!entry && !(key in invalid.current)) return;
    const next = { ...invalid.current };
    if (entry) next[key] = entry.message;
    else delete next[key];
    invalid.current = next;
    latest.current.onInvalidCellsChange?.(next);
    latest.current.onUnsavedCell?.(key, entry);
  }, []);

  // As in Excel and WPS: a click selects the cell (typing replaces its value); a double click or F2
  // edits inside it. The cell being edited inside, if any.
  const editing = useRef<string | null>(null);
  const onMouseDown = useCallback((e: React.MouseEvent<HTMLTableElement>) => {
    const el = e.target as HTMLInputElement;
    const key = el.dataset?.cell;
    if (!key || e.button !== 0 || editing.current === key) return;
    e.preventDefault();
    el.focus();
    el.select();
  }, []);
  const editInside = useCallback((el: HTMLInputElement) => {
    if (el.readOnly || !el.dataset.cell) return;
    editing.current = el.dataset.cell;
    const end = el.value.length;
    el.setSelectionRange(end, end);
  }, []);
  const onDoubleClick = useCallback((e: React.MouseEvent<HTMLTableElement>) => editInside(e.target as HTMLInputElement), [editInside]);
  const onFocus = useCallback((e: React.FocusEvent<HTMLTableElement>) => {
    const key = (e.target as HTMLElement).dataset?.cell;
    if (key !== editing.current) editing.current = null;
    if (key !== editSession.current) editSession.current = null;
  }, []);

  const onComment = useCallback(
    (key: string) => {
      const pos = map.byKey.get(key);
      if (pos) latest.current.onCellComment?.(pos.ref);
    },
    [map],
  );

  const focusCell = useCallback((key: string, scroll = false) => {
    const el = tableRef.current?.querySelector<HTMLInputElement>(cellSelector(key));
    if (!el) return;
    el.focus({ preventScroll: scroll });
    if (scroll) el.scrollIntoView({ block: "center", inline: "nearest", behavior: "smooth" });
    el.select();
  }, []);

  // Writes one history entry back; the cells it touches show the restored value (their typed text goes).
  const undo = useCallback(() => {
    if (latest.current.readOnly) return;
    const entry = history.current.pop();
    editSession.current = null;
    if (!entry) {
      setNotice({ kind: "status", text: "没有可撤销的修改。" });
      return;
    }
    latest.current.onCellsChange(entry);
    for (const c of entry) onUnsaved(cellKey(c.ref), null);
    setPasted((prev) => {
      const keys = new Map(prev.keys);
      for (const c of entry) keys.set(cellKey(c.ref), prev.epoch + 1);
      return { epoch: prev.epoch + 1, keys };
    });
    setNotice({ kind: "status", text: entry.length > 1 ? `已撤销上一次粘贴（${entry.length} 格恢复原值）。` : "已撤销上一次修改。" });
  }, [onUnsaved]);

  const onKeyDown = useCallback(
    (e: React.KeyboardEvent<HTMLTableElement>) => {
      const el = e.target as HTMLInputElement;
      const key = el.dataset?.cell;
      if (!key || e.nativeEvent.isComposing) return;
      if ((e.ctrlKey || e.metaKey) && !e.shiftKey && !e.altKey && e.key.toLowerCase() === "z") {
        e.preventDefault();
        undo();
        return;
      }
      if (e.altKey || e.ctrlKey || e.metaKey) return;
      if (e.key === "F2") {
        e.preventDefault();
        editInside(el);
        return;
      }
      const len = el.value.length;
      const caretAtStart = el.selectionStart === 0 && el.selectionEnd === 0;
      const caretAtEnd = el.selectionStart === len && el.selectionEnd === len;
      // A fully selected cell (just moved into) behaves like a spreadsheet cell: arrows leave it.
      const allSelected = len > 0 && el.selectionStart === 0 && el.selectionEnd === len;
      let move: Move | null = null;
      if (e.key === "ArrowUp") move = "up";
      else if (e.key === "ArrowDown") move = "down";
      else if (e.key === "ArrowLeft" && (caretAtStart || allSelected)) move = "left";
      else if (e.key === "ArrowRight" && (caretAtEnd || allSelected)) move = "right";
      else if (e.key === "Enter") move = e.shiftKey ? "shiftEnter" : "enter";
      if (!move) return;
      const next = moveFrom(map, key, move);
      e.preventDefault();
      if (next) focusCell(next);
    },
    [map, focusCell, editInside, undo],
  );

  const onPaste = useCallback(
    (e: React.ClipboardEvent<HTMLTableElement>) => {
      const key = (e.target as HTMLElement).dataset?.cell;
      if (!key || latest.current.readOnly) return;
      const text = e.clipboardData.getData("text/plain");
      if (!isBlock(text)) return; // one value: the browser pastes into the text as usual
      e.preventDefault();
      const plan = planPaste(map, key, text);
      if (plan.ok) {
        if (plan.changes.length) {
          history.current.push(plan.changes.map((c) => ({ ref: c.ref, value: getCell(latest.current.report, c.ref) })));
          editSession.current = null;
          latest.current.onCellsChange(plan.changes);
        }
        // A pasted value replaces a refused text: that cell is no longer unsaved.
        for (const c of plan.changes) onUnsaved(cellKey(c.ref), null);
        setPasted((prev) => {
          const keys = new Map(prev.keys);
          for (const c of plan.changes) keys.set(cellKey(c.ref), prev.epoch + 1);
          return { epoch: prev.epoch + 1, keys };
        });
        setNotice({ kind: "status", text: plan.message });
      } else {
        setNotice({ kind: "alert", text: plan.message });
      }
    },
    [map, onUnsaved],
  );

  const nonce = focusRequest?.nonce;
  const requestKey = focusRequest ? cellKey(focusRequest.ref) : null;
  useEffect(() => {
    if (requestKey) focusCell(requestKey, true);
  }, [nonce, requestKey, focusCell]);

  const total = grid.widths.reduce((a, b) => a + b, 0);
  const hasDerived = map.inputs.some((p) => p.derived);
  const renderRow = (row: GridCell[], r: number, head: boolean) => (
    <tr key={r}>
      {row.map((cell, i) => {
        if (cell.type === "text") {
          return <GridTextCell key={i} cell={cell} className={textClass(cell, head)} />;
        }
        const key = cellKey(cell.ref);
        const pos = map.byKey.get(key)!;
        const mark = marks.get(key);
        const unsaved = props.unsaved?.[key];
        return (
          <GridInputCell
            key={key}
            cellKey={key}
            name={cell.name}
            kind={cell.kind}
            value={getCell(report, cell.ref)}
            derived={cell.derived}
            readOnly={readOnly}
            colSpan={cell.colSpan}
            status={mark?.status ?? "none"}
            message={mark?.message ?? ""}
            comment={notes.get(key) ?? ""}
            commentable={Boolean(onCellComment)}
            alignEnd={pos.col + pos.colSpan > map.colCount / 2 + 1}
            popUp={pos.row + 1 > map.rowCount / 2}
            pasteToken={pasted.keys.get(key) ?? 0}
            unsavedText={unsaved?.text}
            unsavedMessage={unsaved?.message}
            onValue={onValue}
            onUnsaved={onUnsaved}
            onComment={onComment}
          />
        );
      })}
    </tr>
  );

  let rowIndex = grid.headerRows;
  return (
    <div className="report-grid">
      <table
        ref={tableRef}
        onKeyDown={onKeyDown}
        onPaste={onPaste}
        onMouseDown={readOnly ? undefined : onMouseDown}
        onDoubleClick={readOnly ? undefined : onDoubleClick}
        onFocus={onFocus}
        data-table={table}
        className="w-full min-w-[44rem] table-fixed border-collapse border border-slate-500 bg-white text-sm [&_td]:border [&_td]:border-slate-400 [&_th]:border [&_th]:border-slate-400"
      >
        <caption className="sr-only">{grid.title}</caption>
        <colgroup>
          {grid.widths.map((w, i) => (
            <col key={i} style={{ width: `${((w / total) * 100).toFixed(2)}%` }} />
          ))}
        </colgroup>
        {grid.headerRows > 0 && <thead>{grid.rows.slice(0, grid.headerRows).map((row, r) => renderRow(row, r, true))}</thead>}
        {bodies(grid.rows, grid.headerRows).map((rows, b) => (
          <tbody key={b}>{rows.map((row) => renderRow(row, rowIndex++, false))}</tbody>
        ))}
      </table>
      <div role="status" className="mt-2 text-sm text-slate-800">
        {notice?.kind === "status" ? notice.text : ""}
      </div>
      <div role="alert" className="text-sm font-medium text-red-700">
        {notice?.kind === "alert" ? notice.text : ""}
      </div>
      {!readOnly && (
        <p className="mt-1 text-xs text-slate-600">
          可从 Excel/WPS 复制整块数字，点选起始格后按 Ctrl+V 粘贴；单击选中格子后直接输入即替换原值，双击或按 F2 在原值中修改，Ctrl+Z 撤销上一次粘贴或修改；Enter 下移、Shift+Enter 上移，方向键移动。
          {hasDerived ? "灰色格为自动计算的合计，不用填写。" : ""}
        </p>
      )}
    </div>
  );
}

function textClass(cell: GridText, head: boolean): string {
  const base = "px-1.5 py-1 leading-snug";
  if (cell.role === "caption") return `${base} bg-slate-100`;
  if (cell.role === "note") return `${base} text-xs text-slate-700`;
  if (cell.role === "header" || head) return `${base} bg-slate-50 text-slate-800`;
  return `${base} text-slate-800`;
}

/** Memoised: the wizard re-renders on every change of its save status, which leaves the grid's props as they were. */
export const ReportTableGrid = memo(ReportTableGridImpl);
