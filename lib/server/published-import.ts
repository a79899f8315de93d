import "server-only";
/**
 * 导入已发布的报告: a clerk's unit's report as it was published (PDF, .docx,
 * web page, pasted text) is read by lib/import, kept with its original file
 * (PublishedImport), corrected by the clerk beside the source, and then becomes
 * the unit's report of its year in the status 已发布, so that next year's report
 * can start from it. Nothing here trusts an id: every row is looked up within
 * the units the acting user may see.
 */
import { check, findingCounts } from "@/lib/check";
import { importReport, ImportRefusal, type ImportNote } from "@/lib/import";
import { MAX_FILE_BYTES } from "@/lib/import/limits";
import { fillDerived } from "@/lib/report/fill-derived";
import { rollupOf } from "@/lib/report/rollup";
import { parseReport } from "@/lib/report/schema";
import type { Report } from "@/lib/report/types";
import { formatForYear } from "@/lib/template";
import type { ActingUser } from "./acting-user";
import { visibleOrganizationWhere } from "./access";
import { db } from "./db";
import { existsMessage, organOfUnit, previousReport } from "./report-service";
import { sourceTextOf } from "./source-text";

export { MAX_FILE_BYTES };

export type ReadResult = { ok: true; id: string } | { ok: false; message: string };

const CLERK_ONLY = "只有单位填报人可以导入本单位已发布的年度报告。";

/** Reads the file and keeps it with what was read; a file that is not a readable report is refused and nothing is stored. */
export async function readPublishedFile(user: ActingUser, input: { bytes: Uint8Array; fileName: string }): Promise<ReadResult> {
  if (user.role !== "clerk" || !user.organizationId) return { ok: false, message: CLERK_ONLY };
  const fileName = (input.fileName || "粘贴的文本.txt").slice(0, 200);
  if (input.bytes.length === 0) return { ok: false, message: "请先选择文件，或粘贴报告的文字。" };
  if (input.bytes.length > MAX_FILE_BYTES) {
    return { ok: false, message: `文件过大（${(input.bytes.length / 1024 / 1024).toFixed(1)} MB），年报文件一般不超过 ${MAX_FILE_BYTES / 1024 / 1024} MB。` };
  }
  let read;
  try {
    read = await importReport(input.bytes, fileName);
  } catch (e) {
    if (e instanceof ImportRefusal) return { ok: false, message: `无法导入：${e.message}` };
    return { ok: false, message: "无法导入：文件已损坏，或不是年报（PDF、Word .docx、网页或文本）。" };
  }
  const row = await db.publishedImport.create({
    data: {
      organizationId: user.organizationId,
      uploadedById: user.id,
      fileName,
      sourceKind: read.source,
      bytes: Buffer.from(input.bytes),
      data: JSON.stringify(read.report),
      notes: JSON.stringify(read.notes),
      sourceText: read.source === "pdf" ? "" : await sourceTextOf(input.bytes, read.source),
      publishedUrl: read.report.meta.publishUrl ?? null,
    },
    select: { id: true },
  });
  return { ok: true, id: row.id };
}

export interface PublishedImportView {
  id: string;
  fileName: string;
  sourceKind: string;
  sourceText: string;
  report: Report;
  notes: ImportNote[];
  unitName: string;
  /** The unit's report of that year, if it has one already (saving is then refused). */
  existingId?: string;
  /** The report this import became. */
  reportId?: string;
  previous?: Report;
}

async function findVisibleImport(user: ActingUser, id: string) {
  if (user.role === "admin") return null;
  return db.publishedImport.findFirst({
    where: { id, organization: await visibleOrganizationWhere(user) },
    include: { organization: { select: { name: true } } },
  });
}

export async function loadPublishedImport(user: ActingUser, id: string): Promise<PublishedImportView | null> {
  const row = await findVisibleImport(user, id);
  if (!row) return null;
  const parsed = parseReport(JSON.parse(row.data));
  if (!parsed.ok) return null;
  const report = fillDerived(parsed.report);
  const existing = await db.report.findUnique({
    where: { organizationId_year: { organizationId: row.organizationId, year: report.year } },
    select: { id: true },
  });
  return {
    id: row.id,
    fileName: row.fileName,
    sourceKind: row.sourceKind,
    sourceText: row.sourceText,
    report,
    notes: JSON.parse(row.notes) as ImportNote[],
    unitName: row.organization.name,
    existingId: existing && existing.id !== row.reportId ? existing.id : undefined,
    reportId: row.reportId ?? undefined,
    previous: await previousReport(user, { organizationId: row.organizationId, year: report.year }),
  };
}

