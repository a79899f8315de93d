/**
 * Isolation: a report of a township (西山镇) is tried through every page, route handler,
 * server action and download by a clerk of another unit, a supervisor of
 * another county, the admin and a logged-out visitor. Each gets 404 (or the
 * login page / 401 when logged out) and the database is byte-for-byte unchanged.
 * The same requests by the rightful users succeed, so the harness can fail.
 * Both counties are the spec's own (e2e/own-area.ts); the admin is the demo one.
 */
import fs from "node:fs";
import path from "node:path";
import type { APIRequestContext } from "@playwright/test";
import { emptyReport } from "../lib/report/empty";
import { dumpTables, withDb } from "./db";
import { expect, loginAs, test } from "./fixtures";
import { createArea, TOWNSHIP, type Account, type Area } from "./own-area";

const YEAR = 2023;
/** 西山镇 with the report, 东湖镇 and 南河镇 beside it; another county with 桥头镇. */
let county: Area;
let other: Area;
const xishan = () => county.units[0];
const donghu = () => county.units[1];
const nanhe = () => county.units[2];
const qiaotou = () => other.units[0];
let REPORT_ID = "";
let COMMENT_ID = "";

test.beforeAll(async () => {
  county = await createArea([TOWNSHIP("西山镇"), TOWNSHIP("东湖镇"), TOWNSHIP("南河镇")]);
  other = await createArea([TOWNSHIP("桥头镇")]);
  REPORT_ID = `iso-report-${county.key}`;
  COMMENT_ID = `iso-comment-${county.key}`;
});

/** Server action ids of this build, by exported name (Next writes them to server-reference-manifest.json). */
function actionIds(): Record<string, string> {
  const dir = process.env.NEXT_DIST_DIR ?? `.next-e2e-${process.env.E2E_PORT ?? 3100}`;
  const manifest = JSON.parse(fs.readFileSync(path.resolve(__dirname, "..", dir, "server", "server-reference-manifest.json"), "utf8"));
  const out: Record<string, string> = {};
  for (const [id, entry] of Object.entries(manifest.node as Record<string, { exportedName: string }>)) out[entry.exportedName] = id;
  return out;
}

/** The submitted report, with its snapshot, history and a comment, as it was before the test (a test may add a comment). */
function seedSubmittedReport() {
  const report = emptyReport({ year: YEAR, organName: xishan().name, organKind: "township" });
  const data = JSON.stringify(report);
  const now = new Date().toISOString();
  withDb((db) => {
    for (const t of ["ReportEvent", "ReportComment", "ReportSnapshot"]) db.prepare(`DELETE FROM "${t}" WHERE reportId = ?`).run(REPORT_ID);
    db.prepare(`DELETE FROM Report WHERE id = ?`).run(REPORT_ID);
    db.prepare(
      `INSERT INTO Report (id, organizationId, year, format, status, data, version, errorCount, warningCount, acknowledgements, createdAt, updatedAt)
       VALUES (?, ?, ?, ?, 'submitted', ?, 1, 0, 0, '{}', ?, ?)`,
    ).run(REPORT_ID, xishan().id, YEAR, report.format, data, now, now);
    db.prepare(`INSERT INTO ReportSnapshot (id, reportId, version, data, createdAt) VALUES (?, ?, 1, ?, ?)`).run(`${REPORT_ID}-snap`, REPORT_ID, data, now);
    db.prepare(`INSERT INTO ReportEvent (id, reportId, actorId, fromStatus, toStatus, createdAt) VALUES (?, ?, ?, 'draft', 'submitted', ?)`).run(
      `${REPORT_ID}-event`,
      REPORT_ID,
      xishan().clerk.id,
      now,
    );
    db.prepare(
      `INSERT INTO ReportComment (id, reportId, authorId, anchor, body, resolved, createdAt) VALUES (?, ?, ?, 'cell:requests/newRequests/0', '请核实', 0, ?)`,
    ).run(COMMENT_ID, REPORT_ID, county.supervisor.id, now);
  });
  return report;
}

type Probe = { name: string; run: (req: APIRequestContext, ids: Record<string, string>) => Promise<{ status: number; body: string }> };

const text = async (r: Awaited<ReturnType<APIRequestContext["get"]>>) => ({ status: r.status(), body: await r.text() });

