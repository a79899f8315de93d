import "server-only";
import { hashPassword } from "better-auth/crypto";
import { clearLoginFailures } from "./login-throttle";
import { z } from "zod";
import { ORGAN_KIND_IDS } from "../template";
import { childPath, isWithin } from "../tree/path";
import type { ActingUser } from "./acting-user";
import { db } from "./db";
import { can, REFUSALS } from "./permissions";

/**
 * The admin's work: units (a tree under the supervising offices) and accounts.
 * Every function refuses anyone but an admin. Accounts are created here, not by
 * sign-up: a better-auth user plus its credential account with a scrypt hash.
 */
export type AdminResult = { ok: true; id: string } | { ok: false; message: string };

const FORBIDDEN: AdminResult = { ok: false, message: REFUSALS["admin.manage"] };
const isAdmin = (u: ActingUser) => can(u, "admin.manage");

const orgInput = z.object({
  name: z.string({ error: "请填写单位名称" }).trim().min(2, "单位名称至少 2 个字").max(60, "单位名称不超过 60 个字"),
  kind: z.enum(ORGAN_KIND_IDS, { error: "请选择单位类型" }),
  parentId: z
    .string()
    .optional()
    .transform((v) => (v ? v : null)),
});

export async function createOrganization(user: ActingUser, input: unknown): Promise<AdminResult> {
  if (!isAdmin(user)) return FORBIDDEN;
  const p = orgInput.safeParse(input);
  if (!p.success) return { ok: false, message: p.error.issues[0].message };
  const parent = p.data.parentId ? await db.organization.findUnique({ where: { id: p.data.parentId }, select: { path: true } }) : null;
  if (p.data.parentId && !parent) return { ok: false, message: "上级单位不存在" };
  if (await db.organization.findFirst({ where: { name: p.data.name } })) return { ok: false, message: `单位“${p.data.name}”已存在` };
  const id = crypto.randomUUID();
  const o = await db.organization.create({ data: { ...p.data, id, path: childPath(parent?.path ?? null, id) } });
  return { ok: true, id: o.id };
}

/**
 * Moves a unit, with everything under it, to another parent (or to the top). The subtree's
 * paths change by one prefix replacement in a single UPDATE, so its supervisors' view
 * follows at once and nothing is left half-moved.
 */
export async function moveOrganization(user: ActingUser, orgId: string, newParentId: string | null | undefined): Promise<AdminResult> {
  if (!isAdmin(user)) return FORBIDDEN;
  const o = await db.organization.findUnique({ where: { id: orgId }, select: { id: true, path: true, parentId: true } });
  if (!o) return { ok: false, message: "单位不存在" };
  const parentId = newParentId ? newParentId : null;
  const parent = parentId ? await db.organization.findUnique({ where: { id: parentId }, select: { path: true } }) : null;
  if (parentId && !parent) return { ok: false, message: "上级单位不存在" };
  if (parent && isWithin(parent.path, o.path)) return { ok: false, message: "不能把单位移到它自己或它的下级单位之下" };
  if (parentId === o.parentId) return { ok: false, message: "该单位已在所选上级单位之下" };
  const oldPath = o.path;
  const newPath = childPath(parent?.path ?? null, o.id);
  await db.$transaction([
    db.organization.update({ where: { id: o.id }, data: { parentId } }),
    // substr is 1-based in SQLite and PostgreSQL alike: keep what follows the old prefix.
    db.$executeRaw`UPDATE "Organization" SET "path" = ${newPath} || substr("path", ${oldPath.length + 1}) WHERE substr("path", 1, ${oldPath.length}) = ${oldPath}`,
  ]);
  return { ok: true, id: o.id };
}

/** Disabling a unit locks its people out (their sessions end) but keeps its reports. */
export async function setOrganizationDisabled(user: ActingUser, orgId: string, disabled: boolean): Promise<AdminResult> {
  if (!isAdmin(user)) return FORBIDDEN;
  const o = await db.organization.findUnique({ where: { id: orgId } });
  if (!o) return { ok: false, message: "单位不存在" };
  await db.$transaction([
    db.organization.update({ where: { id: orgId }, data: { disabled: Boolean(disabled) } }),
    ...(disabled ? [db.session.deleteMany({ where: { user: { organizationId: orgId } } })] : []),
  ]);
  return { ok: true, id: orgId };
}

