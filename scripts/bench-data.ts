/**
 * `npm run bench:data -- --units N --years Y`: fills the database at DATABASE_URL with the demo
 * accounts and N synthetic units under 示例区政务公开办 (so `shenhe` supervises them all), in a
 * province-like tree — cities (with their departments) → counties (with their departments) →
 * townships and streets — each with Y years of reports in mixed statuses, their history, and the
 * roll-ups the dashboard sums. Report data is a demo report's (valid REPORT-JSON), its numbers
 * scaled per unit; errorCount/warningCount are check()'s on that data.
 *
 * Also --clerks N (default 100) clerk accounts that can sign in (bench_clerk_000 …, one password:
 * bench-clerks.ts), each on a unit of its own whose latest report is a draft — for the autosave bench.
 *
 * SQLite (file:…) or PostgreSQL (postgresql://…, created empty beforehand). Options: --under <unit
 * id> (default org-district), --last-year <year> (default: last year, whose reports are handed in
 * this January), --force (allowed on data/nianbao.db), --skip-migrate (the database is known to be
 * migrated, e.g. a running e2e server's). Earlier synthetic rows (ids "bench-…") are replaced.
 * Inserts bypass Prisma (bench-writers.ts): prepared statements in one transaction on SQLite,
 * multi-row INSERTs of up to 1,000 rows on PostgreSQL (35,000 units × 7 years in about 80 s).
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { hashPassword } from "better-auth/crypto";
import type { PrismaClient } from "../lib/generated/prisma/client";
import { check, findingCounts } from "../lib/check";
import { fillDerived } from "../lib/report/fill-derived";
import { rollupOf } from "../lib/report/rollup";
import { parseReport } from "../lib/report/schema";
import type { Report } from "../lib/report/types";
import { databaseProvider, databaseUrl } from "../lib/server/database-url";
import { connectPrisma } from "../lib/server/prisma-connect";
import { formatForYear } from "../lib/template";
import { seed } from "../prisma/seed";
import { BENCH_CLERK_PASSWORD, benchClerkUsername } from "./bench-clerks";
import { BENCH_PREFIX, buildTree, clerkUnitIndexes, type Unit } from "./bench-tree";
import { openWriter, type Row, type Writer } from "./bench-writers";

export { BENCH_PREFIX };
const ROOT = path.resolve(__dirname, "..");

interface Options {
  units: number;
  years: number;
  under: string;
  lastYear: number;
  /** Bench clerk accounts (bench-clerks.ts), each on a unit of its own with a draft of the latest year. */
  clerks: number;
  force: boolean;
  migrate: boolean;
}

export type FillOptions = Omit<Options, "force" | "migrate" | "clerks"> & { clerks?: number };