function action(pagePath: string, exported: string, args: unknown[]): Probe {
  return {
    name: `server action ${exported}`,
    run: async (req, ids) =>
      text(
        await req.post(pagePath, {
          headers: {
            "Next-Action": ids[exported],
            "Content-Type": "text/plain;charset=UTF-8",
            Accept: "text/x-component",
            Origin: new URL(test.info().project.use.baseURL!).origin,
          },
          data: JSON.stringify(args),
          maxRedirects: 0,
        }),
      ),
  };
}

/**
 * A server action whose second argument is a form (useActionState): sent as the
 * browser sends it, multipart with the arguments in field 0 and the form's fields
 * under the prefix "_1_" (React's reply encoding, "$K1" = that form).
 */
function formAction(pagePath: string, exported: string, fields: Record<string, string>): Probe {
  return {
    name: `server action ${exported}`,
    run: async (req, ids) => {
      // The form's fields first, the arguments last, as React sends them: the arguments are decoded as they arrive.
      const multipart = new FormData();
      for (const [k, v] of Object.entries(fields)) multipart.append(`_1_${k}`, v);
      multipart.append("0", JSON.stringify([{}, "$K1"]));
      return text(
        await req.post(pagePath, {
          headers: { "Next-Action": ids[exported], Accept: "text/x-component", Origin: new URL(test.info().project.use.baseURL!).origin },
          multipart,
          maxRedirects: 0,
        }),
      );
    },
  };
}

/**
 * Actions that are not probed here, each with why: they act only on the caller
 * themselves or their own unit, so there is no other unit's record to reach.
 * Every other action the build has must be probed below — a new one fails the
 * test until it is probed or listed here with its reason.
 */
const NOT_PROBED: Record<string, string> = {
  login: "public by design: signs in whoever knows the password (throttled, e2e/security.spec.ts)",
  logout: "ends only the caller's own session",
  createReportAction: "creates only in the caller's own unit (e2e/wizard-new.spec.ts)",
  importReportAction: "imports only into the caller's own unit (e2e/json-io.spec.ts)",
  saveImportAction: "saves only an import of the caller's own unit; another unit's clerk gets 404 for it (e2e/published-import.spec.ts)",
  setBatchUnitAction: "acts only on the caller's own batch and units below them (e2e/batch-check.spec.ts, access test)",
  saveBatchFileAction: "acts only on the caller's own batch and units below them (e2e/batch-check.spec.ts, access test)",
};

function probes(): Probe[] {
  const report = emptyReport({ year: YEAR, organName: xishan().name, organKind: "township" });
  const get = (p: string, accept = "text/html"): Probe => ({
    name: `GET ${p}`,
    run: async (req) => text(await req.get(p, { headers: { Accept: accept }, maxRedirects: 0 })),
  });
  return [
    get(`/reports/${REPORT_ID}`),
    get(`/reports/${REPORT_ID}?step=preview`),
    get(`/review/${REPORT_ID}`),
    get(`/reports/${REPORT_ID}/compare`),
    get(`/reports/${REPORT_ID}/compare?with=2022`),
    get(`/reports/${REPORT_ID}/docx`, "*/*"),
    get(`/reports/${REPORT_ID}/json`, "*/*"),
    get(`/api/reports/${REPORT_ID}`, "application/json"),
    {
      name: `PUT /api/reports/${REPORT_ID}`,
      run: async (req) =>
        text(await req.put(`/api/reports/${REPORT_ID}`, { data: { baseVersion: 1, data: report, acknowledgements: {} }, maxRedirects: 0 })),
    },
    action(`/reports/${REPORT_ID}`, "submitForReview", [REPORT_ID]),
    action(`/review/${REPORT_ID}`, "addCommentAction", [REPORT_ID, "cell:requests/newRequests/0", "越权批注"]),
    action(`/review/${REPORT_ID}`, "replyCommentAction", [REPORT_ID, COMMENT_ID, "越权回复"]),
    action(`/review/${REPORT_ID}`, "resolveCommentAction", [REPORT_ID, COMMENT_ID, true]),
    action(`/review/${REPORT_ID}`, "returnReportAction", [REPORT_ID, "越权退回"]),
    action(`/review/${REPORT_ID}`, "approveReportAction", [REPORT_ID, ""]),
    action(`/review/${REPORT_ID}`, "publishReportAction", [REPORT_ID, "2024-01-20", "https://www.example.gov.cn/a.html"]),
    action(`/review/${REPORT_ID}`, "correctPublicationAction", [REPORT_ID, "2024-01-21", "https://www.example.gov.cn/b.html"]),
    action(`/review/${REPORT_ID}`, "reopenReportAction", [REPORT_ID, "越权重新打开"]),
    action(`/review`, "remindAction", [YEAR, nanhe().id]),
    action(`/admin`, "setUserDisabledAction", [xishan().clerk.id, true]),
    action(`/admin`, "setOrganizationDisabledAction", [xishan().id, true]),
    formAction(`/admin`, "resetPasswordAction", { userId: xishan().clerk.id, password: "hijack123" }),
    formAction(`/admin`, "createUserAction", {
      username: `intruder_${county.key}`,
      name: "冒名者",
      role: "supervisor",
      organizationId: county.id,
      password: "intruder123",
    }),
    formAction(`/admin`, "createOrganizationAction", { name: "冒名单位", kind: "township", parentId: county.id }),
    formAction(`/admin`, "moveOrganizationAction", { orgId: xishan().id, parentId: other.id }),
    get(ADMIN_UNIT_SEARCH, "application/json"),
  ];
}

