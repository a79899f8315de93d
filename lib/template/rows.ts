import type { RequestsTable, RowGroup, RowLeaf, RowNode } from "./types";

export function isGroup(node: RowNode): node is RowGroup {
  return "group" in node;
}

/** Data rows of table 三 in printed order. */
export function leafRows(nodes: RowNode[]): RowLeaf[] {
  const out: RowLeaf[] = [];
  const walk = (list: RowNode[]) => {
    for (const n of list) {
      if (isGroup(n)) walk(n.children);
      else out.push(n);
    }
  };
  walk(nodes);
  return out;
}

/** For each derived row, the non-derived data rows of its enclosing group (（七）总计 = （一）…（六）). */
export function derivedRowAddends(table: RequestsTable): Array<{ row: RowLeaf; addends: RowLeaf[] }> {
  const out: Array<{ row: RowLeaf; addends: RowLeaf[] }> = [];
  const walk = (list: RowNode[]) => {
    for (const n of list) {
      if (!isGroup(n)) continue;
      const leaves = leafRows(n.children);
      for (const child of n.children) {
        if (!isGroup(child) && child.derived) {
          out.push({ row: child, addends: leaves.filter((l) => !l.derived) });
        }
      }
      walk(n.children);
    }
  };
  walk(table.rows);
  return out;
}
