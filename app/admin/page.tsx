import type { Metadata } from "next";
import { AppHeader } from "@/components/app-header";
import { OrganizationAdmin } from "@/components/admin/organization-admin";
import { UserAdmin } from "@/components/admin/user-admin";
import { requireUser } from "@/lib/server/acting-user";
import { listOrganizations, listUsers } from "@/lib/server/admin-service";

export const metadata: Metadata = { title: "单位与账号管理 · 年报通" };
export const dynamic = "force-dynamic";

export default async function AdminPage() {
  const user = await requireUser("admin");
  const [orgs, users] = await Promise.all([listOrganizations(user), listUsers(user)]);
  return (
    <>
      <AppHeader />
      <main className="mx-auto max-w-6xl space-y-10 px-6 py-8">
        <h1 className="text-2xl font-bold">单位与账号管理</h1>
        <OrganizationAdmin orgs={orgs ?? []} />
        <UserAdmin users={users ?? []} orgs={orgs ?? []} selfId={user.id} />
      </main>
    </>
  );
}