/** The admin's unit search (the pickers of /admin): it names units of every county. */
const ADMIN_UNIT_SEARCH = "/api/admin/units?q=%E9%95%87";

/** The admin's own doors: the admin may use them, so they are probed for everyone else. */
const ADMIN_ACTIONS = [
  "setUserDisabledAction",
  "setOrganizationDisabledAction",
  "resetPasswordAction",
  "createUserAction",
  "createOrganizationAction",
  "moveOrganizationAction",
];

test("every server action of the build is probed or listed with a reason", () => {
  const probed = new Set(probes().flatMap((p) => (p.name.startsWith("server action ") ? [p.name.slice("server action ".length)] : [])));
  const unaccounted = Object.keys(actionIds()).filter((name) => !probed.has(name) && !(name in NOT_PROBED));
  expect(unaccounted, "server actions neither probed in isolation.spec.ts nor listed in NOT_PROBED").toEqual([]);
  const ids = actionIds();
  for (const name of probed) expect(ids[name], `${name} is an action of this build`).toBeTruthy();
});

/** Whether a response let the request through: a 2xx that is not a refusal. */
function refused(r: { status: number; body: string }): boolean {
  if (r.status === 404 || r.status === 401) return true;
  if (r.status >= 300 && r.status < 400) return true; // login redirect
  return /报告不存在|批注不存在|只有管理员|"ok":false/.test(r.body);
}

test.describe.configure({ mode: "serial" });

test("another unit's clerk, another county's supervisor, the admin and a visitor get nothing and change nothing", async ({ page, playwright, baseURL }) => {
  test.setTimeout(180_000);
  const ids = actionIds();
  for (const name of ["submitForReview", "addCommentAction", "approveReportAction", "setUserDisabledAction"]) expect(ids[name], name).toBeTruthy();
  seedSubmittedReport();
  const before = dumpTables();

  const attackers: { who: string; login?: string | Account; admin?: boolean }[] = [
    { who: "东湖镇填报人 (another unit)", login: donghu().clerk },
    { who: "邻县审核人 (another county)", login: other.supervisor },
    { who: "桥头镇填报人 (another county's clerk)", login: qiaotou().clerk },
    { who: "管理员 (sees no reports)", login: "admin", admin: true },
    { who: "logged-out visitor" },
  ];
  const covered: string[] = [];
  for (const a of attackers) {
    if (a.login) {
      await loginAs(page, a.login);
      const cookies = await page.context().cookies();
      const authed = await playwright.request.newContext({ baseURL, storageState: { cookies, origins: [] } });
      // The admin may manage accounts; every other door is closed to them too.
      const adminDoor = (name: string) => name === `GET ${ADMIN_UNIT_SEARCH}` || ADMIN_ACTIONS.some((n) => name === `server action ${n}`);
      for (const p of probes().filter((x) => !(a.admin && adminDoor(x.name)))) {
        const r = await p.run(authed, ids);
        expect(refused(r), `${a.who}: ${p.name} → ${r.status} ${r.body.slice(0, 200)}`).toBe(true);
        if (p.name.startsWith("GET") || p.name.startsWith("PUT")) {
          expect([404, 307, 308], `${a.who}: ${p.name} → ${r.status}`).toContain(r.status);
        }
        covered.push(p.name);
      }
      await authed.dispose();
    } else {
      const req = await playwright.request.newContext({ baseURL });
      for (const p of probes()) {
        const r = await p.run(req, ids);
        expect([401, 307, 308], `${a.who}: ${p.name} → ${r.status}`).toContain(r.status);
        if (r.status !== 401) expect(r.body + "").not.toContain(xishan().name);
      }
      // A page in a browser lands on the login page.
      const visitor = await playwright.chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ["--no-sandbox"] });
      const vpage = await visitor.newPage({ baseURL });
      await vpage.goto(`/reports/${REPORT_ID}`);
      await expect(vpage).toHaveURL(/\/login\?next=/);
      await visitor.close();
      await req.dispose();
    }
    expect(dumpTables(), `database changed after ${a.who}`).toBe(before);
  }
  // An id that exists answers exactly like one that does not.
  await loginAs(page, donghu().clerk);
  const real = await page.request.get(`/api/reports/${REPORT_ID}`);
  const fake = await page.request.get(`/api/reports/no-such-report`);
  expect([real.status(), await real.text()]).toEqual([fake.status(), await fake.text()]);
  console.log(`covered: ${[...new Set(covered)].join("; ")}`);
});

