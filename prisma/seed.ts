/**
 * Demo data: 示例区 with its 政务公开办 supervising three towns and two county
 * departments. Idempotent: does nothing when the organisations exist.
 */
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "../lib/generated/prisma/client";
import { databaseUrl } from "../lib/server/database-url";
import { DEMO_ORGANIZATIONS, DEMO_USERS } from "./demo-data";

export async function seed(db: PrismaClient): Promise<boolean> {
  if ((await db.organization.count()) > 0) return false;
  const [root, ...units] = DEMO_ORGANIZATIONS;
  const district = await db.organization.create({ data: { id: root.id, name: root.name, kind: root.kind } });
  for (const u of units) {
    await db.organization.create({ data: { id: u.id, name: u.name, kind: u.kind, parentId: district.id } });
  }
  for (const u of DEMO_USERS) {
    await db.user.create({
      data: { id: u.id, username: u.username, name: u.name, email: `${u.username}@demo.invalid`, role: u.role, organizationId: u.organizationId },
    });
  }
  return true;
}

async function main() {
  const db = new PrismaClient({ adapter: new PrismaBetterSQLite3({ url: databaseUrl() }) });
  try {
    const created = await seed(db);
    console.log(created ? "已创建演示数据：示例区及其下属单位。" : "数据库已有数据，跳过演示数据。");
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
