/**
 * `npm run bench:data -- --units N --years Y`: fills the database at DATABASE_URL with the demo
 * accounts and N synthetic units under 示例区政务公开办 (so `shenhe` supervises them all), in a
 * province-like tree — cities (with their departments) → counties (with their departments) →
 * townships and streets — each with Y years of reports in mixed statuses, their history, and the
 * roll-ups the dashboard sums. Report data is a demo report's (valid REPORT-JSON), its numbers
 * scaled per unit; errorCount/warningCount are check()'s on that data.
 *
 * Options: --under <unit id> (default org-district), --last-year <year> (default: last year, whose
 * reports are handed in this January), --force (allowed on data/nianbao.db), --skip-migrate (the
 * database is known to be migrated, e.g. a running e2e server's). Earlier synthetic
 * units (ids "bench-…") are replaced. Inserts are batched inside transactions: prepared
 * statements on SQLite, createMany statements of at most ~900 bound parameters elsewhere.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient, type Prisma } from "../lib/generated/prisma/client";
import { check, findingCounts } from "../lib/check";
import { fillDerived } from "../lib/report/fill-derived";
import { rollupOf } from "../lib/report/rollup";
import { parseReport } from "../lib/report/schema";
import type { Report } from "../lib/report/types";
import { databaseUrl } from "../lib/server/database-url";
import { formatForYear, type OrganKind } from "../lib/template";
import { childPath } from "../lib/tree/path";
import { seed } from "../prisma/seed";

const ROOT = path.resolve(__dirname, "..");
export const BENCH_PREFIX = "bench-";

interface Options {
  units: number;
  years: number;
  under: string;
  lastYear: number;
  force: boolean;
  migrate: boolean;
}

function parseArgs(argv: string[]): Options {
  const opts: Options = { units: 5000, years: 7, under: "org-district", lastYear: new Date().getFullYear() - 1, force: false, migrate: true };
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
    else if (a === "--force") opts.force = true;
    else if (a === "--skip-migrate") opts.migrate = false;
    else throw new Error(`不认识的参数 ${a}（可用：--units N --years Y --under 单位id --last-year 年 --force --skip-migrate）`);
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

// ---- names ----
const FIRST = "青白东西南北金石云松桃柳清溪龙凤安平永宁长新和兴泰华明远临江山河".split("");
const SECOND = "山水岭川湖林原阳城州桥口坪关塘湾田溪河堡庄沟峰岗坝集".split("");
const place = (i: number) => `${FIRST[i % FIRST.length]}${SECOND[Math.floor(i / FIRST.length) % SECOND.length]}${i >= FIRST.length * SECOND.length ? Math.floor(i / (FIRST.length * SECOND.length)) + 1 : ""}`;
const DEPARTMENTS = [
  "发展和改革局", "教育局", "科学技术局", "工业和信息化局", "公安局", "民政局", "司法局", "财政局", "人力资源和社会保障局", "自然资源局",
  "生态环境局", "住房和城乡建设局", "交通运输局", "水利局", "农业农村局", "商务局", "文化和旅游局", "卫生健康委员会", "退役军人事务局", "应急管理局",
  "审计局", "市场监督管理局", "统计局", "医疗保障局", "林业局", "城市管理局", "信访局", "国有资产监督管理委员会", "行政审批局", "体育局",
  "档案局", "人民防空办公室", "乡村振兴局", "粮食和物资储备局", "地方金融监督管理局", "数据资源管理局", "机关事务管理局", "税务局", "气象局", "消防救援大队",
];

interface Unit {
  id: string;
  name: string;
  kind: OrganKind;
  parentId: string;
  path: string;
}

/**
 * The tree: about 1,000 units per city (the city's own office and departments, then counties of
 * about 100: the county, its departments, its townships and streets), `n` units in all.
 */
