/**
 * The workflow, comments and admin services against a real SQLite database
 * (a copy of the migrated and seeded test database): who may do what, and that a
 * refused request changes nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { copyTestDatabase } from "./test-database";
import type { ActingUser } from "@/lib/server/acting-user";

const testDb = copyTestDatabase("nianbao-wf-");

type Services = {
  db: typeof import("@/lib/server/db").db;
  wf: typeof import("@/lib/server/workflow-service");
  comments: typeof import("@/lib/server/comments-service");
  admin: typeof import("@/lib/server/admin-service");
  history: typeof import("@/lib/server/history-service");
  dashboard: typeof import("@/lib/server/dashboard-service");
  reminders: typeof import("@/lib/server/reminders-service");
};
let s: Services;

const clerk = (org: string, id: string): ActingUser => ({ id, name: id, role: "clerk", organizationId: org });
const xishan = clerk("org-xishan", "user-xishan");
const donghu = clerk("org-donghu", "user-donghu");
const supervisor: ActingUser = { id: "user-supervisor", name: "审核人", role: "supervisor", organizationId: "org-district" };
const otherSupervisor: ActingUser = { id: "user-supervisor2", name: "邻县", role: "supervisor", organizationId: "org-other-district" };
const admin: ActingUser = { id: "user-admin", name: "管理员", role: "admin", organizationId: null };

beforeAll(async () => {
  s = {
    db: (await import("@/lib/server/db")).db,
    wf: await import("@/lib/server/workflow-service"),
    comments: await import("@/lib/server/comments-service"),
    admin: await import("@/lib/server/admin-service"),
    history: await import("@/lib/server/history-service"),
    dashboard: await import("@/lib/server/dashboard-service"),
    reminders: await import("@/lib/server/reminders-service"),
  };
}, 120_000);

afterAll(async () => {
  await s?.db.$disconnect();
  testDb.remove();
});

async function newReport(orgId: string, mutate?: (r: import("@/lib/report/types").Report) => void) {
  const { emptyReport } = await import("@/lib/report/empty");
  const report = emptyReport({ year: 2024, organName: "示例区西山镇人民政府", organKind: "township" });
  report.meta.signedOn = "2025-01-20";
  mutate?.(report);
  await s.db.report.deleteMany({ where: { organizationId: orgId, year: 2024 } });
  return s.db.report.create({ data: { organizationId: orgId, year: 2024, format: report.format, data: JSON.stringify(report) } });
}

/** Acknowledges every warning of the stored report (as the clerk would, with a reason), then submits. */
async function submitAcknowledged(reportId: string) {
  const { check, findingKey } = await import("@/lib/check");
  const row = await s.db.report.findUniqueOrThrow({ where: { id: reportId } });
  const warnings = check(JSON.parse(row.data)).filter((f) => f.severity === "warning");
  await s.db.report.update({
    where: { id: reportId },
    data: { acknowledgements: JSON.stringify(Object.fromEntries(warnings.map((w) => [findingKey(w), "本单位确无此类事项"]))) },
  });
  expect(await s.wf.submitReport(xishan, reportId)).toEqual({ ok: true });
}

async function dump(reportId: string) {
  const [report, events, snapshots, comments] = await Promise.all([
    s.db.report.findUnique({ where: { id: reportId } }),
    s.db.reportEvent.findMany({ where: { reportId } }),
    s.db.reportSnapshot.findMany({ where: { reportId } }),
    s.db.reportComment.findMany({ where: { reportId } }),
  ]);
  return JSON.stringify({ report, events, snapshots, comments });
}