test("the rightful users get through the same doors (the harness can tell)", async ({ page, playwright, baseURL }) => {
  const ids = actionIds();
  seedSubmittedReport();
  await loginAs(page, xishan().clerk);
  expect((await page.goto(`/reports/${REPORT_ID}`))?.status()).toBe(200);
  expect((await page.goto(`/reports/${REPORT_ID}/compare`))?.status()).toBe(200);
  const docx = await page.request.get(`/reports/${REPORT_ID}/docx`);
  expect(docx.status()).toBe(200);
  expect(docx.headers()["content-type"]).toContain("officedocument.wordprocessingml");
  const json = await page.request.get(`/reports/${REPORT_ID}/json`);
  expect(json.status()).toBe(200);
  expect(((await json.json()) as { year: number }).year).toBe(YEAR);

  await loginAs(page, county.supervisor);
  expect((await page.goto(`/review/${REPORT_ID}`))?.status()).toBe(200);
  expect((await page.goto(`/reports/${REPORT_ID}/compare`))?.status()).toBe(200);
  const cookies = await page.context().cookies();
  const req = await playwright.request.newContext({ baseURL, storageState: { cookies, origins: [] } });
  const before = dumpTables();
  const r = await action(`/review/${REPORT_ID}`, "addCommentAction", [REPORT_ID, "section:problems", "请补充整改情况"]).run(req, ids);
  expect(r.status).toBe(200);
  expect(refused(r)).toBe(false);
  expect(dumpTables()).not.toBe(before);
  await req.dispose();

  // The form encoding reaches the action: the admin resets a password (to the same one).
  await loginAs(page, "admin");
  const adminReq = await playwright.request.newContext({ baseURL, storageState: { cookies: await page.context().cookies(), origins: [] } });
  const beforeReset = dumpTables();
  const reset = await formAction(`/admin`, "resetPasswordAction", { userId: qiaotou().clerk.id, password: qiaotou().clerk.password }).run(adminReq, ids);
  expect(reset.status).toBe(200);
  expect(reset.body).toContain("密码已重置");
  expect(dumpTables()).not.toBe(beforeReset);
  await adminReq.dispose();
});

test("lists show only what the user may see: dashboards and report lists", async ({ page }) => {
  seedSubmittedReport();
  await loginAs(page, other.supervisor);
  await page.goto(`/review?year=${YEAR}`);
  await expect(page.getByTestId(`unit-${qiaotou().id}`)).toBeVisible();
  await expect(page.getByTestId(`unit-${xishan().id}`)).toHaveCount(0);
  await expect(page.locator("body")).not.toContainText("西山镇");

  await loginAs(page, county.supervisor);
  await page.goto(`/review?year=${YEAR}`);
  await expect(page.getByTestId(`unit-${xishan().id}`).getByTestId("status")).toHaveText("待审核");
  await expect(page.getByTestId(`unit-${qiaotou().id}`)).toHaveCount(0);

  await loginAs(page, donghu().clerk);
  await page.goto("/reports");
  await expect(page.locator("main")).not.toContainText("西山镇");
  await expect(page.locator(`a[href*="${REPORT_ID}"]`)).toHaveCount(0);
});
