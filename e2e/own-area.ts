/**
 * A spec's own supervising office, its supervisor and its units with a clerk each, made directly in the e2e
 * database the way the seed makes the demo district (prisma/directory.ts). Names and usernames carry a key no
 * other area has, so a spec may use any year, count what it sees on its supervisor's dashboard, and run alone,
 * in any order, or again on the same database.
 */
import { randomInt } from "node:crypto";
import type { OrganKind } from "../lib/template";
import type { Report } from "../lib/report/types";
import { rollupColumn } from "../lib/server/rollup-store";
import { createOrganization, createPassword, createUser } from "../prisma/directory";
import { appDb } from "./app-db";

export interface Account {
  id: string;
  username: string;
  password: string;
  name: string;
}

export interface Unit {
  id: string;
  name: string;
  kind: OrganKind;
  clerk: Account;
}

export interface Area {
  /** Digits no other area's names and usernames carry. */
  key: string;
  id: string;
  /** The region the units' names start with, e.g. 测三〇七…区 (a region prefix as the checks know them). */
  region: string;
  name: string;
  supervisor: Account;
  units: Unit[];
}

/** A unit to make: its name after the region (东湖镇人民政府, 教育局) and its kind. */
export interface UnitSpec {
  name: string;
  kind: OrganKind;
}

export const TOWNSHIP = (name: string): UnitSpec => ({ name: `${name}人民政府`, kind: "township" });
export const DEPARTMENT = (name: string): UnitSpec => ({ name, kind: "county-department" });

const CHINESE_DIGITS = "〇一二三四五六七八九";

async function freeKey(): Promise<string> {
  for (;;) {
    const key = String(randomInt(10_000_000)).padStart(7, "0");
    if (!(await appDb().organization.findUnique({ where: { id: `e2e-${key}` } }))) return key;
  }
}

async function account(key: string, suffix: string, name: string, role: string, organizationId: string): Promise<Account> {
  const a = { id: `e2e-user-${key}-${suffix}`, username: `e${key}${suffix}`, password: `Pw${key}${suffix}`, name };
  await createUser(appDb(), { id: a.id, username: a.username, name, role, organizationId });
  await createPassword(appDb(), a.id, a.password);
  return a;
}

/** Creates the area: a county office (a root of the tree), its supervisor, and the units below it in order. */
export async function createArea(units: UnitSpec[] = [TOWNSHIP("东湖镇")]): Promise<Area> {
  const key = await freeKey();
  const region = `测${[...key].map((d) => CHINESE_DIGITS[Number(d)]).join("")}区`;
  const id = `e2e-${key}`;
  const name = `${region}政务公开办`;
  const path = await createOrganization(appDb(), { id, name, kind: "county-government", parentId: null }, null);
  const supervisor = await account(key, "s", `${region}审核人`, "supervisor", id);
  const made: Unit[] = [];
  for (const [i, u] of units.entries()) {
    const unitId = `${id}-u${i}`;
    await createOrganization(appDb(), { id: unitId, name: `${region}${u.name}`, kind: u.kind, parentId: id }, path);
    const clerk = await account(key, `u${i}`, `${u.name.replace(/人民政府$/, "")}填报人`, "clerk", unitId);
    made.push({ id: unitId, name: `${region}${u.name}`, kind: u.kind, clerk });
  }
  return { key, id, region, name, supervisor, units: made };
}

/** Stores a report of a unit as it stands (no workflow history), e.g. one already handed in; returns its id. */
export async function storeReport(
  unit: Pick<Unit, "id">,
  report: Report,
  opts: { status?: string; errorCount?: number; warningCount?: number; submittedAt?: Date } = {},
): Promise<string> {
  const data = JSON.stringify(report);
  const status = opts.status ?? "draft";
  const row = await appDb().report.create({
    data: {
      organizationId: unit.id,
      year: report.year,
      format: report.format,
      status,
      data,
      errorCount: opts.errorCount ?? 0,
      warningCount: opts.warningCount ?? 0,
      submittedAt: opts.submittedAt ?? (status === "draft" ? null : new Date()),
      // The dashboard's totals add up the roll-ups an approval or publication writes.
      rollup: status === "approved" || status === "published" ? rollupColumn(data) : null,
    },
  });
  return row.id;
}
