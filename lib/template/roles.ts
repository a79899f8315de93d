/**
 * Look-ups by role: the rules and the components ask the template which row, column or
 * group plays a part (二、上年结转, （七）总计, 规章, 行政复议 …) instead of spelling ids or labels.
 * A role a format must have and does not is a defect of the template: the look-up throws
 * with the format and the role, so a rule can never pass silently for want of its row.
 */
import { isGroup, leafRows } from "./rows";
import type {
  AppealsGroup,
  AppealsRole,
  OverviewPart,
  ProactiveBlock,
  ProactiveField,
  ProactiveFieldRole,
  ProactiveRow,
  ProactiveRowRole,
  RequestRowRole,
  RowLeaf,
  RowNode,
  Template,
} from "./types";

/** What the table 三 look-ups need: a template, or the parts of one still being built. */
type WithRequests = { format: string; tables: Pick<Template["tables"], "requests"> };

export class MissingRoleError extends Error {
  constructor(format: string, what: string) {
    super(`模板 ${format} 缺少${what}：规则无法执行，请补全模板定义。`);
    this.name = "MissingRoleError";
  }
}

function findNode(nodes: RowNode[], role: RequestRowRole): RowNode | undefined {
  for (const n of nodes) {
    if (n.role === role) return n;
    if (isGroup(n)) {
      const inner = findNode(n.children, role);
      if (inner) return inner;
    }
  }
  return undefined;
}

/** The row or group of table 三 with that role, if the format has one. */
export function findRequestNode(t: WithRequests, role: RequestRowRole): RowNode | undefined {
  return findNode(t.tables.requests.rows, role);
}

/** The data rows a role covers: the row itself, or every data row of its group (（三）1–8). Throws if absent. */
export function requestRowsOf(t: WithRequests, role: RequestRowRole): RowLeaf[] {
  const node = findRequestNode(t, role);
  if (!node) throw new MissingRoleError(t.format, `表三中角色为 ${role} 的行`);
  return isGroup(node) ? leafRows(node.children) : [node];
}

/** The one data row with that role (二、上年结转, （七）总计 …). Throws if absent or a group. */
export function requestRow(t: WithRequests, role: RequestRowRole): RowLeaf {
  const node = findRequestNode(t, role);
  if (!node || isGroup(node)) throw new MissingRoleError(t.format, `表三中角色为 ${role} 的数据行`);
  return node;
}

/** Row id of the data row with that role. */
export const requestRowId = (t: WithRequests, role: RequestRowRole): string => requestRow(t, role).id;

/** The block and row of table 二 with that role. Throws if absent. */
export function proactiveRow(t: Template, role: ProactiveRowRole): { block: ProactiveBlock; row: ProactiveRow } {
  for (const block of t.tables.proactive.blocks) {
    const row = block.rows.find((r) => r.role === role);
    if (row) return { block, row };
  }
  throw new MissingRoleError(t.format, `表二中角色为 ${role} 的行`);
}

/** The field of a table 二 block with that role. Throws if absent. */
export function proactiveField(t: Template, block: ProactiveBlock, role: ProactiveFieldRole): ProactiveField {
  const f = block.fields.find((x) => x.role === role);
  if (!f) throw new MissingRoleError(t.format, `表二“${block.caption}”中角色为 ${role} 的列`);
  return f;
}

/** The groups of table 四 with those roles, in template order. Throws if one is absent. */
export function appealsGroups(t: Template, roles: readonly AppealsRole[]): AppealsGroup[] {
  return roles.map((role) => {
    const g = t.tables.appeals.groups.find((x) => x.role === role);
    if (!g) throw new MissingRoleError(t.format, `表四中角色为 ${role} 的栏目`);
    return g;
  });
}

/** 行政诉讼 is counted in two groups: 未经复议直接起诉 and 复议后起诉. */
export const LITIGATION: readonly AppealsRole[] = ["litigationDirect", "litigationAfterReconsideration"];

/** The part of 一、总体情况 with that role. Throws if absent. */
export function overviewPart(t: Template, role: NonNullable<OverviewPart["role"]>): OverviewPart {
  const p = t.overviewParts.find((x) => x.role === role);
  if (!p) throw new MissingRoleError(t.format, `总体情况中角色为 ${role} 的部分`);
  return p;
}

/** The column of a matrix table that is its 总计 (the derived one). Throws if absent. */
export function totalColumn(t: Template, table: "requests" | "appeals"): number {
  const i = t.tables[table].columns.findIndex((c) => c.derived);
  if (i < 0) throw new MissingRoleError(t.format, `${table === "requests" ? "表三" : "表四"}的总计列`);
  return i;
}
