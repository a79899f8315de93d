/**
 * Demo data: 示例区 with its 政务公开办 supervising three towns and three county
 * departments, a second county for isolation tests, the demo accounts with
 * their passwords, and two reports of 示例区自然资源局 (demo-reports.ts). Idempotent: creates only what is missing, so it also brings
 * an older database (accounts without passwords) up to date.
 */
import type { PrismaClient } from "../lib/generated/prisma/client";
import { childPath } from "../lib/tree/path";
import { connectPrisma } from "../lib/server/prisma-connect";
import { fillMissingRollups } from "../lib/server/rollup-store";
import { DEMO_ORGANIZATIONS, DEMO_USERS, OTHER_DISTRICT_ORGANIZATIONS } from "./demo-data";
import { createOrganization, createPassword, createUser } from "./directory";
import { seedDemoReports } from "./demo-reports";

export async function seed(db: PrismaClient): Promise<boolean> {
  let created = false;
  const [root, ...units] = DEMO_ORGANIZATIONS;
  const orgs = [
    { id: root.id, name: root.name, kind: root.kind, parentId: null as string | null },
    ...units.map((u) => ({ id: u.id, name: u.name, kind: u.kind, parentId: root.id as string | null })),
    ...OTHER_DISTRICT_ORGANIZATIONS.map((o) => ({ ...o, parentId: o.parentId as string | null })),
  ];
  // Parents come before their children in `orgs`, so a child's parent path is known.
  const paths = new Map<string, string>();
  for (const o of orgs) {
    const parentPath = o.parentId ? (paths.get(o.parentId) ?? null) : null;
    paths.set(o.id, childPath(parentPath, o.id));
    if (await db.organization.findUnique({ where: { id: o.id } })) continue;
    await createOrganization(db, o, parentPath);
    created = true;
  }
  for (const u of DEMO_USERS) {
    if (!(await db.user.findUnique({ where: { id: u.id } }))) {
      await createUser(db, { id: u.id, username: u.username, name: u.name, role: u.role, organizationId: u.organizationId });
      created = true;
    }
    if (!(await db.account.findFirst({ where: { userId: u.id, providerId: "credential" } }))) {
      await createPassword(db, u.id, u.password);
      created = true;
    }
  }
  if (await seedDemoReports(db)) created = true;
  // A one-time step for a database from before the roll-up column (and the demo reports just made).
  await fillMissingRollups(db);
  return created;
}

async function main() {
  const db = connectPrisma();
  try {
    const created = await seed(db);
    console.log(created ? "已创建演示数据：示例区及其下属单位、演示账号、演示报告。" : "数据库已有演示数据，跳过。");
  } finally {
    await db.$disconnect();
  }
}

if (process.argv[1]?.endsWith("seed.ts")) {
  main().catch((e) => {
    console.error("演示数据创建失败：", e instanceof Error ? e.message : e);
    process.exit(1);
  });
}
