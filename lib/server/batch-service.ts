import "server-only";
/**
 * 批量体检: a supervisor uploads many published reports (and .zip files of them);
 * they are queued in the database and read one at a time by the worker process,
 * off the request path. One unfinished batch per supervisor. Every batch and file
 * is looked up by its supervisor, and a report is saved only for a unit the
 * supervisor may see.
 */
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { check } from "@/lib/check";
import { ImportRefusal, type ImportNote } from "@/lib/import";
import { readZipParts, zipDirectory } from "@/lib/import/zip";
import { parseReport } from "@/lib/report/schema";
import type { Report } from "@/lib/report/types";
import { formatForYear } from "@/lib/template";
import type { ActingUser } from "./acting-user";
import { isVisibleOrganization, visibleOrganizationWhere } from "./access";
import { db } from "./db";
import { importedReportRow } from "./imported-report-row";

export const MAX_BATCH_FILES = 200;
export const MAX_BATCH_BYTES = 100 * 1024 * 1024;

export type StartResult = { ok: true; id: string } | { ok: false; message: string };

const SUPERVISOR_ONLY = "只有审核人可以批量体检所辖单位的年度报告。";

/** The files of an upload, with each .zip's files in its place (folders and Mac resource forks left out). */
function expand(files: Array<{ name: string; bytes: Uint8Array }>): Array<{ name: string; bytes: Uint8Array }> {
  const out: Array<{ name: string; bytes: Uint8Array }> = [];
  for (const f of files) {
    // By the zip signature, not detectKind: a stored (uncompressed) PDF inside shows "%PDF-" in the first bytes.
    const isZip = f.bytes[0] === 0x50 && f.bytes[1] === 0x4b && f.bytes[2] === 0x03 && f.bytes[3] === 0x04;
    const dir = isZip && /\.zip$/i.test(f.name) ? zipDirectory(f.bytes) : undefined;
    if (!dir || dir.names.includes("word/document.xml")) {
      out.push(f);
      continue;
    }
    const names = dir.names.filter((n) => !n.endsWith("/") && !n.startsWith("__MACOSX/") && !/(^|\/)\./.test(n));
    if (names.length > MAX_BATCH_FILES) throw new ImportRefusal("too-large", `压缩包“${f.name}”中有 ${names.length} 个文件，一次最多体检 ${MAX_BATCH_FILES} 份。`);
    const parts = readZipParts(f.bytes, dir, names);
    for (const n of names) if (parts[n]) out.push({ name: `${f.name}/${n}`, bytes: parts[n] });
  }
  return out;
}

export async function startBatch(user: ActingUser, files: Array<{ name: string; bytes: Uint8Array }>): Promise<StartResult> {
  if (user.role !== "supervisor" || !user.organizationId) return { ok: false, message: SUPERVISOR_ONLY };
  if (files.length === 0) return { ok: false, message: "请先选择要体检的文件。" };
  const busy = await db.importBatchFile.count({ where: { batch: { supervisorId: user.id }, status: { in: ["queued", "reading"] } } });
  if (busy > 0) return { ok: false, message: "上一批文件还在读取中，请等它读完再上传新的一批。" };
  let all;
  try {
    all = expand(files);
  } catch (e) {
    return { ok: false, message: e instanceof ImportRefusal ? `无法体检：${e.message}` : "无法体检：压缩包已损坏。" };
  }
  if (all.length > MAX_BATCH_FILES) return { ok: false, message: `一次最多体检 ${MAX_BATCH_FILES} 份文件，这次有 ${all.length} 份；请分批上传。` };
  const total = all.reduce((n, f) => n + f.bytes.length, 0);
  if (total > MAX_BATCH_BYTES) return { ok: false, message: `文件合计 ${(total / 1024 / 1024).toFixed(0)} MB，一次最多 ${MAX_BATCH_BYTES / 1024 / 1024} MB；请分批上传。` };

  const batch = await db.importBatch.create({
    data: {
      supervisorId: user.id,
      organizationId: user.organizationId,
      files: { create: all.map((f, i) => ({ position: i, fileName: f.name.slice(0, 300), bytes: Buffer.from(f.bytes) })) },
    },
    select: { id: true },
  });
  kickWorker();
  return { ok: true, id: batch.id };
}

/* ---------- the worker process ---------- */

const holder = globalThis as unknown as { batchWorker?: ChildProcess | null };