describe("submitReport", () => {
  it("answers 报告不存在 for another unit's report and for a supervisor of another district, changing nothing", async () => {
    const r = await newReport("org-xishan");
    const before = await dump(r.id);
    expect(await s.wf.submitReport(donghu, r.id)).toEqual({ ok: false, message: "报告不存在" });
    expect(await s.wf.approveReport(otherSupervisor, r.id)).toEqual({ ok: false, message: "报告不存在" });
    expect(await s.wf.submitReport(xishan, "no-such-id")).toEqual({ ok: false, message: "报告不存在" });
    expect(await dump(r.id)).toBe(before);
  });

  it("refuses while errors remain", async () => {
    const r = await newReport("org-xishan", (rep) => {
      rep.tables.requests.newRequests[0] = 3; // 一 = 3 but nothing handled: R1 fails
    });
    const res = await s.wf.submitReport(xishan, r.id);
    expect(res.ok).toBe(false);
    expect(!res.ok && res.message).toMatch(/^尚有 \d+ 处错误，不能提交$/);
    expect((await s.db.report.findUniqueOrThrow({ where: { id: r.id } })).status).toBe("draft");
  });

  it("refuses while a warning has no reason, and a blank reason does not count", async () => {
    const r = await newReport("org-xishan");
    const { check, findingKey } = await import("@/lib/check");
    const warnings = check(JSON.parse(r.data)).filter((f) => f.severity === "warning");
    expect(warnings.length).toBeGreaterThan(0); // an empty report draws warnings (W rules)
    expect(await s.wf.submitReport(xishan, r.id)).toEqual({
      ok: false,
      message: `尚有 ${warnings.length} 处提醒未说明原因，请逐条填写原因后再提交`,
    });
    await s.db.report.update({ where: { id: r.id }, data: { acknowledgements: JSON.stringify({ [findingKey(warnings[0])]: "  " }) } });
    expect((await s.wf.submitReport(xishan, r.id)).ok).toBe(false);
    expect((await s.db.report.findUniqueOrThrow({ where: { id: r.id } })).status).toBe("draft");
  });

  it("submits a clean draft: snapshot, event and status together", async () => {
    const r = await newReport("org-xishan");
    const { check } = await import("@/lib/check");
    const { findingKey } = await import("@/lib/check");
    const warnings = check(JSON.parse(r.data)).filter((f) => f.severity === "warning");
    await s.db.report.update({
      where: { id: r.id },
      data: { acknowledgements: JSON.stringify(Object.fromEntries(warnings.map((w) => [findingKey(w), "本单位确无此类事项"]))) },
    });
    expect(await s.wf.submitReport(xishan, r.id)).toEqual({ ok: true });
    const after = await s.db.report.findUniqueOrThrow({ where: { id: r.id }, include: { snapshots: true, events: true } });
    expect(after.status).toBe("submitted");
    expect(after.snapshots).toHaveLength(1);
    expect(after.events.map((e) => [e.fromStatus, e.toStatus, e.actorId])).toEqual([["draft", "submitted", "user-xishan"]]);
    // Not twice.
    expect(await s.wf.submitReport(xishan, r.id)).toEqual({ ok: false, message: "报告当前状态为“待审核”，不能提交审核" });
  });
});

