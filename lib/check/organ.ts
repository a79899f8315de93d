/**
 * W4: only 省级 and 设区的市级 governments make 规章 (《立法法》第九十三条); a township,
 * a street or a department reporting 规章 has most likely put its 规范性文件 in the wrong row.
 */
import { tableName } from "../report/describe";
import type { Finding, Report } from "../report/types";
import { MAY_MAKE_REGULATIONS, ORGAN_KINDS, proactiveRow, TEMPLATES, type CellRef, type FormatId, type Template } from "../template";

interface RowSpec {
  key: string;
  label: string;
  fields: Array<{ key: string; label: string; ref: CellRef }>;
}

function regulationsRow(t: Template): RowSpec {
  const { block, row } = proactiveRow(t, "regulations");
  return {
    key: row.key,
    label: `${tableName(t, "proactive")} ${row.label}`,
    fields: block.fields.map((f) => ({
      key: f.key,
      label: f.label,
      ref: { table: "proactive", row: row.key, column: f.key },
    })),
  };
}

const ROWS = new Map<FormatId, RowSpec>(TEMPLATES.map((t) => [t.format, regulationsRow(t)]));

export function checkOrganLevel(report: Report, out: Finding[]): void {
  if (MAY_MAKE_REGULATIONS.has(report.organ.kind)) return;
  const spec = ROWS.get(report.format);
  if (!spec) return;
  const row = report.tables.proactive[spec.key];
  if (!row) return;
  let nonZero: RowSpec["fields"] | undefined;
  for (const f of spec.fields) {
    const v = row[f.key];
    if (typeof v === "number" && v > 0) (nonZero ??= []).push(f);
  }
  if (!nonZero) return;
  const kindName = ORGAN_KINDS[report.organ.kind] ?? report.organ.kind;
  const filled = nonZero.map((f) => `${f.label} ${row[f.key]}`).join("、");
  out.push({
    rule: "W4",
    severity: "warning",
    table: "proactive",
    row: spec.key,
    column: nonZero[0].key,
    message: `${spec.label}：${kindName}不制定规章（只有省级和设区的市级人民政府可以制定规章），这里却填了${filled}；本机关的规范性文件应填在下一行。`,
    cells: nonZero.map((f) => f.ref),
  });
}
