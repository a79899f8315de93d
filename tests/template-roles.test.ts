/**
 * The template's fact dictionary: every role a rule or a component asks for exists in every
 * format (and in the test-only third one), once; nothing outside lib/template spells a row id;
 * and a format that lacks a role its rules need fails at once, loudly, instead of the rule
 * quietly finding nothing.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import {
  appealsGroups,
  findRequestNode,
  isGroup,
  leafRows,
  LITIGATION,
  MissingRoleError,
  overviewPart,
  OVERVIEW_KEYS,
  proactiveField,
  proactiveRow,
  REQUEST_ROW_ROLES,
  requestRow,
  requestRowsOf,
  TEMPLATES,
  totalColumn,
  type AppealsRole,
  type RowNode,
  type Template,
} from "@/lib/template";
import { inputCells } from "@/lib/template/layout";
import { FORMAT_TEST, withTestFormat } from "./support/format-test";

const ALL: Template[] = [...TEMPLATES, FORMAT_TEST];
const SINGLE_ROWS = ["newRequests", "carriedOver", "granted", "partlyGranted", "totalHandled", "carriedForward"] as const;
const APPEALS_ROLES: AppealsRole[] = ["reconsideration", ...LITIGATION];

function rolesIn(nodes: RowNode[]): string[] {
  return nodes.flatMap((n) => [...(n.role ? [n.role] : []), ...(isGroup(n) ? rolesIn(n.children) : [])]);
}

describe.each(ALL.map((t) => [t.format, t] as const))("format %s names every role", (_format, t) => {
  it("has each row role of table 三 once, the single ones on data rows", () => {
    const roles = rolesIn(t.tables.requests.rows);
    expect(new Set(roles).size).toBe(roles.length);
    for (const role of REQUEST_ROW_ROLES) expect(requestRowsOf(t, role).length).toBeGreaterThan(0);
    for (const role of SINGLE_ROWS) expect(isGroup(requestRow(t, role))).toBe(false);
    expect(totalColumn(t, "requests")).toBe(t.tables.requests.columns.length - 1);
  });

  it("covers every outcome row of 三、本年度办理结果 by exactly one outcome role", () => {
    const outcomes = ["granted", "partlyGranted", "refused", "unavailable", "notProcessed", "otherHandling"] as const;
    const covered = outcomes.flatMap((r) => requestRowsOf(t, r).map((x) => x.id));
    const total = requestRow(t, "totalHandled");
    const group = t.tables.requests.rows.find((n) => isGroup(n) && leafRows(n.children).some((l) => l.id === total.id));
    expect(group).toBeDefined();
    const inGroup = leafRows((group as { children: RowNode[] }).children).filter((l) => !l.derived).map((l) => l.id);
    expect(covered.sort()).toEqual(inGroup.sort());
  });

  it("has 规章 and 规范性文件 in table 二, and the W2 columns where W2 applies", () => {
    const reg = proactiveRow(t, "regulations");
    const docs = proactiveRow(t, "normativeDocuments");
    expect(reg.block).toBe(docs.block);
    if (t.rules.inForceContinuity) {
      for (const role of ["issued", "repealed", "inForce"] as const) expect(proactiveField(t, reg.block, role).key).toBeTruthy();
    }
  });

  it("has the three proceedings of table 四 and the 总计 column", () => {
    expect(appealsGroups(t, APPEALS_ROLES).map((g) => g.key)).toEqual(t.tables.appeals.groups.map((g) => g.key));
    expect(totalColumn(t, "appeals")).toBe(t.tables.appeals.columns.length - 1);
  });

  it("has the five parts of 总体情况, with the 依申请公开 and 监督保障 roles", () => {
    expect(t.overviewParts.map((p) => p.key)).toEqual([...OVERVIEW_KEYS]);
    expect(overviewPart(t, "onRequest").key).toBeTruthy();
    expect(overviewPart(t, "oversight").key).toBeTruthy();
  });

  it("relates only cells the tables have", () => {
    const cells = new Set(inputCells(t).map((c) => JSON.stringify(c.ref)));
    const refs = t.relations.flatMap((r) => (r.kind === "sum" ? [r.target, ...r.addends] : [...r.lhs, ...r.rhs, r.at]));
    for (const ref of refs) expect(cells, JSON.stringify(ref)).toContain(JSON.stringify(ref));
  });
});

describe("ids stay in the template", () => {
  const ROOT = path.resolve(__dirname, "..");
  const sources = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const p = path.join(dir, name);
      if (statSync(p).isDirectory()) return name === "generated" || name === "template" ? [] : sources(p);
      return /\.tsx?$/.test(name) ? [p] : [];
    });

  // Role names are the shared vocabulary and may be spelled anywhere; the ids of a format may not
  // (the test-only format, whose ids differ from its roles, proves the code does not rely on them).
  const ROLE_NAMES = new Set<string>([
    ...REQUEST_ROW_ROLES,
    "feeUnpaid",
    "regulations",
    "normativeDocuments",
    "issued",
    "repealed",
    "inForce",
    ...APPEALS_ROLES,
  ]);

  it("no file in lib/, components/ or app/ outside lib/template spells a row id or group key as a string", () => {
    const ids = new Set(
      TEMPLATES.flatMap((t) => [
        ...leafRows(t.tables.requests.rows).map((r) => r.id),
        ...t.tables.proactive.blocks.flatMap((b) => b.rows.map((r) => r.key)),
        ...t.tables.appeals.groups.map((g) => g.key),
      ]),
    );
    const offenders: string[] = [];
    for (const file of ["lib", "components", "app"].flatMap((d) => sources(path.join(ROOT, d)))) {
      const text = readFileSync(file, "utf8");
      for (const m of text.matchAll(/["'`]([A-Za-z.]+)["'`]/g)) {
        if (ids.has(m[1]) && !ROLE_NAMES.has(m[1])) offenders.push(`${path.relative(ROOT, file)}: "${m[1]}"`);
      }
    }
    expect(offenders).toEqual([]);
  });
});

describe("a format without a role its rules need", () => {
  afterEach(() => {
    vi.doUnmock("@/lib/template");
    vi.resetModules();
  });

  it("fails the look-up with the format and the role named", () => {
    const broken = structuredClone(FORMAT_TEST);
    const over = findRequestNode(broken, "carriedOver")!;
    delete over.role;
    expect(() => requestRow(broken, "carriedOver")).toThrow(MissingRoleError);
    expect(() => requestRow(broken, "carriedOver")).toThrow(/模板 2025 缺少表三中角色为 carriedOver 的数据行/);
  });

  it("stops the checker from loading rather than letting W1 pass silently", async () => {
    const broken = structuredClone(FORMAT_TEST);
    delete findRequestNode(broken, "carriedForward")!.role;
    vi.resetModules();
    vi.doMock("@/lib/template", async (importOriginal) => withTestFormat(await importOriginal(), broken));
    await expect(import("@/lib/check")).rejects.toThrow(/模板 2025 缺少表三中角色为 carriedForward/);
  });

  it("stops W2 from loading where the format says it applies but a column has no role", async () => {
    const broken = structuredClone(FORMAT_TEST);
    delete broken.tables.proactive.blocks[0].fields[2].role;
    vi.resetModules();
    vi.doMock("@/lib/template", async (importOriginal) => withTestFormat(await importOriginal(), broken));
    await expect(import("@/lib/check")).rejects.toThrow(/现行有效|inForce/);
  });
});

describe("docs/report-json.md", () => {
  it("names every row, field and group key of every format", () => {
    const doc = readFileSync(path.resolve(__dirname, "../docs/report-json.md"), "utf8");
    const keys = TEMPLATES.flatMap((t) => [
      ...leafRows(t.tables.requests.rows).map((r) => r.id),
      ...t.tables.proactive.blocks.flatMap((b) => [...b.rows.map((r) => r.key), ...b.fields.map((f) => f.key)]),
      ...t.tables.appeals.groups.map((g) => g.key),
    ]);
    for (const k of new Set(keys)) expect(doc, k).toContain(`\`${k}\``);
    for (const k of OVERVIEW_KEYS) expect(doc, k).toContain(`"${k}"`);
  });
});
