import "server-only";
/**
 * 导入 JSON 报告: a REPORT-JSON file becomes the clerk's unit's report of its
 * year. Everything is checked before the single INSERT (storeNewReport), so a
 * refused file changes nothing.
 */
import { parseReportJson } from "@/lib/report/json-io";
import { fillDerived } from "@/lib/report/fill-derived";
import { formatForYear } from "@/lib/template";
import type { ActingUser } from "./acting-user";
import { db } from "./db";
import { can } from "./permissions";
import { existsMessage, organOfUnit, previousReport, storeNewReport } from "./report-service";

export type ImportResult = { ok: true; id: string } | { ok: false; message: string; errors?: string[]; existingId?: string };

/** How many of the schema's messages a refusal lists; the rest are counted. */
const LISTED = 5;

export async function importReport(user: ActingUser, text: string): Promise<ImportResult> {
  if (!can(user, "report.create") || !user.organizationId) return { ok: false, message: "只有单位填报人可以导入本单位的年度报告。" };

  const read = parseReportJson(text);
  if (!read.ok) {
    if (read.stage === "json") return { ok: false, message: `无法导入：${read.errors[0]}` };
    const more = read.errors.length > LISTED ? [`……另有 ${read.errors.length - LISTED} 处问题`] : [];
    return { ok: false, message: "无法导入：文件不是有效的年度报告。", errors: [...read.errors.slice(0, LISTED), ...more] };
  }
  const imported = read.report;
  // R6: the year decides the format (2019 格式 for 2019–2020, 2021 格式 from 2021).
  const expected = formatForYear(imported.year);
  if (!expected) return { ok: false, message: `无法导入：${imported.year} 年没有国家统一格式（2019 年起才有）。` };
  if (imported.format !== expected) {
    return { ok: false, message: `无法导入：${imported.year} 年度报告应使用 ${expected}年格式，文件使用的是 ${imported.format}年格式。` };
  }
  const latest = new Date().getFullYear() + 1;
  if (imported.year > latest) return { ok: false, message: `无法导入：年度不能晚于 ${latest} 年。` };

  const existing = await db.report.findUnique({
    where: { organizationId_year: { organizationId: user.organizationId, year: imported.year } },
  });
  if (existing) return { ok: false, message: `无法导入：${existsMessage(imported.year)}`, existingId: existing.id };

  // The report belongs to the importing unit whatever unit wrote the file.
  const organ = await organOfUnit(user);
  const report = fillDerived({ ...imported, organ });
  const result = await storeNewReport(user, report, {
    previous: await previousReport(user, { organizationId: user.organizationId, year: report.year }),
    note: "从 JSON 文件导入新建",
  });
  return result.ok ? result : { ok: false, message: `无法导入：${result.message}`, existingId: result.existingId };
}
