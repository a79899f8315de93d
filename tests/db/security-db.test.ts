/** The rate counters and the history (tests/db/shared/security-db.ts) on SQLite. */
import { securityDbSuite } from "./shared/security-db";
import { sqliteTestDatabase } from "./test-database";

securityDbSuite("SQLite", () => sqliteTestDatabase("nianbao-sec-"));
