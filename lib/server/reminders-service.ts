import "server-only";
import { parseReport } from "../report/schema";
import { deadlineFor } from "../workflow/deadline";
import { chineseDay } from "../workflow/publication";
import { isRemindable, REMINDABLE, reminderStateLabel } from "../workflow/reminders";
import { visibleOrganizationWhere } from "./access";
import type { ActingUser } from "./acting-user";
import { dashboardUnits, supervisorDashboard, type DashboardRow } from "./dashboard-service";
import { db } from "./db";
import { can } from "./permissions";

function groupBy<T>(xs: readonly T[], key: (x: T) => string): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const x of xs) {
    const list = m.get(key(x));
    if (list) list.push(x);
    else m.set(key(x), [x]);
  }
  return m;
}

export type RemindResult = { ok: true; count: number } | { ok: false; message: string };

/**
 * 催报 one unit (`organizationId`) or every unit not yet submitted ("all") for `year`:
 * one record per unit, dated now. Only units under the supervisor whose report is not in.
 */
export async function remindUnits(user: ActingUser, year: number, target: string): Promise<RemindResult> {
  if (!can(user, "report.review") || !user.organizationId) return { ok: false, message: "只有审核人可以催报" };
  const below = await visibleOrganizationWhere(user, { below: true });
  // Not handed in: no report of the year, or one still with the clerk (the dashboard's 未提交).
  const notIn = { OR: [{ reports: { none: { year } } }, { reports: { some: { year, status: { in: REMINDABLE.filter((s) => s !== "none") } } } }] };
  const where = { AND: [below, { disabled: false }, notIn, target === "all" ? {} : { id: target }] };
  let count = 0;
  // A page of units at a time, inserted in batches that stay well under the bound-parameter limit.
  for (let cursor: string | undefined; ; ) {
    const units = await db.organization.findMany({
      where,
      select: { id: true },
      orderBy: { id: "asc" },
      take: 200,
      ...(cursor ? { skip: 1, cursor: { id: cursor } } : {}),
    });
    if (units.length === 0) break;
    await db.reminder.createMany({ data: units.map((u) => ({ organizationId: u.id, year, senderId: user.id })) });
    count += units.length;
    cursor = units[units.length - 1].id;
  }
  if (count === 0) {
    return { ok: false, message: target === "all" ? "所有单位都已提交，无需催报" : "该单位已提交报告或不在您的管辖范围内，无需催报" };
  }
  return { ok: true, count };
}

export interface ClerkReminder {
  year: number;
  at: string;
  senderName: string;
  text: string;
}

/** What the clerk is told: the latest 催报 of each year whose report their unit has still not handed in. */
export async function remindersForClerk(user: ActingUser): Promise<ClerkReminder[]> {
  if (user.role !== "clerk" || !user.organizationId) return [];
  const reminders = await db.reminder.findMany({ where: { organizationId: user.organizationId }, orderBy: { createdAt: "desc" } });
  if (reminders.length === 0) return [];
  const reports = await db.report.findMany({ where: { organizationId: user.organizationId }, select: { year: true, status: true } });
  const status = new Map(reports.map((r) => [r.year, r.status]));
  const latest = new Map<number, (typeof reminders)[number]>();
  for (const r of reminders) if (!latest.has(r.year) && isRemindable(status.get(r.year) ?? "none")) latest.set(r.year, r);
  const senders = await db.user.findMany({ where: { id: { in: [...new Set([...latest.values()].map((r) => r.senderId))] } }, select: { id: true, name: true } });
  const who = new Map(senders.map((s) => [s.id, s.name]));
  return [...latest.values()].map((r) => ({
    year: r.year,
    at: r.createdAt.toISOString(),
    senderName: who.get(r.senderId) ?? "审核人",
    text: `${r.year}年度政府信息公开工作年度报告尚未提交（${reminderStateLabel(status.get(r.year) ?? "none")}），请于 ${chineseDay(deadlineFor(r.year))}前完成并提交审核。`,
  }));
}

export interface CallListRow {
  organizationName: string;
  state: string;
  contact: string;
  remindedAt: string | null;
}