function parseArgs(argv: string[]): Options {
  const opts: Options = { units: 5000, years: 7, under: "org-district", lastYear: new Date().getFullYear() - 1, clerks: 100, force: false, migrate: true };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const next = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} 后面缺少值`);
      return v;
    };
    const int = (v: string, min: number, max: number) => {
      const n = Number(v);
      if (!Number.isInteger(n) || n < min || n > max) throw new Error(`${a} 应是 ${min} 到 ${max} 之间的整数，而不是“${v}”`);
      return n;
    };
    if (a === "--units") opts.units = int(next(), 1, 200_000);
    else if (a === "--years") opts.years = int(next(), 1, 30);
    else if (a === "--last-year") opts.lastYear = int(next(), 2019, 2100);
    else if (a === "--under") opts.under = next();
    else if (a === "--clerks") opts.clerks = int(next(), 0, 10_000);
    else if (a === "--force") opts.force = true;
    else if (a === "--skip-migrate") opts.migrate = false;
    else throw new Error(`不认识的参数 ${a}（可用：--units N --years Y --clerks N --under 单位id --last-year 年 --force --skip-migrate）`);
  }
  if (opts.lastYear - opts.years + 1 < 2019) throw new Error(`--years ${opts.years} 到 ${opts.lastYear} 年会早于 2019 年（没有更早的统一格式）`);
  return opts;
}

// ---- deterministic randomness, so two runs build the same database ----
function rng(seedValue: number) {
  let s = seedValue >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// ---- report contents ----
function fixture(file: string): Report {
  const p = parseReport(JSON.parse(fs.readFileSync(path.join(ROOT, "tests/fixtures", file), "utf8")));
  if (!p.ok) throw new Error(`${file}: ${p.errors[0]}`);
  return fillDerived(p.report);
}

/** Every number of tables 二–四 times `k`: the sums stay sums, so the report stays consistent. */
function scaled(r: Report, k: number): Report {
  const copy = structuredClone(r);
  const walk = (o: unknown): unknown => {
    if (typeof o === "number") return Math.round(o * k * 10_000) / 10_000;
    if (Array.isArray(o)) return o.map(walk);
    if (o && typeof o === "object") return Object.fromEntries(Object.entries(o).map(([key, v]) => [key, walk(v)]));
    return o;
  };
  copy.tables = walk(copy.tables) as Report["tables"];
  return copy;
}

interface Variant {
  /** JSON of the report with the placeholders for the organ. */
  report: Report;
  errorCount: number;
  warningCount: number;
  rollup: string;
}

const SCALES = [1, 2, 3, 5];

/** The variants of a year: each scale, clean and with an error (a broken total, for drafts). */
function variantsFor(year: number): { clean: Variant[]; broken: Variant[] } {
  const format = formatForYear(year)!;
  const base = format === "2019" ? fixture("demo-town-2020.json") : fixture("demo-county-department-2022.json");
  const make = (k: number, broken: boolean): Variant => {
    const r = scaled(base, k);
    r.year = year;
    r.meta = { ...r.meta, signedOn: `${year + 1}-01-20` };
    if (broken) {
      const row = Object.values(r.tables.requests)[0];
      if (Array.isArray(row) && typeof row[0] === "number") row[0] += 1;
    }
    const counts = findingCounts(check(r), {});
    return { report: r, ...counts, rollup: JSON.stringify(rollupOf(r)) };
  };
  return { clean: SCALES.map((k) => make(k, false)), broken: SCALES.map((k) => make(k, true)) };
}

type Status = "none" | "draft" | "submitted" | "returned" | "approved" | "published";

/** The year under review is in full swing; earlier years are mostly done. */
function pickStatus(r: number, latest: boolean): Status {
  const mix: [Status, number][] = latest
    ? [["none", 0.12], ["draft", 0.18], ["submitted", 0.25], ["returned", 0.05], ["approved", 0.2], ["published", 0.2]]
    : [["none", 0.03], ["draft", 0.02], ["returned", 0.01], ["approved", 0.09], ["published", 0.85]];
  let acc = 0;
  for (const [s, p] of mix) if (r < (acc += p)) return s;
  return mix[mix.length - 1][0];
}

const at = (year: number, month: number, day: number, hour = 10) => new Date(Date.UTC(year, month - 1, day, hour - 8));

let clerkPasswordHash: Promise<string> | undefined;

/** A bench clerk's account: user, better-auth credential (the one hash for all: same password), unit. */
async function clerkRows(unit: Unit, j: number, createdAt: Date): Promise<{ user: Row; account: Row }> {
  const id = `${BENCH_PREFIX}clerk-${j}`;
  const username = benchClerkUsername(j);
  return {
    user: {
      id,
      name: `${unit.name}填报人`,
      email: `${username}@bench.invalid`,
      emailVerified: false,
      createdAt,
      updatedAt: createdAt,
      username,
      displayUsername: username,
      role: "clerk",
      banned: false,
      organizationId: unit.id,
    },
    account: { id: `account-${id}`, accountId: id, providerId: "credential", userId: id, password: await (clerkPasswordHash ??= hashPassword(BENCH_CLERK_PASSWORD)), createdAt, updatedAt: createdAt },
  };
}

/**
 * The synthetic rows of an earlier run, children first. Plain statements both dialects read alike:
 * Prisma's deleteMany with a relation filter reads the matching ids first, a million of them at 35,000 units.
 */
async function removeEarlier(db: PrismaClient) {
  const like = `'${BENCH_PREFIX}%'`;
  const ofBenchReports = `"reportId" IN (SELECT "id" FROM "Report" WHERE "organizationId" LIKE ${like})`;
  for (const table of ["ReportEvent", "ReportSnapshot", "ReportComment"]) await db.$executeRawUnsafe(`DELETE FROM "${table}" WHERE ${ofBenchReports}`);
  await db.$executeRawUnsafe(`UPDATE "PublishedImport" SET "reportId" = NULL WHERE ${ofBenchReports}`);
  for (const table of ["Report", "Reminder", "PublishedImport"]) await db.$executeRawUnsafe(`DELETE FROM "${table}" WHERE "organizationId" LIKE ${like}`);
  // Sessions and credentials go with their user (ON DELETE CASCADE).
  await db.$executeRawUnsafe(`DELETE FROM "user" WHERE "id" LIKE ${like} OR "organizationId" LIKE ${like}`);
  // Deepest first: a unit is removed after the units under it.
  for (let depth = 8; depth >= 0; depth--) {
    await db.organization.deleteMany({ where: { id: { startsWith: BENCH_PREFIX }, children: { none: {} } } });
  }
}

export async function fillBenchData(db: PrismaClient, writer: Writer, opts: FillOptions): Promise<{ units: number; reports: number; clerks: number }> {
  await seed(db);
  const root = await db.organization.findUnique({ where: { id: opts.under }, select: { id: true, path: true } });
  if (!root) throw new Error(`单位 ${opts.under} 不存在`);
  await removeEarlier(db);
  const units = buildTree(opts.units, root.id, root.path);
  const years = Array.from({ length: opts.years }, (_, i) => opts.lastYear - opts.years + 1 + i);
  const variants = new Map(years.map((y) => [y, variantsFor(y)]));
  const random = rng(13);

  const createdAt = new Date();
  await writer.insert("Organization", units.map((u) => ({ ...u, disabled: false, createdAt })));
  // The bench clerks, one per unit, each with a draft of the latest year to autosave.
  const clerkOf = new Map(clerkUnitIndexes(units, opts.clerks ?? 0).map((i, j) => [i, j]));
  const clerks = await Promise.all([...clerkOf].map(([i, j]) => clerkRows(units[i], j, createdAt)));
  await writer.insert("user", clerks.map((c) => c.user));
  await writer.insert("account", clerks.map((c) => c.account));

  let reportCount = 0;
  // One transaction per year: each commits a year's reports with their history at once.
  for (const year of years) {
    const latest = year === opts.lastYear;
    const { clean, broken } = variants.get(year)!;
    const reports: Row[] = [];
    const events: Row[] = [];
    const snapshots: Row[] = [];
    units.forEach((u, i) => {
      const drawn = pickStatus(random(), latest);
      const clerk = clerkOf.get(i);
      const status = latest && clerk !== undefined ? "draft" : drawn;
      if (status === "none") return;
      const clerkId = clerk === undefined ? `${u.id}-clerk` : `${BENCH_PREFIX}clerk-${clerk}`;
      const id = `${BENCH_PREFIX}r${i}-${year}`;
      const hasError = status === "draft" && random() < 0.4;
      const v = (hasError ? broken : clean)[Math.floor(random() * SCALES.length)];
      const report: Report = { ...v.report, organ: { name: u.name, kind: u.kind } };
      const data = JSON.stringify(report);
      const created = at(year + 1, 1, 2 + Math.floor(random() * 8));
      // Most hand in before 31 January; some are late.
      const handedIn = status === "draft" ? null : at(year + 1, random() < 0.85 ? 1 : 2, 10 + Math.floor(random() * 19), 9 + Math.floor(random() * 8));
      const decided = handedIn && new Date(handedIn.getTime() + (1 + Math.floor(random() * 5)) * 86_400_000);
      const published = decided && new Date(decided.getTime() + 2 * 86_400_000);
      const updatedAt = status === "published" ? published! : status === "approved" || status === "returned" ? decided! : (handedIn ?? created);
      reports.push({
        id,
        organizationId: u.id,
        year,
        format: report.format,
        status,
        data,
        errorCount: status === "draft" || status === "returned" ? v.errorCount : 0,
        warningCount: status === "draft" || status === "returned" ? v.warningCount : 0,
        createdAt: created,
        updatedAt,
        submittedAt: handedIn,
        publishedAt: status === "published" ? published : null,
        publishedUrl: status === "published" ? `https://www.example.gov.cn/xxgk/ndbg/${year}/${u.id}.html` : null,
        rollup: status === "approved" || status === "published" ? v.rollup : null,
        version: 1,
        acknowledgements: "{}",
        updatedById: clerkId,
      });
      const step = (n: number, from: string, to: string, when: Date, actorId: string, comment: string | null = null) =>
        events.push({ id: `${id}-e${n}`, reportId: id, actorId, actorName: actorId === "user-supervisor" ? "区政务公开办审核人" : `${u.name}填报人`, fromStatus: from, toStatus: to, comment, createdAt: when });
      step(0, "", "draft", created, clerkId, "新建");
      if (handedIn) step(1, "draft", "submitted", handedIn, clerkId);
      if (status === "returned") step(2, "submitted", "returned", decided!, "user-supervisor", "请核对表三的数字");
      if (status === "approved" || status === "published") step(2, "submitted", "approved", decided!, "user-supervisor");
      if (status === "published") step(3, "approved", "published", published!, "user-supervisor", `发布网址 https://www.example.gov.cn/xxgk/ndbg/${year}/${u.id}.html`);
      if (status === "submitted" || status === "returned") snapshots.push({ id: `${id}-s1`, reportId: id, version: 1, data, createdAt: handedIn! });
    });
    const t0 = performance.now();
    await writer.insert("Report", reports);
    await writer.insert("ReportEvent", events);
    await writer.insert("ReportSnapshot", snapshots);
    reportCount += reports.length;
    if (process.env.BENCH_DATA_VERBOSE) console.log(`${year}: ${reports.length} reports, ${events.length} events in ${(performance.now() - t0).toFixed(0)} ms`);
  }
  await writer.analyze();
  return { units: units.length, reports: reportCount, clerks: clerks.length };
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const url = databaseUrl();
  const file = databaseProvider(url) === "sqlite" ? path.resolve(ROOT, url.replace(/^file:/, "")) : null;
  if (file === path.resolve(ROOT, "data/nianbao.db") && !opts.force) {
    throw new Error("DATABASE_URL 指向日常使用的数据库 data/nianbao.db：请换一个（如 DATABASE_URL=file:./data/bench-5000.db），或加 --force 确认写入它。");
  }
  const t0 = performance.now();
  if (opts.migrate) execFileSync("npx", ["prisma", "migrate", "deploy"], { cwd: ROOT, env: { ...process.env, DATABASE_URL: url }, stdio: "ignore" });
  const db = connectPrisma(url);
  try {
    if (file) await db.$queryRawUnsafe("PRAGMA journal_mode = WAL");
    const writer = await openWriter(url);
    let made;
    try {
      made = await fillBenchData(db, writer, opts);
    } finally {
      await writer.close();
    }
    const clerksMade = made.clerks > 0 ? `、${made.clerks} 个填报人账号（${benchClerkUsername(0)} 起，密码 ${BENCH_CLERK_PASSWORD}）` : "";
    console.log(
      `已写入 ${made.units} 个单位、${made.reports} 份报告（${opts.lastYear - opts.years + 1}–${opts.lastYear} 年）${clerksMade}到 ${file ?? "PostgreSQL 数据库"}，用时 ${((performance.now() - t0) / 1000).toFixed(1)} 秒。`,
    );
  } finally {
    await db.$disconnect();
  }
}

if (process.argv[1]?.endsWith("bench-data.ts")) {
  main().catch((e) => {
    console.error("bench:data 失败：", e instanceof Error ? e.message : e);
    process.exit(1);
  });
}
