import { describe, expect, it } from "vitest";
import { databaseProvider, postgresConnection, withDatabaseName } from "@/lib/server/database-url";

describe("database URLs", () => {
  it("tells SQLite from PostgreSQL and refuses anything else in Chinese, without the password", () => {
    expect(databaseProvider("file:./data/nianbao.db")).toBe("sqlite");
    expect(databaseProvider("postgresql://u:p@h:5432/d")).toBe("postgresql");
    expect(() => databaseProvider("mysql://u:secret@h/d")).toThrow(/须以 file:/);
    expect(() => databaseProvider("mysql://u:secret@h/d")).not.toThrow(/secret/);
  });

  it("takes Prisma's ?schema= out of the URL pg is given", () => {
    const { url, schema } = postgresConnection("postgresql://u:p@h:5432/d?schema=nianbao&sslmode=disable");
    expect(schema).toBe("nianbao");
    expect(url.toString()).toBe("postgresql://u:p@h:5432/d?sslmode=disable");
    expect(postgresConnection("postgresql://u:p@h/d").schema).toBeNull();
  });

  it("names another database on the same server, keeping credentials and parameters", () => {
    expect(withDatabaseName("postgresql://u:p@h:5432/nianbao_test?sslmode=disable", "nianbao_bench_35000")).toBe(
      "postgresql://u:p@h:5432/nianbao_bench_35000?sslmode=disable",
    );
  });
});
