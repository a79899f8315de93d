"use server";
import { revalidatePath } from "next/cache";
import { getActingUser } from "@/lib/server/acting-user";
import {
  createOrganization,
  createUser,
  moveOrganization,
  resetPassword,
  setOrganizationDisabled,
  setUserDisabled,
  type AdminResult,
} from "@/lib/server/admin-service";

export interface FormState {
  ok?: boolean;
  message?: string;
}

function state(r: AdminResult, success: string): FormState {
  if (!r.ok) return { ok: false, message: r.message };
  revalidatePath("/admin");
  return { ok: true, message: success };
}

const str = (f: FormData, k: string) => {
  const v = f.get(k);
  return typeof v === "string" ? v : undefined;
};

export async function createOrganizationAction(_prev: FormState, f: FormData): Promise<FormState> {
  const user = await getActingUser();
  return state(await createOrganization(user, { name: str(f, "name"), kind: str(f, "kind"), parentId: str(f, "parentId") }), "单位已创建");
}

export async function moveOrganizationAction(_prev: FormState, f: FormData): Promise<FormState> {
  const user = await getActingUser();
  return state(await moveOrganization(user, str(f, "orgId") ?? "", str(f, "parentId")), "单位已移动，其下级单位随之移动");
}

export async function createUserAction(_prev: FormState, f: FormData): Promise<FormState> {
  const user = await getActingUser();
  const r = await createUser(user, {
    username: str(f, "username"),
    name: str(f, "name"),
    role: str(f, "role"),
    organizationId: str(f, "organizationId"),
    password: str(f, "password"),
  });
  return state(r, "账号已创建");
}

export async function setOrganizationDisabledAction(orgId: string, disabled: boolean): Promise<FormState> {
  const user = await getActingUser();
  return state(await setOrganizationDisabled(user, orgId, disabled), disabled ? "单位已停用" : "单位已启用");
}

export async function setUserDisabledAction(userId: string, disabled: boolean): Promise<FormState> {
  const user = await getActingUser();
  return state(await setUserDisabled(user, userId, disabled), disabled ? "账号已停用" : "账号已启用");
}

export async function resetPasswordAction(_prev: FormState, f: FormData): Promise<FormState> {
  const user = await getActingUser();
  return state(await resetPassword(user, str(f, "userId") ?? "", str(f, "password")), "密码已重置，该账号需用新密码重新登录");
}
