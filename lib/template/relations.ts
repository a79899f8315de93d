/**
 * The 勾稽关系 (see docs/rules.md) as data, derived from the table definitions:
 * R1 the balance printed in table 三's note, R2 row totals of table 三,
 * R3 （七）总计 of table 三, R4 the 总计 of each table 四 group.
 * Derived sums come in dependency order so that evaluating them in turn fills a report.
 */
import { REQUEST_BALANCE } from "./common";
import { requestRowId } from "./roles";
import { derivedRowAddends, leafRows } from "./rows";
import type { AppealsTable, CellRef, FormatId, Relation, RequestsTable, SumRelation } from "./types";

const req = (row: string, column: number): CellRef => ({ table: "requests", row, column });

export function buildRelations(format: FormatId, requests: RequestsTable, appeals: AppealsTable): Relation[] {
  const own = { format, tables: { requests } };
  const lhsIds = REQUEST_BALANCE.lhs.map((role) => requestRowId(own, role));
  const rhsIds = REQUEST_BALANCE.rhs.map((role) => requestRowId(own, role));
  const rows = leafRows(requests.rows);
  const cols = requests.columns;
  const inputCols = cols.map((c, i) => ({ c, i })).filter(({ c }) => !c.derived);
  const short = new Map(rows.map((r) => [r.id, r.short]));

  const rowTotals = (rowIds: string[]): SumRelation[] =>
    rowIds.flatMap((row) =>
      cols
        .map((c, i) => ({ c, i }))
        .filter(({ c }) => c.derived)
        .map(({ c, i }) => ({
          kind: "sum" as const,
          rule: "R2",
          target: req(row, i),
          addends: inputCols.map(({ i: j }) => req(row, j)),
          derived: true,
          along: short.get(row) ?? row,
          targetName: c.short,
          addendsName: inputCols.map(({ c: ic }) => ic.short).join("＋"),
        })),
    );

  const derivedRows = derivedRowAddends(requests);
  const derivedIds = new Set(derivedRows.map((d) => d.row.id));

  const columnTotals: SumRelation[] = derivedRows.flatMap(({ row, addends }) =>
    inputCols.map(({ c, i }) => ({
      kind: "sum" as const,
      rule: "R3",
      target: req(row.id, i),
      addends: addends.map((a) => req(a.id, i)),
      derived: true,
      along: c.short,
      targetName: row.short,
      addendsName: `${addends[0].short}至${addends[addends.length - 1].short.replace(/\d+$/, "")}之和`,
    })),
  );

  const balance: Relation[] = cols.map((c, i) => ({
    kind: "equal" as const,
    rule: "R1",
    lhs: lhsIds.map((r) => req(r, i)),
    rhs: rhsIds.map((r) => req(r, i)),
    at: req(rhsIds[rhsIds.length - 1], i),
    along: c.short,
    lhsName: lhsIds.map((r) => short.get(r)).join("＋"),
    rhsName: rhsIds.map((r) => short.get(r)).join("＋"),
  }));

  const appealTotals: SumRelation[] = appeals.groups.flatMap((g) =>
    appeals.columns
      .map((c, i) => ({ c, i }))
      .filter(({ c }) => c.derived)
      .map(({ c, i }) => {
        const parts = appeals.columns.map((pc, j) => ({ pc, j })).filter(({ pc }) => !pc.derived);
        return {
          kind: "sum" as const,
          rule: "R4",
          target: { table: "appeals" as const, row: g.key, column: i },
          addends: parts.map(({ j }) => ({ table: "appeals" as const, row: g.key, column: j })),
          derived: true,
          along: g.label,
          targetName: c.short,
          addendsName: parts.map(({ pc }) => pc.short).join("＋"),
        };
      }),
  );

  return [
    ...rowTotals(rows.filter((r) => !derivedIds.has(r.id)).map((r) => r.id)),
    ...columnTotals,
    ...rowTotals([...derivedIds]),
    ...appealTotals,
    ...balance,
  ];
}