/** The original file, for the source view and its download. */
export async function publishedImportFile(user: ActingUser, id: string) {
  const row = await findVisibleImport(user, id);
  if (!row) return null;
  return { fileName: row.fileName, sourceKind: row.sourceKind, bytes: new Uint8Array(row.bytes) };
}

/** The original file of a report that was imported from a publication. */
export async function originalOfReport(user: ActingUser, reportId: string) {
  if (user.role === "admin") return null;
  return db.publishedImport.findFirst({
    where: { reportId, organization: await visibleOrganizationWhere(user) },
    select: { id: true, fileName: true, publishedUrl: true },
  });
}

export type SaveImportResult = { ok: true; id: string } | { ok: false; message: string; existingId?: string };

/**
 * 导入为 N 年报告: the clerk's corrected report becomes the unit's report of its
 * year, 已发布. The organ name is the clerk's explicit choice when the file's
 * name differs from the unit's (units are renamed and merged; the published
 * name is not silently replaced).
 */
export async function savePublishedImport(
  user: ActingUser,
  id: string,
  input: { data: unknown; organName: "unit" | "file" | undefined },
): Promise<SaveImportResult> {
  if (user.role !== "clerk" || !user.organizationId) return { ok: false, message: CLERK_ONLY };
  const row = await findVisibleImport(user, id);
  if (!row || row.organizationId !== user.organizationId) return { ok: false, message: "找不到这次导入，或您无权操作。" };
  if (row.reportId) return { ok: false, message: "这份文件已经导入为报告。", existingId: row.reportId };
  const parsed = parseReport(input.data);
  if (!parsed.ok) return { ok: false, message: `无法保存：${parsed.errors[0]}` };
  const report = fillDerived(parsed.report);
  if (!formatForYear(report.year)) return { ok: false, message: `无法保存：${report.year} 年没有国家统一格式（2019 年起才有）。` };
  const latest = new Date().getFullYear();
  if (report.year > latest) return { ok: false, message: `无法保存：已发布的年度报告不能晚于 ${latest} 年度。` };

  const unitName = row.organization.name;
  if (report.organ.name.trim() !== unitName) {
    if (input.organName === undefined) {
      return { ok: false, message: `文件中的机关名称“${report.organ.name}”与本单位名称“${unitName}”不同，请先选择报告使用哪一个名称。` };
    }
    if (input.organName === "unit") report.organ = await organOfUnit(user);
  }

  const existing = await db.report.findUnique({
    where: { organizationId_year: { organizationId: row.organizationId, year: report.year } },
    select: { id: true },
  });
  if (existing) return { ok: false, message: `无法保存：${existsMessage(report.year)}`, existingId: existing.id };

  const findings = check(report, await previousReport(user, { organizationId: row.organizationId, year: report.year }));
  const publishedAt = report.meta.signedOn ? new Date(`${report.meta.signedOn}T00:00:00+08:00`) : null;
  try {
    const created = await db.$transaction(async (tx) => {
      const made = await tx.report.create({
        data: {
          organizationId: row.organizationId,
          year: report.year,
          format: report.format,
          status: "published",
          data: JSON.stringify(report),
          rollup: JSON.stringify(rollupOf(report)),
          updatedById: user.id,
          publishedAt: publishedAt && !Number.isNaN(publishedAt.getTime()) ? publishedAt : null,
          publishedUrl: report.meta.publishUrl ?? row.publishedUrl,
          ...findingCounts(findings),
          events: { create: { actorId: user.id, fromStatus: "", toStatus: "published", comment: `从已发布的报告导入（${row.fileName}）` } },
        },
        select: { id: true },
      });
      const linked = await tx.publishedImport.updateMany({ where: { id: row.id, reportId: null }, data: { reportId: made.id } });
      if (linked.count !== 1) throw new Error("already linked");
      return made;
    });
    return { ok: true, id: created.id };
  } catch {
    const again = await db.report.findUnique({
      where: { organizationId_year: { organizationId: row.organizationId, year: report.year } },
      select: { id: true },
    });
    if (again) return { ok: false, message: `无法保存：${existsMessage(report.year)}`, existingId: again.id };
    return { ok: false, message: "保存失败，请刷新页面后重试。" };
  }
}