describe("the supervisor's side", () => {
  it("refuses forged requests (clerk approving, supervisor submitting, approving a draft) and changes nothing", async () => {
    const r = await newReport("org-xishan");
    const before = await dump(r.id);
    expect(await s.wf.approveReport(xishan, r.id)).toEqual({ ok: false, message: "只有审核人可以审核通过" });
    expect((await s.wf.submitReport(supervisor, r.id)).ok).toBe(false);
    expect(await s.wf.approveReport(supervisor, r.id)).toEqual({ ok: false, message: "报告当前状态为“草稿”，不能审核通过" });
    expect(await s.wf.approveReport(admin, r.id)).toEqual({ ok: false, message: "报告不存在" });
    expect(await dump(r.id)).toBe(before);
  });

  it("comments on a cell, returns, sees the resubmitted change, approves and records publication", async () => {
    const r = await newReport("org-xishan");
    await submitAcknowledged(r.id);
    expect((await s.comments.addComment(xishan, r.id, { anchor: "cell:requests/newRequests/0", body: "请核实" })).ok).toBe(false);
    expect(await s.comments.addComment(supervisor, r.id, { anchor: "cell:requests/nowhere/0", body: "请核实" })).toEqual({
      ok: false,
      message: "批注位置无效",
    });
    const c = await s.comments.addComment(supervisor, r.id, { anchor: "cell:requests/newRequests/0", body: "自然人申请数与台账不符，请核实" });
    expect(c.ok).toBe(true);
    expect(await s.wf.returnReport(supervisor, r.id, "请按批注修改")).toEqual({ ok: true });

    const list = await s.comments.listComments(xishan, r.id);
    expect(list?.[0]).toMatchObject({
      anchor: "cell:requests/newRequests/0",
      anchorLabel: "三、收到和处理政府信息公开申请情况 一、本年新收政府信息公开申请数量 自然人",
    });
    expect(await s.comments.listComments(donghu, r.id)).toBeNull();
    expect((await s.comments.replyToComment(xishan, list![0].id, "已核实并修改")).ok).toBe(true);
    expect((await s.comments.setCommentResolved(xishan, list![0].id, true)).ok).toBe(true);

    // The clerk changes a paragraph and resubmits.
    const data = JSON.parse((await s.db.report.findUniqueOrThrow({ where: { id: r.id } })).data);
    data.text.problems = "已整改。";
    await s.db.report.update({ where: { id: r.id }, data: { data: JSON.stringify(data), version: { increment: 1 } } });
    await submitAcknowledged(r.id);
    const changes = await s.history.changesSinceLastSubmission(supervisor, r.id);
    expect(changes?.changes).toEqual([
      { kind: "text", field: "text.problems", label: "五、存在的主要问题及改进情况", before: "", after: "已整改。" },
    ]);

    expect(await s.wf.approveReport(supervisor, r.id)).toEqual({ ok: true });
    const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
    expect((await s.wf.publishReport(supervisor, r.id, { publishedAt: today, publishedUrl: "不是网址" })).ok).toBe(false);
    // Approved today: a publication date before today is before the approval.
    expect(await s.wf.publishReport(supervisor, r.id, { publishedAt: "2025-01-17", publishedUrl: "https://www.example.gov.cn/nb/2024.html" })).toMatchObject({
      ok: false,
      message: expect.stringContaining("早于审核通过的日期"),
    });
    expect(await s.wf.publishReport(supervisor, r.id, { publishedAt: today, publishedUrl: "https://www.example.gov.cn/nb/2024.html" })).toEqual({ ok: true });
    const history = await s.history.reportHistory(xishan, r.id);
    expect(history?.map((h) => h.step)).toEqual(["草稿 → 待审核", "待审核 → 已退回", "已退回 → 待审核", "待审核 → 已通过", "已通过 → 已发布"]);
    expect(history?.[1].comment).toBe("请按批注修改");
    expect(history?.[4].comment).toMatch(/^发布日期 \d{4}年\d{1,2}月\d{1,2}日；发布网址 https:\/\/www\.example\.gov\.cn\/nb\/2024\.html$/);

    const dash = await s.dashboard.supervisorDashboard(supervisor, 2024);
    expect(dash?.rows.find((x) => x.organizationId === "org-xishan")?.status).toBe("published");
    expect(dash?.rows.find((x) => x.organizationId === "org-nanhe")?.status).toBe("none");
    expect(dash?.rows.some((x) => x.organizationId === "org-qiaotou")).toBe(false);
    expect(dash?.totals?.count).toBe(1);
    expect(await s.dashboard.supervisorDashboard(xishan, 2024)).toBeNull();
  });
});

