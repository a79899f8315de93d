/**
 * Autosave latency while sign-ins flood the server, against a production server
 * of its own (spare port, own SQLite file, own build folder; BENCH_SKIP_BUILD=1
 * reuses the last build): 40 autosaves alone, then 40 while waves of 60
 * concurrent sign-ins with unknown names (from many addresses, so the sign-in
 * queue is what stands in their way) follow each other without pause. Target: autosave
 * p95 < 100 ms during the flood. Prints, never asserts; the machine's other load
 * shows in the "alone" line.
 */
import Database from "better-sqlite3";
import { emptyReport } from "../lib/report/empty";
import { demoPassword } from "../prisma/demo-data";
import { startOwnServer } from "../scripts/own-server";
import { summary } from "./support/quantiles";

const PORT = Number(process.env.BENCH_LOGIN_PORT ?? 3295);
const NAME = "bench-login-flood";
const REPORT_ID = "bench-flood-report";

const stats = (xs: number[]) => {
  const s = summary(xs);
  return `median ${s.median.toFixed(1)} ms, p95 ${s.p95.toFixed(1)} ms, max ${s.max.toFixed(1)} ms`;
};

async function main() {
  console.log("starting a production server for the bench (next build unless BENCH_SKIP_BUILD=1) …");
  const server = await startOwnServer({ port: PORT, name: NAME, skipBuild: !!process.env.BENCH_SKIP_BUILD });
  const origin = server.origin;
  try {
    const report = emptyReport({ year: 2030, organName: "示例区东湖镇人民政府", organKind: "township" });
    const file = new Database(`data/${NAME}.db`);
    const now = new Date().toISOString();
    file
      .prepare(
        `INSERT INTO Report (id, organizationId, year, format, status, data, version, errorCount, warningCount, acknowledgements, createdAt, updatedAt)
         VALUES (?, 'org-donghu', 2030, ?, 'draft', ?, 1, 0, 0, '{}', ?, ?)`,
      )
      .run(REPORT_ID, report.format, JSON.stringify(report), now, now);
    file.close();

    const signIn = (username: string, password: string, address: string) =>
      fetch(`${origin}/api/auth/sign-in/username`, {
        method: "POST",
        headers: { "content-type": "application/json", origin, "x-forwarded-for": address },
        body: JSON.stringify({ username, password }),
      });
    const login = await signIn("donghu", demoPassword("donghu"), "198.51.100.9");
    const cookie = login.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");

    let version = 1;
    /** The server's own share of each autosave (Server-Timing auth + save), to tell queueing from work. */
    const serverShare: number[] = [];
    const save = async () => {
      report.text.preamble = `第 ${version} 次保存`;
      const started = performance.now();
      const res = await fetch(`${origin}/api/reports/${REPORT_ID}`, {
        method: "PUT",
        headers: { "content-type": "application/json", cookie },
        body: JSON.stringify({ baseVersion: version, data: report, acknowledgements: {} }),
      });
      await res.text();
      if (res.status !== 200) throw new Error(`autosave answered ${res.status}`);
      const timing = res.headers.get("server-timing") ?? "";
      serverShare.push([...timing.matchAll(/dur=([\d.]+)/g)].reduce((sum, m) => sum + Number(m[1]), 0));
      version++;
      return performance.now() - started;
    };

    for (let i = 0; i < 5; i++) await save(); // warm-up
    const alone: number[] = [];
    for (let i = 0; i < 40; i++) alone.push(await save());
    const aloneShare = serverShare.splice(0);

    // Waves of 60 concurrent sign-ins, the next as soon as the last is answered, while the autosaves run.
    let flooding = true;
    const answers: Record<number, number> = {};
    let wave = 0;
    const flood = (async () => {
      while (flooding) {
        const w = wave++;
        const batch = Array.from({ length: 60 }, (_, i) =>
          signIn(`flood${w}x${i}`, "some-password-1", `192.0.2.${((w * 60 + i) % 250) + 1}`)
            .then((r) => {
              answers[r.status] = (answers[r.status] ?? 0) + 1;
              return r.text();
            })
            // A connection the overwhelmed server dropped counts as status 0.
            .catch(() => (answers[0] = (answers[0] ?? 0) + 1)),
        );
        await Promise.all(batch);
      }
    })();
    await new Promise((r) => setTimeout(r, 200));
    const during: number[] = [];
    for (let i = 0; i < 40; i++) during.push(await save());
    flooding = false;
    await flood;

    console.log(`autosave alone:                 ${stats(alone)}   (in the handler: ${stats(aloneShare.slice(5))})`);
    console.log(`autosave during sign-in flood:  ${stats(during)}   (target p95 < 100 ms; in the handler: ${stats(serverShare.slice(-40))})`);
    console.log(`sign-ins sent: ${wave} waves of 60; answers by status: ${JSON.stringify(answers)} (429 = refused at once by the sign-in queue or the per-address limit)`);
  } finally {
    server.stop();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
