/** The rate counters and the history (tests/shared/security-db.ts) on SQLite. */
import { securityDbSuite } from "./shared/security-db";
import { sqliteTestDatabase } from "./support/test-database";

securityDbSuite("SQLite", () => sqliteTestDatabase("nianbao-sec-"));