function buildTree(n: number, rootId: string, rootPath: string): Unit[] {
  const units: Unit[] = [];
  const cities = Math.max(1, Math.round(n / 1000));
  let county = 0;
  let town = 0;
  const add = (u: Omit<Unit, "path">, parentPath: string) => {
    const unit = { ...u, path: childPath(parentPath, u.id) };
    units.push(unit);
    return unit;
  };
  for (let c = 0; c < cities; c++) {
    let budget = Math.floor(n / cities) + (c < n % cities ? 1 : 0);
    if (budget <= 0) continue;
    const cityName = `${place(c * 7 + 3)}市`;
    const city = add({ id: `${BENCH_PREFIX}c${c}`, name: `${cityName}人民政府`, kind: "city-government", parentId: rootId }, rootPath);
    budget--;
    for (let d = 0; d < Math.min(DEPARTMENTS.length, budget); d++) {
      add({ id: `${BENCH_PREFIX}c${c}-d${d}`, name: `${cityName}${DEPARTMENTS[d]}`, kind: "city-department", parentId: city.id }, city.path);
    }
    budget -= Math.min(DEPARTMENTS.length, budget);
    while (budget > 0) {
      const k = county++;
      const countyName = `${place(k + 11)}县`;
      const cu = add({ id: `${BENCH_PREFIX}k${k}`, name: `${countyName}人民政府`, kind: "county-government", parentId: city.id }, city.path);
      budget--;
      const size = Math.min(budget, 99);
      for (let j = 0; j < size; j++) {
        if (j < 45) {
          const d = j % DEPARTMENTS.length;
          const name = `${countyName}${DEPARTMENTS[d]}${j >= DEPARTMENTS.length ? "分局" : ""}`;
          add({ id: `${BENCH_PREFIX}k${k}-d${j}`, name, kind: "county-department", parentId: cu.id }, cu.path);
        } else {
          const t = town++;
          const street = t % 4 === 0;
          const name = `${countyName}${place(t + 101)}${street ? "街道办事处" : "镇人民政府"}`;
          add({ id: `${BENCH_PREFIX}k${k}-t${j}`, name, kind: street ? "street" : "township", parentId: cu.id }, cu.path);
        }
      }
      budget -= size;
    }
  }
  return units;
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

// ---- writing ----
type Row = Record<string, string | number | boolean | Date | null | undefined>;
type Table = "Organization" | "Report" | "ReportEvent" | "ReportSnapshot";

/** Inserts rows into a table, a transaction per call. */
export interface Writer {
  insert(table: Table, rows: Row[]): Promise<void>;
  close(): void;
}

/**
 * SQLite: prepared statements of better-sqlite3 in one transaction — about a hundred times
 * quicker than createMany through the driver adapter here (≈3 ms per row), which would make
 * 35,000 reports take minutes. Values are stored as Prisma stores them (dates as ISO text, UTC).
 */
export function sqliteWriter(file: string): Writer {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const Database = require("better-sqlite3") as typeof import("better-sqlite3");
  const db = new Database(file);
  db.pragma("busy_timeout = 10000");
  const value = (v: Row[string]) => (v instanceof Date ? v.toISOString().replace("Z", "+00:00") : typeof v === "boolean" ? (v ? 1 : 0) : (v ?? null));
  return {
    async insert(table, rows) {
      if (rows.length === 0) return;
      const columns = Object.keys(rows[0]);
      const st = db.prepare(`INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(", ")}) VALUES (${columns.map(() => "?").join(", ")})`);
      db.transaction(() => {
        for (const r of rows) st.run(columns.map((c) => value(r[c])));
      })();
    },
    close: () => db.close(),
  };
}

/** Any other database: createMany through Prisma, in statements of at most ~900 bound parameters, in one transaction. */
function prismaWriter(client: PrismaClient): Writer {
  return {
    async insert(table, rows) {
      if (rows.length === 0) return;
      const size = Math.max(1, Math.floor(900 / Object.keys(rows[0]).length));
      await client.$transaction(
        async (tx) => {
          for (let i = 0; i < rows.length; i += size) {
            const data = rows.slice(i, i + size);
            if (table === "Organization") await tx.organization.createMany({ data: data as unknown as Prisma.OrganizationCreateManyInput[] });
            else if (table === "Report") await tx.report.createMany({ data: data as unknown as Prisma.ReportCreateManyInput[] });
            else if (table === "ReportEvent") await tx.reportEvent.createMany({ data: data as unknown as Prisma.ReportEventCreateManyInput[] });
            else await tx.reportSnapshot.createMany({ data: data as unknown as Prisma.ReportSnapshotCreateManyInput[] });
          }
        },
        { timeout: 600_000 },
      );
    },
    close: () => undefined,
  };
}

function connect(url: string): PrismaClient {
  if (/^postgres(ql)?:/.test(url)) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { PrismaPg } = require("@prisma/adapter-pg") as typeof import("@prisma/adapter-pg");
    return new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
  }
  return new PrismaClient({ adapter: new PrismaBetterSQLite3({ url }) });
}