/** Starts the worker unless it runs; it drains the queue and exits, and is started again for files queued meanwhile. */
export function kickWorker(): void {
  if (holder.batchWorker && holder.batchWorker.exitCode === null) return;
  const child = spawn(process.execPath, [path.join(process.cwd(), "scripts", "import-batch-worker.mjs")], {
    env: process.env,
    stdio: ["ignore", "ignore", "inherit"],
  });
  holder.batchWorker = child;
  child.on("exit", () => {
    holder.batchWorker = null;
    void db.importBatchFile
      .count({ where: { status: "queued" } })
      .then((n) => (n > 0 ? kickWorker() : undefined))
      .catch(() => undefined);
  });
}

/* ---------- results ---------- */

export interface BatchRow {
  id: string;
  position: number;
  fileName: string;
  status: string;
  message: string | null;
  sourceKind: string | null;
  organName: string | null;
  year: number | null;
  format: string | null;
  errorCount: number;
  warningCount: number;
  noteCount: number;
  unitId: string | null;
  unitName: string | null;
  savedReportId: string | null;
  /** The matched unit already has a report of that year (not saved by this batch). */
  existingReportId: string | null;
}

export interface BatchView {
  id: string;
  createdAt: string;
  rows: BatchRow[];
  finished: boolean;
}

/** The supervisor's latest batch (or the given one), as the page polls it. */
export async function batchView(user: ActingUser, batchId?: string): Promise<BatchView | null> {
  if (user.role !== "supervisor") return null;
  const batch = await db.importBatch.findFirst({
    where: { supervisorId: user.id, ...(batchId ? { id: batchId } : {}) },
    orderBy: { createdAt: "desc" },
    include: {
      files: {
        orderBy: { position: "asc" },
        omit: { bytes: true, data: true, notes: true },
      },
    },
  });
  if (!batch) return null;
  // The matched units' names, of those the supervisor still sees: one query for at most MAX_BATCH_FILES
  // units (the page polls this every second; the whole subtree, 35,000 units in a province, is never read).
  const matchedIds = [...new Set(batch.files.flatMap((f) => (f.unitId ? [f.unitId] : [])))];
  const matched = matchedIds.length
    ? await db.organization.findMany({ where: { AND: [await visibleOrganizationWhere(user), { id: { in: matchedIds } }] }, select: { id: true, name: true } })
    : [];
  const names = new Map(matched.map((u) => [u.id, u.name]));
  const pairs = batch.files.filter((f) => f.unitId && f.year && names.has(f.unitId));
  const existing = pairs.length
    ? await db.report.findMany({
        where: { OR: pairs.map((f) => ({ organizationId: f.unitId!, year: f.year! })) },
        select: { id: true, organizationId: true, year: true },
      })
    : [];
  const byUnitYear = new Map(existing.map((r) => [`${r.organizationId}/${r.year}`, r.id]));
  const rows = batch.files.map((f) => {
    const unitId = f.unitId && names.has(f.unitId) ? f.unitId : null;
    const existingId = unitId && f.year ? (byUnitYear.get(`${unitId}/${f.year}`) ?? null) : null;
    return {
      id: f.id,
      position: f.position,
      fileName: f.fileName,
      status: f.status,
      message: f.message,
      sourceKind: f.sourceKind,
      organName: f.organName,
      year: f.year,
      format: f.format,
      errorCount: f.errorCount,
      warningCount: f.warningCount,
      noteCount: f.noteCount,
      unitId,
      unitName: unitId ? (names.get(unitId) ?? null) : null,
      savedReportId: f.savedReportId,
      existingReportId: existingId && existingId !== f.savedReportId ? existingId : null,
    };
  });
  const finished = rows.every((r) => r.status === "done" || r.status === "refused");
  // A server restarted mid-batch: the next poll starts the worker again.
  if (!finished) kickWorker();
  return { id: batch.id, createdAt: batch.createdAt.toISOString(), rows, finished };
}

/** Units offered by the picker of a 未匹配 row at a time; more are found by typing more of the name. */
export const UNIT_CHOICES = 20;

/**
 * The supervisor's units whose name contains `q` (all of them when empty), by name, at most
 * UNIT_CHOICES and whether there are more: the picker asks as the supervisor types, so a province's
 * tens of thousands of units never travel to the page.
 */
export async function searchBatchUnits(user: ActingUser, q: string): Promise<{ units: Array<{ id: string; name: string }>; more: boolean } | null> {
  if (user.role !== "supervisor") return null;
  const name = q.trim().slice(0, 50);
  const rows = await db.organization.findMany({
    where: { AND: [await visibleOrganizationWhere(user), { disabled: false }, name ? { name: { contains: name } } : {}] },
    select: { id: true, name: true },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    take: UNIT_CHOICES + 1,
  });
  return { units: rows.slice(0, UNIT_CHOICES), more: rows.length > UNIT_CHOICES };
}

