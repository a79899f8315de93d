/**
 * 100 clerks autosaving at once, against `next start` of the production build on the scale
 * databases (bench-database.ts: SQLite 5,000 units × 7 years; PostgreSQL 35,000 units × 7 years,
 * skipped without a server): each bench clerk (bench:data --clerks) signs in, loads its draft
 * (GET /api/reports/<id>, as the wizard does after a conflict) and then sends the wizard's own
 * autosave — PUT /api/reports/<id> with { baseVersion, data, acknowledgements } — every 2 s for
 * 60 s, a changed 五、存在的主要问题 each time, one request at a time per clerk (as the save client
 * does), the clerks' first saves spread over the first 2 s.
 * Prints p50/p95/p99 of the round trip, the errors by status, the server's own share
 * (Server-Timing: session lookup, saveDraft), then reads every draft from the database and checks
 * it is the last save its clerk got a 200 for. Never asserts timings.
 * BENCH_CROWD_CLERKS, BENCH_CROWD_SECONDS, BENCH_CROWD_INTERVAL_MS change the load;
 * BENCH_CROWD_ONLY=sqlite|postgresql runs one database; BENCH_UNITS / BENCH_PG_UNITS their sizes;
 * BENCH_SERVER_ORIGIN uses a server already running on that database (to profile it).
 */
import os from "node:os";
import type { Report } from "../lib/report/types";
import { BENCH_CLERK_PASSWORD } from "../scripts/bench-clerks";
import { serveDatabase } from "../scripts/own-server";
import { ensureFilled, postgresBench, sqliteBench, type BenchDatabase } from "./support/bench-database";
import { percentiles, signInCookie } from "./support/http";
import { groupCpuSeconds, machineBusySeconds, namedCpuSeconds } from "./support/process-cpu";
import { draftMismatch, type AckedSave } from "./support/last-ack";

const PORT = Number(process.env.BENCH_CROWD_PORT ?? 3330);
const CLERKS = Number(process.env.BENCH_CROWD_CLERKS ?? 100);
const SECONDS = Number(process.env.BENCH_CROWD_SECONDS ?? 60);
const INTERVAL = Number(process.env.BENCH_CROWD_INTERVAL_MS ?? 2000);
const ONLY = process.env.BENCH_CROWD_ONLY;

interface Clerk {
  username: string;
  reportId: string;
  cookie: string;
  version: number;
  report: Report;
  acknowledgements: Record<string, string>;
  lastAck?: AckedSave;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, Math.max(0, ms)));

/** The bench clerks and the draft each of them saves (its unit's latest draft). */
async function benchClerks(url: string): Promise<{ username: string; reportId: string }[]> {
  const { connectPrisma } = await import("../lib/server/prisma-connect");
  const db = connectPrisma(url);
  try {
    const users = await db.user.findMany({
      where: { id: { startsWith: "bench-clerk-" } },
      orderBy: { username: "asc" },
      take: CLERKS,
      select: { username: true, organization: { select: { reports: { where: { status: "draft" }, orderBy: { year: "desc" }, take: 1, select: { id: true } } } } },
    });
    return users.flatMap((u) => (u.username && u.organization?.reports[0] ? [{ username: u.username, reportId: u.organization.reports[0].id }] : []));
  } finally {
    await db.$disconnect();
  }
}

async function storedDrafts(url: string, ids: string[]) {
  const { connectPrisma } = await import("../lib/server/prisma-connect");
  const db = connectPrisma(url);
  try {
    const rows = await db.report.findMany({ where: { id: { in: ids } }, select: { id: true, version: true, data: true, acknowledgements: true } });
    return new Map(rows.map((r) => [r.id, r]));
  } finally {
    await db.$disconnect();
  }
}

async function load(origin: string, c: { reportId: string; cookie: string }) {
  const res = await fetch(`${origin}/api/reports/${encodeURIComponent(c.reportId)}`, { headers: { cookie: c.cookie } });
  const json = (await res.json()) as { ok: boolean; version: number; report: Report; acknowledgements: Record<string, string>; editable: boolean };
  if (!res.ok || !json.ok || !json.editable) throw new Error(`${c.reportId}: GET answered ${res.status}, editable ${json.editable}`);
  return json;
}