async function removeEarlier(db: PrismaClient) {
  const reports = { organizationId: { startsWith: BENCH_PREFIX } };
  await db.reportEvent.deleteMany({ where: { report: reports } });
  await db.reportSnapshot.deleteMany({ where: { report: reports } });
  await db.reportComment.deleteMany({ where: { report: reports } });
  await db.report.deleteMany({ where: reports });
  await db.reminder.deleteMany({ where: reports });
  // Deepest first: a unit is removed after the units under it.
  for (let depth = 8; depth >= 0; depth--) {
    await db.organization.deleteMany({ where: { id: { startsWith: BENCH_PREFIX }, children: { none: {} } } });
  }
}

export async function fillBenchData(db: PrismaClient, writer: Writer, opts: Omit<Options, "force" | "migrate">): Promise<{ units: number; reports: number }> {
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

  let reportCount = 0;
  // One transaction per year: each commits a year's reports with their history at once.
  for (const year of years) {
    const latest = year === opts.lastYear;
    const { clean, broken } = variants.get(year)!;
    const reports: Row[] = [];
    const events: Row[] = [];
    const snapshots: Row[] = [];
    units.forEach((u, i) => {
      const status = pickStatus(random(), latest);
      if (status === "none") return;
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
        updatedById: `${u.id}-clerk`,
      });
      const step = (n: number, from: string, to: string, when: Date, actorId: string, comment: string | null = null) =>
        events.push({ id: `${id}-e${n}`, reportId: id, actorId, actorName: actorId === "user-supervisor" ? "区政务公开办审核人" : `${u.name}填报人`, fromStatus: from, toStatus: to, comment, createdAt: when });
      step(0, "", "draft", created, `${u.id}-clerk`, "新建");
      if (handedIn) step(1, "draft", "submitted", handedIn, `${u.id}-clerk`);
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
  return { units: units.length, reports: reportCount };
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const url = databaseUrl();
  const file = url.startsWith("file:") ? path.resolve(ROOT, url.replace(/^file:/, "")) : null;
  if (file === path.resolve(ROOT, "data/nianbao.db") && !opts.force) {
    throw new Error("DATABASE_URL 指向日常使用的数据库 data/nianbao.db：请换一个（如 DATABASE_URL=file:./data/bench-5000.db），或加 --force 确认写入它。");
  }
  const t0 = performance.now();
  if (opts.migrate) execFileSync("npx", ["prisma", "migrate", "deploy"], { cwd: ROOT, env: { ...process.env, DATABASE_URL: url }, stdio: "ignore" });
  const db = connect(url);
  try {
    if (file) await db.$queryRawUnsafe("PRAGMA journal_mode = WAL");
    const writer = file ? sqliteWriter(file) : prismaWriter(db);
    let made;
    try {
      made = await fillBenchData(db, writer, opts);
    } finally {
      writer.close();
    }
    console.log(
      `已写入 ${made.units} 个单位、${made.reports} 份报告（${opts.lastYear - opts.years + 1}–${opts.lastYear} 年）到 ${file ?? "数据库"}，用时 ${((performance.now() - t0) / 1000).toFixed(1)} 秒。`,
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
