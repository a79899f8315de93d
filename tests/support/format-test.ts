/**
 * A third national format that exists only in the tests: what a new format file in
 * lib/template would look like. Its row ids, group keys and field keys differ from the
 * real formats' on purpose (二 is `broughtIn`, 四 is `toNextYear`, 规章 is `rules` …), so a
 * rule or a component that spells an id instead of asking the template for a role breaks here.
 * It serves 2025 onward; `withTestFormat` ends the 2021 format at 2024.
 */
import { APPEALS_TABLE, OVERVIEW_PARTS, requestsTable, SECTIONS } from "@/lib/template/common";
import { FORMAT_2021 } from "@/lib/template/format-2021";
import { buildRelations } from "@/lib/template/relations";
import type { AppealsTable, FormatId, RequestsTable, RowNode, Template } from "@/lib/template/types";

export const TEST_FORMAT_ID = "2025" as FormatId;

const RENAMED: Record<string, string> = {
  newRequests: "received",
  carriedOver: "broughtIn",
  granted: "disclosed",
  totalHandled: "handledTotal",
  carriedForward: "toNextYear",
};

function renameRows(nodes: RowNode[]): RowNode[] {
  return nodes.map((n) =>
    "group" in n ? { ...n, children: renameRows(n.children) } : { ...n, id: RENAMED[n.id] ?? n.id.replace(/^refused\./, "withheld.") },
  );
}

const base = requestsTable({
  group: true,
  role: "otherHandling",
  text: "（六）其他处理",
  children: [
    { id: "other.noCorrection", short: "（六）1", text: "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请" },
    { id: "other.unpaid", role: "feeUnpaid", short: "（六）2", text: "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请" },
    { id: "other.rest", short: "（六）3", text: "3.其他" },
  ],
});
const requests: RequestsTable = { ...base, rows: renameRows(base.rows) };

const FIELD_KEYS: Record<string, string> = { issued: "made", repealed: "lapsed", inForce: "valid" };
const ROW_KEYS: Record<string, string> = { regulations: "rules", normativeDocuments: "normative" };

const appeals: AppealsTable = {
  ...APPEALS_TABLE,
  groups: [
    { key: "review", role: "reconsideration", label: "行政复议" },
    { key: "suitDirect", role: "litigationDirect", label: "行政诉讼（未经复议直接起诉）" },
    { key: "suitAfterReview", role: "litigationAfterReconsideration", label: "行政诉讼（复议后起诉）" },
  ],
};

export const FORMAT_TEST: Template = {
  format: TEST_FORMAT_ID,
  notice: "测试用格式（仅用于测试）",
  years: { from: 2025, to: null },
  sections: SECTIONS,
  overviewParts: OVERVIEW_PARTS,
  rules: { overviewPartsRequired: true, inForceContinuity: true },
  tables: {
    proactive: {
      ...FORMAT_2021.tables.proactive,
      // 第二十条第（一）项 with its own keys, and 第（八）项 alone.
      blocks: [
        {
          ...FORMAT_2021.tables.proactive.blocks[0],
          fields: FORMAT_2021.tables.proactive.blocks[0].fields.map((f) => ({ ...f, key: FIELD_KEYS[f.key] ?? f.key })),
          rows: FORMAT_2021.tables.proactive.blocks[0].rows.map((r) => ({ ...r, key: ROW_KEYS[r.key] ?? r.key })),
        },
        FORMAT_2021.tables.proactive.blocks[3],
      ],
    },
    requests,
    appeals,
  },
  relations: buildRelations(TEST_FORMAT_ID, requests, appeals),
};

/**
 * The exports of lib/template with the test format added (newest first) and 2021 ending at 2024:
 * exactly what adding a format file and its entry in TEMPLATES does.
 */
export function withTestFormat(actual: typeof import("@/lib/template"), extra: Template = FORMAT_TEST) {
  return {
    ...actual,
    ...actual.templateRegistry([extra, { ...FORMAT_2021, years: { from: 2021, to: 2024 } }, ...actual.TEMPLATES.slice(1)]),
  };
}
