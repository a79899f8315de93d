#!/usr/bin/env node
// prisma/postgresql/schema.prisma is derived from the one schema (prisma/schema.prisma): a Prisma
// client is generated for one provider, so PostgreSQL needs its own schema file and client. Run
// `npm run db:pg-schema` after changing the schema (tests/postgresql-schema.test.ts fails until then),
// then `npm run db:pg-migration -- <name>` for its migration.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const SOURCE = path.join(root, "prisma", "schema.prisma");
export const TARGET = path.join(root, "prisma", "postgresql", "schema.prisma");

/** @param {string} sqliteSchema @returns {string} */
export function postgresqlSchema(sqliteSchema) {
  const swaps = [
    [/provider\s*=\s*"sqlite"/, 'provider = "postgresql"'],
    // One directory deeper, and a client of its own.
    [/output(\s*)=\s*"\.\.\/lib\/generated\/prisma"/, 'output$1= "../../lib/generated/prisma-pg"'],
  ];
  let out = sqliteSchema;
  for (const [from, to] of swaps) {
    if (!from.test(out)) throw new Error(`prisma/schema.prisma 中找不到 ${from}：请同时修改 scripts/postgresql-schema.mjs`);
    out = out.replace(from, to);
  }
  return `// GENERATED from prisma/schema.prisma by scripts/postgresql-schema.mjs (npm run db:pg-schema): do not edit.\n${out}`;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const want = postgresqlSchema(fs.readFileSync(SOURCE, "utf8"));
  if (process.argv.includes("--check")) {
    const have = fs.existsSync(TARGET) ? fs.readFileSync(TARGET, "utf8") : "";
    if (have !== want) {
      console.error("prisma/postgresql/schema.prisma 与 prisma/schema.prisma 不一致：请运行 npm run db:pg-schema");
      process.exit(1);
    }
  } else {
    fs.mkdirSync(path.dirname(TARGET), { recursive: true });
    fs.writeFileSync(TARGET, want);
    console.log("已生成 prisma/postgresql/schema.prisma");
  }
}