describe("reopening and correcting a decision", () => {
  async function publishedReport() {
    const r = await newReport("org-xishan");
    await submitAcknowledged(r.id);
    expect(await s.wf.approveReport(supervisor, r.id)).toEqual({ ok: true });
    await s.db.reportEvent.updateMany({ where: { reportId: r.id, toStatus: "approved" }, data: { createdAt: new Date("2025-01-18T10:00:00+08:00") } });
    expect(await s.wf.publishReport(supervisor, r.id, { publishedAt: "2025-01-20", publishedUrl: "https://www.example.gov.cn/nb/2024.html" })).toEqual({
      ok: true,
    });
    return r;
  }

  it("refuses a future date, a date inside the year and a bad address, changing nothing", async () => {
    const r = await newReport("org-xishan");
    await submitAcknowledged(r.id);
    await s.wf.approveReport(supervisor, r.id);
    const before = await dump(r.id);
    const url = "https://www.example.gov.cn/nb/2024.html";
    expect(await s.wf.publishReport(supervisor, r.id, { publishedAt: "2030-01-01", publishedUrl: url })).toMatchObject({ ok: false, message: expect.stringContaining("晚于今天") });
    expect(await s.wf.publishReport(supervisor, r.id, { publishedAt: "2023-06-01", publishedUrl: url })).toMatchObject({ ok: false, message: expect.stringContaining("早于统计年度结束") });
    expect(await dump(r.id)).toBe(before);
  });

  it("corrects the publication record, keeping the old and new values in the history", async () => {
    const r = await publishedReport();
    expect(await s.wf.correctPublication(xishan, r.id, { publishedAt: "2025-01-21", publishedUrl: "https://www.example.gov.cn/nb/2024.html" })).toEqual({
      ok: false,
      message: "只有审核人可以更正发布信息",
    });
    expect(await s.wf.correctPublication(supervisor, r.id, { publishedAt: "2030-01-01", publishedUrl: "https://www.example.gov.cn/nb/2024.html" })).toMatchObject({ ok: false });
    expect(await s.wf.correctPublication(supervisor, r.id, { publishedAt: "2025-01-20", publishedUrl: "https://www.example.gov.cn/nb/2024.html" })).toEqual({
      ok: false,
      message: "发布日期和网址都没有变化",
    });
    expect(await s.wf.correctPublication(supervisor, r.id, { publishedAt: "2025-01-22", publishedUrl: "https://www.example.gov.cn/nb/2024a.html" })).toEqual({ ok: true });
    const row = await s.db.report.findUniqueOrThrow({ where: { id: r.id } });
    expect(row.status).toBe("published");
    expect(row.publishedUrl).toBe("https://www.example.gov.cn/nb/2024a.html");
    expect(row.publishedAt?.toISOString()).toBe("2025-01-21T16:00:00.000Z");
    const last = (await s.history.reportHistory(xishan, r.id))!.at(-1)!;
    expect(last.step).toBe("更正发布信息");
    // The name recorded at the time of the step: the acting user's.
    expect(last.actorName).toBe(supervisor.name);
    expect(last.comment).toBe("发布日期 2025年1月20日 → 2025年1月22日；发布网址 https://www.example.gov.cn/nb/2024.html → https://www.example.gov.cn/nb/2024a.html");
  });

  it("reopens an approved or a published report only with a reason, which the clerk is shown", async () => {
    const r = await publishedReport();
    const before = await dump(r.id);
    expect(await s.wf.reopenReport(supervisor, r.id, "  ")).toEqual({ ok: false, message: "重新打开时请写明原因，填报人会看到" });
    expect(await s.wf.reopenReport(xishan, r.id, "想改")).toEqual({ ok: false, message: "只有审核人可以重新打开" });
    expect(await dump(r.id)).toBe(before);
    expect(await s.wf.reopenReport(supervisor, r.id, "表三结转数有误，请改正后重新提交")).toEqual({ ok: true });
    expect((await s.db.report.findUniqueOrThrow({ where: { id: r.id } })).status).toBe("returned");
    expect((await s.history.reportHistory(xishan, r.id))!.at(-1)).toMatchObject({
      step: "重新打开：已发布 → 已退回",
      comment: "表三结转数有误，请改正后重新提交",
    });
    expect(await s.history.returnNotice(xishan, r.id)).toMatchObject({ reason: "表三结转数有误，请改正后重新提交", reopened: true });
    // The clerk may now correct and resubmit.
    await submitAcknowledged(r.id);
    expect(await s.wf.approveReport(supervisor, r.id)).toEqual({ ok: true });
    expect(await s.wf.reopenReport(supervisor, r.id, "审核通过有误")).toEqual({ ok: true });
    expect((await s.history.reportHistory(xishan, r.id))!.at(-1)?.step).toBe("重新打开：已通过 → 已退回");
  });

  it("asks to confirm an approval while comments are open, and records that they were", async () => {
    const r = await newReport("org-xishan");
    await submitAcknowledged(r.id);
    await s.comments.addComment(supervisor, r.id, { anchor: "section:problems", body: "问题写得太笼统" });
    expect(await s.wf.approveReport(supervisor, r.id)).toEqual({ ok: false, message: "尚有 1 条批注未解决，请确认后再审核通过" });
    expect((await s.db.report.findUniqueOrThrow({ where: { id: r.id } })).status).toBe("submitted");
    expect(await s.wf.approveReport(supervisor, r.id, "", { confirmOpenComments: true })).toEqual({ ok: true });
    expect((await s.history.reportHistory(xishan, r.id))!.at(-1)?.comment).toBe("（审核通过时尚有 1 条批注未解决）");
  });
});

