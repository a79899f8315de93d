/** The rate counters and the history (tests/db/shared/security-db.ts) on PostgreSQL (TEST_POSTGRES_URL). */
import { securityDbSuite } from "./shared/security-db";
import { postgresTestDatabase } from "./test-database";

securityDbSuite("PostgreSQL", postgresTestDatabase("sec"));
