import type { Metadata } from "next";
import { AppHeader } from "@/components/app-header";
import { OrganizationAdmin } from "@/components/admin/organization-admin";
import { UserAdmin } from "@/components/admin/user-admin";
import { parseAdminAddress } from "@/lib/admin/admin-address";
import { requireUser } from "@/lib/server/acting-user";
import { adminUnitPage, adminUserPage } from "@/lib/server/admin-directory";

export const metadata: Metadata = { title: "单位与账号管理 · 年报通" };
export const dynamic = "force-dynamic";

/** The admin's page: where in the unit tree (unit, q, page) and which accounts (uq, upage) are read from the address. */
export default async function AdminPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const user = await requireUser("admin");
  const at = parseAdminAddress(await searchParams);
  const [units, users] = await Promise.all([adminUnitPage(user, { parentId: at.unit, q: at.q, page: at.page }), adminUserPage(user, { q: at.uq, page: at.upage })]);
  return (
    <>
      <AppHeader />
      <main className="mx-auto max-w-6xl space-y-10 px-6 py-8">
        <h1 className="text-2xl font-bold">单位与账号管理</h1>
        <OrganizationAdmin view={units!} at={at} />
        <UserAdmin view={users!} selfId={user.id} at={at} />
      </main>
    </>
  );
}