const password = z
  .string({ error: "请填写密码" })
  .min(8, "密码至少 8 位")
  .max(64, "密码不超过 64 位")
  .refine((p) => /[A-Za-z]/.test(p) && /\d/.test(p), "密码须同时包含字母和数字");

const userInput = z
  .object({
    username: z
      .string({ error: "请填写用户名" })
      .trim()
      .toLowerCase()
      .regex(/^[a-z0-9_.]{3,30}$/, "用户名为 3–30 位小写字母、数字、下划线或点"),
    name: z.string({ error: "请填写姓名" }).trim().min(1, "请填写姓名").max(40, "姓名不超过 40 个字"),
    role: z.enum(["clerk", "supervisor", "admin"], { error: "请选择角色" }),
    organizationId: z
      .string()
      .optional()
      .transform((v) => (v ? v : null)),
    password,
  })
  .refine((u) => u.role === "admin" || u.organizationId, { message: "填报人和审核人须选择所属单位", path: ["organizationId"] });

export async function createUser(user: ActingUser, input: unknown): Promise<AdminResult> {
  if (!isAdmin(user)) return FORBIDDEN;
  const p = userInput.safeParse(input);
  if (!p.success) return { ok: false, message: p.error.issues[0].message };
  const d = p.data;
  if (d.role === "admin") d.organizationId = null;
  if (d.organizationId) {
    const org = await db.organization.findUnique({ where: { id: d.organizationId } });
    if (!org || org.disabled) return { ok: false, message: "所属单位不存在或已停用" };
  }
  if (await db.user.findUnique({ where: { username: d.username } })) return { ok: false, message: `用户名“${d.username}”已被使用` };
  const id = crypto.randomUUID();
  const hash = await hashPassword(d.password);
  await db.user.create({
    data: {
      id,
      username: d.username,
      displayUsername: d.username,
      name: d.name,
      // better-auth requires a unique e-mail; sign-in is by username only, so a placeholder does.
      email: `${d.username}@accounts.invalid`,
      role: d.role,
      organizationId: d.organizationId,
      accounts: { create: { id: crypto.randomUUID(), accountId: id, providerId: "credential", password: hash } },
    },
  });
  return { ok: true, id };
}

/** Disable (and end every session at once) or enable an account. The admin cannot lock themself out. */
export async function setUserDisabled(user: ActingUser, userId: string, disabled: boolean): Promise<AdminResult> {
  if (!isAdmin(user)) return FORBIDDEN;
  if (userId === user.id && disabled) return { ok: false, message: "不能停用自己的账号" };
  const target = await db.user.findUnique({ where: { id: userId } });
  if (!target) return { ok: false, message: "账号不存在" };
  await db.$transaction([
    db.user.update({ where: { id: userId }, data: { banned: Boolean(disabled), banReason: disabled ? "管理员停用" : null } }),
    ...(disabled ? [db.session.deleteMany({ where: { userId } })] : []),
  ]);
  return { ok: true, id: userId };
}

/** A new password set by the admin; the user's sessions end so the old password's holder is out. */
export async function resetPassword(user: ActingUser, userId: string, newPassword: unknown): Promise<AdminResult> {
  if (!isAdmin(user)) return FORBIDDEN;
  const p = password.safeParse(newPassword);
  if (!p.success) return { ok: false, message: p.error.issues[0].message };
  const target = await db.user.findUnique({ where: { id: userId } });
  if (!target) return { ok: false, message: "账号不存在" };
  const hash = await hashPassword(p.data);
  await db.$transaction(async (tx) => {
    const acc = await tx.account.findFirst({ where: { userId, providerId: "credential" } });
    if (acc) await tx.account.update({ where: { id: acc.id }, data: { password: hash } });
    else await tx.account.create({ data: { id: crypto.randomUUID(), accountId: userId, providerId: "credential", userId, password: hash } });
    await tx.session.deleteMany({ where: { userId } });
  });
  if (target.username) await clearLoginFailures(target.username);
  return { ok: true, id: userId };
}