function contactOf(data: string | undefined): string {
  if (!data) return "";
  try {
    const p = parseReport(JSON.parse(data));
    const c = p.ok ? p.report.meta.contact : undefined;
    return c ? [c.office, c.phone, c.email].filter(Boolean).join("，") : "";
  } catch {
    return "";
  }
}

/** A page of the call list, with what the page around it needs. */
export interface CallListPage {
  rows: CallListRow[];
  /** Units not handed in within the sub-area chosen (all pages). */
  matched: number;
  page: number;
  pageCount: number;
  pageSize: number;
  /** 未提交 per sub-area (a unit directly under the supervisor's with units below it), for the filter. */
  areas: { id: string; name: string; notIn: number }[];
  area: { id: string; name: string } | null;
  /** Not handed in over the whole subtree: 催报全部 reaches these. */
  wholeNotIn: number;
}

/**
 * The list for the phone calls and the written 通知: the units not yet submitted, their state,
 * whom to call (the contact of their report, else of last year's, else their accounts), last 催报.
 * A page at a time, as the dashboard pages (a province has tens of thousands of units; the whole
 * list read at once took seconds and half a gigabyte at 35,000). Only supervisors; others get null.
 */
export async function reminderCallPage(user: ActingUser, year: number, sel: { area?: string; page?: number } = {}): Promise<CallListPage | null> {
  const dash = await supervisorDashboard(user, year, { status: "notin", area: sel.area, page: sel.page }, { totals: false });
  if (!dash) return null;
  return {
    rows: await callRows(dash.rows, year),
    matched: dash.matched,
    page: dash.page,
    pageCount: dash.pageCount,
    pageSize: dash.pageSize,
    areas: dash.areas.flatMap((a) => (a.areaId ? [{ id: a.areaId, name: a.name, notIn: a.notIn }] : [])),
    area: dash.area,
    wholeNotIn: dash.whole.notIn,
  };
}

/** Units whose contacts are read by one query: under SQLite's ~999 bound parameters with room to spare. */
const CONTACT_CHUNK = 400;

/** The whole call list of the sub-area (or of everything below the supervisor), for the .xlsx: contacts read a chunk at a time. */
export async function reminderCallList(user: ActingUser, year: number, sel: { area?: string } = {}): Promise<CallListRow[] | null> {
  const rows = await dashboardUnits(user, year, { status: "notin", area: sel.area });
  if (!rows) return null;
  const out: CallListRow[] = [];
  for (let i = 0; i < rows.length; i += CONTACT_CHUNK) out.push(...(await callRows(rows.slice(i, i + CONTACT_CHUNK), year)));
  return out;
}

/**
 * The contacts of units the dashboard has already listed for this supervisor (so within what they
 * may see): their reports of the year and the year before, and their clerks' accounts. The ids are
 * one page or one chunk, never the supervisor's whole subtree.
 */
async function callRows(rows: readonly DashboardRow[], year: number): Promise<CallListRow[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.organizationId);
  const [reports, users] = await Promise.all([
    db.report.findMany({ where: { organizationId: { in: ids }, year: { in: [year, year - 1] } }, select: { organizationId: true, year: true, data: true } }),
    db.user.findMany({ where: { organizationId: { in: ids }, role: "clerk", banned: { not: true } }, select: { organizationId: true, name: true, username: true } }),
  ]);
  const reportsOf = groupBy(reports, (x) => x.organizationId);
  const usersOf = groupBy(users, (u) => u.organizationId ?? "");
  return rows.map((r) => {
    const own = (reportsOf.get(r.organizationId) ?? []).sort((a, b) => b.year - a.year);
    const fromReport = own.map((x) => contactOf(x.data)).find(Boolean);
    const accounts = (usersOf.get(r.organizationId) ?? []).map((u) => `${u.name}（账号 ${u.username ?? ""}）`);
    return {
      organizationName: r.organizationName,
      state: reminderStateLabel(r.status),
      contact: fromReport || accounts.join("；") || "（无联系人）",
      remindedAt: r.remindedAt,
    };
  });
}