describe("催报", () => {
  it("reminds one unit or all not submitted, records the date, tells the clerk, and lists whom to call", async () => {
    await s.db.report.deleteMany({ where: { year: 2023 } });
    const r = await s.db.report.create({
      data: {
        organizationId: "org-xishan",
        year: 2023,
        format: "2021",
        status: "submitted",
        data: JSON.stringify((await import("@/lib/report/empty")).emptyReport({ year: 2023, organName: "示例区西山镇人民政府", organKind: "township" })),
      },
    });
    expect(await s.reminders.remindUnits(xishan, 2023, "all")).toEqual({ ok: false, message: "只有审核人可以催报" });
    expect(await s.reminders.remindUnits(supervisor, 2023, "org-xishan")).toMatchObject({ ok: false });
    expect(await s.reminders.remindUnits(supervisor, 2023, "org-qiaotou")).toMatchObject({ ok: false });
    expect(await s.reminders.remindUnits(supervisor, 2023, "org-donghu")).toEqual({ ok: true, count: 1 });
    const dash = await s.dashboard.supervisorDashboard(supervisor, 2023);
    expect(dash?.rows.find((x) => x.organizationId === "org-donghu")?.remindedAt).not.toBeNull();
    expect(dash?.rows.find((x) => x.organizationId === "org-nanhe")?.remindedAt).toBeNull();
    const notices = await s.reminders.remindersForClerk(donghu);
    expect(notices).toHaveLength(1);
    expect(notices[0].text).toContain("2023年度政府信息公开工作年度报告尚未提交（未创建报告），请于 2024年1月31日前完成并提交审核。");
    expect(await s.reminders.remindersForClerk(xishan)).toEqual([]);

    const all = await s.reminders.remindUnits(supervisor, 2023, "all");
    const notIn = dash!.rows.filter((x) => x.status !== "submitted").length;
    expect(all).toEqual({ ok: true, count: notIn });
    const list = await s.reminders.reminderCallList(supervisor, 2023);
    expect(list?.map((x) => x.organizationName)).not.toContain("示例区西山镇人民政府");
    expect(list?.find((x) => x.organizationName === "示例区东湖镇人民政府")).toMatchObject({ state: "未创建报告", contact: "东湖镇填报人（账号 donghu）" });
    await s.db.report.delete({ where: { id: r.id } });
  });
});

describe("admin", () => {
  it("creates an account that can be disabled (sessions revoked) and refuses bad input", async () => {
    expect(await s.admin.createUser(xishan, {})).toEqual({ ok: false, message: "只有管理员可以管理单位和账号" });
    expect(await s.admin.createUser(admin, { username: "ab", name: "x", role: "clerk", organizationId: "org-nanhe", password: "abc12345" })).toEqual({
      ok: false,
      message: "用户名为 3–30 位小写字母、数字、下划线或点",
    });
    expect((await s.admin.createUser(admin, { username: "nanhe2", name: "南河镇第二填报人", role: "clerk", password: "abc12345" })).ok).toBe(false);
    expect(await s.admin.createUser(admin, { username: "nanhe", name: "重名", role: "clerk", organizationId: "org-nanhe", password: "abc12345" })).toEqual({
      ok: false,
      message: "用户名“nanhe”已被使用",
    });
    const created = await s.admin.createUser(admin, { username: "nanhe2", name: "南河镇第二填报人", role: "clerk", organizationId: "org-nanhe", password: "abc12345" });
    expect(created.ok).toBe(true);
    const id = created.ok ? created.id : "";
    const account = await s.db.account.findFirstOrThrow({ where: { userId: id } });
    expect(account.password).not.toContain("abc12345");
    await s.db.session.create({ data: { id: "s1", token: "t1", userId: id, expiresAt: new Date(Date.now() + 3_600_000) } });
    expect(await s.admin.setUserDisabled(admin, id, true)).toEqual({ ok: true, id });
    expect(await s.db.session.count({ where: { userId: id } })).toBe(0);
    expect((await s.db.user.findUniqueOrThrow({ where: { id } })).banned).toBe(true);
    expect(await s.admin.setUserDisabled(admin, admin.id, true)).toEqual({ ok: false, message: "不能停用自己的账号" });
    expect(await s.admin.resetPassword(admin, id, "short")).toEqual({ ok: false, message: "密码至少 8 位" });
  });
});