async function ownFile(user: ActingUser, fileId: string) {
  if (user.role !== "supervisor") return null;
  return db.importBatchFile.findFirst({ where: { id: fileId, batch: { supervisorId: user.id } } });
}

export interface BatchFileView {
  id: string;
  fileName: string;
  unitName: string | null;
  report: Report;
  notes: ImportNote[];
}

export async function batchFileView(user: ActingUser, fileId: string): Promise<BatchFileView | null> {
  const f = await ownFile(user, fileId);
  if (!f || f.status !== "done" || !f.data) return null;
  const parsed = parseReport(JSON.parse(f.data));
  if (!parsed.ok) return null;
  const unit = f.unitId && (await isVisibleOrganization(user, f.unitId)) ? await db.organization.findUnique({ where: { id: f.unitId }, select: { name: true } }) : null;
  return { id: f.id, fileName: f.fileName, unitName: unit?.name ?? null, report: parsed.report, notes: JSON.parse(f.notes ?? "[]") as ImportNote[] };
}

export type RowResult = { ok: true } | { ok: false; message: string };

/** 未匹配 → the unit the supervisor picks (only one of theirs), or back to 未匹配. */
export async function setBatchUnit(user: ActingUser, fileId: string, unitId: string | null): Promise<RowResult> {
  const f = await ownFile(user, fileId);
  if (!f) return { ok: false, message: "找不到这份文件。" };
  if (f.savedReportId) return { ok: false, message: "这份文件已保存为报告，不能再改单位。" };
  if (unitId && !(await isVisibleOrganization(user, unitId))) return { ok: false, message: "只能选择您所辖的单位。" };
  await db.importBatchFile.update({ where: { id: f.id }, data: { unitId } });
  return { ok: true };
}

/** 保存为该单位 N 年报告（已发布）: only for a matched unit the supervisor may see, and a year it has no report of. */
export async function saveBatchFile(user: ActingUser, fileId: string): Promise<RowResult> {
  const f = await ownFile(user, fileId);
  if (!f || f.status !== "done" || !f.data || !f.year) return { ok: false, message: "找不到这份文件，或它没有读出报告。" };
  if (f.savedReportId) return { ok: false, message: "这份文件已保存为报告。" };
  if (!f.unitId || !(await isVisibleOrganization(user, f.unitId))) return { ok: false, message: "请先为这份文件选择所属单位。" };
  const parsed = parseReport(JSON.parse(f.data));
  if (!parsed.ok) return { ok: false, message: `无法保存：${parsed.errors[0]}` };
  const report = parsed.report;
  if (!formatForYear(report.year)) return { ok: false, message: `无法保存：${report.year} 年没有国家统一格式。` };
  const unitId = f.unitId;
  const exists = await db.report.findUnique({ where: { organizationId_year: { organizationId: unitId, year: report.year } }, select: { id: true } });
  if (exists) return { ok: false, message: `该单位 ${report.year} 年度报告已存在，不能再保存一份。` };
  const prevRow = await db.report.findUnique({ where: { organizationId_year: { organizationId: unitId, year: report.year - 1 } }, select: { data: true } });
  const prev = prevRow ? parseReport(JSON.parse(prevRow.data)) : undefined;
  const findings = check(report, prev?.ok ? prev.report : undefined);
  try {
    await db.$transaction(async (tx) => {
      const made = await tx.report.create({
        data: importedReportRow(report, findings, {
          organizationId: unitId,
          actorId: user.id,
          publishedUrl: null,
          comment: `批量体检时从已发布的报告导入（${f.fileName}）`,
        }),
        select: { id: true },
      });
      const linked = await tx.importBatchFile.updateMany({ where: { id: f.id, savedReportId: null }, data: { savedReportId: made.id } });
      if (linked.count !== 1) throw new Error("saved twice");
    });
    return { ok: true };
  } catch {
    return { ok: false, message: `无法保存：该单位 ${report.year} 年度报告已存在，或这份文件已保存。` };
  }
}

/** For the .xlsx: every read file with its report. */
export async function batchReports(user: ActingUser, batchId: string) {
  const view = await batchView(user, batchId);
  if (!view || view.id !== batchId) return null;
  const data = await db.importBatchFile.findMany({ where: { batchId }, select: { id: true, data: true } });
  const reports = new Map<string, Report>();
  for (const d of data) {
    if (!d.data) continue;
    const parsed = parseReport(JSON.parse(d.data));
    if (parsed.ok) reports.set(d.id, parsed.report);
  }
  return { view, reports };
}