async function crowd(target: BenchDatabase) {
  console.log(`\n-- ${target.label}: ${CLERKS} clerks saving every ${INTERVAL / 1000} s for ${SECONDS} s`);
  await ensureFilled(target);
  const found = await benchClerks(target.url);
  if (found.length < CLERKS) throw new Error(`only ${found.length} bench clerks with a draft (bench:data --clerks ${CLERKS})`);
  // BENCH_SERVER_ORIGIN: a server already running on this database (e.g. under node --cpu-prof), instead of one of the bench's own.
  const given = process.env.BENCH_SERVER_ORIGIN;
  const server = given ? { origin: given, stop: () => undefined } : await serveDatabase({ port: PORT, databaseUrl: target.url });
  const origin = server.origin;
  try {
    // Four sign-ins at a time: each is a password hash, and the bench is about the saves.
    const clerks: Clerk[] = [];
    for (let i = 0; i < found.length; i += 4) {
      const batch = await Promise.all(
        found.slice(i, i + 4).map(async (f) => {
          const cookie = await signInCookie(origin, f.username, BENCH_CLERK_PASSWORD);
          const d = await load(origin, { reportId: f.reportId, cookie });
          return { ...f, cookie, version: d.version, report: d.report, acknowledgements: d.acknowledgements };
        }),
      );
      clerks.push(...batch);
    }

    const roundTrips: number[] = [];
    const auth: number[] = [];
    const save: number[] = [];
    const errors: Record<string, number> = {};
    let timed = false;
    const base = new Map(clerks.map((c) => [c.username, c.report.text.problems]));
    let k = 0;
    /** One autosave of the clerk's draft, changed; a 200 becomes the clerk's last acknowledged save. */
    const saveOnce = async (c: Clerk) => {
      c.report.text.problems = `${base.get(c.username)}（${c.username} 第 ${++k} 次自动保存）`;
      const body = JSON.stringify({ baseVersion: c.version, data: c.report, acknowledgements: c.acknowledgements });
      const started = performance.now();
      try {
        const res = await fetch(`${origin}/api/reports/${encodeURIComponent(c.reportId)}`, {
          method: "PUT",
          headers: { "content-type": "application/json", cookie: c.cookie },
          body,
        });
        const answer = (await res.json()) as { ok?: boolean; version?: number };
        if (timed) {
          roundTrips.push(performance.now() - started);
          const timing = res.headers.get("server-timing") ?? "";
          auth.push(Number(/auth;dur=([\d.]+)/.exec(timing)?.[1] ?? NaN));
          save.push(Number(/save;dur=([\d.]+)/.exec(timing)?.[1] ?? NaN));
        }
        if (res.status === 200 && answer.ok) {
          c.version = answer.version!;
          const sent = JSON.parse(body) as { data: unknown; acknowledgements: Record<string, string> };
          c.lastAck = { version: c.version, data: sent.data, acknowledgements: sent.acknowledgements };
        } else {
          errors[res.status] = (errors[res.status] ?? 0) + 1;
          // After a conflict the wizard offers to load the stored version; the bench takes it.
          if (res.status === 409) c.version = (await load(origin, c)).version;
        }
      } catch {
        errors.network = (errors.network ?? 0) + 1;
      }
    };
    // Untimed first: two saves per clerk, ten clerks at a time, so the numbers are of a server that has
    // served autosaves for a while (JIT, query plans), not of its first requests.
    for (let i = 0; i < clerks.length; i += 10) for (let w = 0; w < 2; w++) await Promise.all(clerks.slice(i, i + 10).map(saveOnce));
    timed = true;
    const endAt = performance.now() + SECONDS * 1000;
    const run = async (c: Clerk) => {
      await sleep(Math.random() * INTERVAL);
      while (performance.now() < endAt) {
        const tick = performance.now();
        await saveOnce(c);
        await sleep(tick + INTERVAL - performance.now());
      }
    };
    const cpu = () => ({
      server: server.pgid ? groupCpuSeconds(server.pgid) : null,
      postgres: namedCpuSeconds("postgres"),
      machine: machineBusySeconds(),
      bench: process.cpuUsage(),
    });
    const cpu0 = cpu();
    const t0 = performance.now();
    await Promise.all(clerks.map(run));
    const elapsed = (performance.now() - t0) / 1000;
    const cpu1 = cpu();

    const stored = await storedDrafts(target.url, clerks.map((c) => c.reportId));
    const mismatches = clerks.flatMap((c) => {
      if (!c.lastAck) return [`${c.username}: no save acknowledged`];
      const d = draftMismatch(stored.get(c.reportId), c.lastAck);
      return d ? [`${c.username}: ${d}`] : [];
    });
    const errorCount = Object.values(errors).reduce((a, b) => a + b, 0);
    const finite = (xs: number[]) => xs.filter(Number.isFinite);
    console.log(`load average ${os.loadavg().map((x) => x.toFixed(1)).join(" ")} on ${os.cpus().length} CPUs (the server, the database and these ${CLERKS} clients share them)`);
    console.log(`autosaves: ${roundTrips.length} answered in ${elapsed.toFixed(1)} s (${(roundTrips.length / elapsed).toFixed(1)}/s)`);
    console.log(`round trip: ${percentiles(roundTrips)}`);
    console.log(`errors: ${errorCount}${errorCount ? ` by status ${JSON.stringify(errors)}` : ""}`);
    console.log(`  in the handler (Server-Timing): session lookup ${percentiles(finite(auth))}; saveDraft ${percentiles(finite(save))}`);
    const used = (a: number | null, b: number | null) => (a === null || b === null ? null : b - a);
    const serverCpu = used(cpu0.server, cpu1.server);
    const pgCpu = used(cpu0.postgres, cpu1.postgres);
    if (serverCpu !== null) {
      const per = (s: number) => `${((s * 1000) / roundTrips.length).toFixed(1)} ms per autosave`;
      const pgPart = target.url.startsWith("postgres") && pgCpu !== null ? `; every postgres process ${pgCpu.toFixed(1)} s (${per(pgCpu)}; other databases on the server too)` : "";
      console.log(`  CPU during the run: the app server ${serverCpu.toFixed(1)} s of ${elapsed.toFixed(0)} s (${per(serverCpu)}; one Node.js thread does most of it)${pgPart}`);
    }
    const machine = used(cpu0.machine, cpu1.machine);
    if (machine !== null) {
      const b = process.cpuUsage(cpu0.bench);
      const benchCpu = (b.user + b.system) / 1e6;
      const ours = (serverCpu ?? 0) + benchCpu + (target.url.startsWith("postgres") ? (pgCpu ?? 0) : 0);
      console.log(
        `  the machine was busy ${machine.toFixed(0)} CPU-s of ${(elapsed * os.cpus().length).toFixed(0)}; this bench (server, its clients ${benchCpu.toFixed(1)} s${target.url.startsWith("postgres") ? ", postgres" : ""}) ${ours.toFixed(0)} of them, other work ${Math.max(0, machine - ours).toFixed(0)}`,
      );
    }
    console.log(`drafts equal to the last acknowledged save: ${clerks.length - mismatches.length} of ${clerks.length}`);
    for (const m of mismatches.slice(0, 10)) console.log(`  MISMATCH ${m}`);
  } finally {
    server.stop();
  }
}

async function main() {
  const targets: BenchDatabase[] = [];
  if (ONLY !== "postgresql") targets.push(sqliteBench(Number(process.env.BENCH_UNITS ?? 5000), Number(process.env.BENCH_YEARS ?? 7)));
  if (ONLY !== "sqlite") {
    const pgTarget = await postgresBench(Number(process.env.BENCH_PG_UNITS ?? 35000), Number(process.env.BENCH_YEARS ?? 7));
    if ("skipped" in pgTarget) console.log(pgTarget.skipped);
    else targets.push(pgTarget);
  }
  for (const t of targets) await crowd(t);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
