/** The rate counters and the history (tests/shared/security-db.ts) on PostgreSQL (TEST_POSTGRES_URL). */
import { securityDbSuite } from "./shared/security-db";
import { postgresTestDatabase } from "./support/test-database";

securityDbSuite("PostgreSQL", postgresTestDatabase("sec"));
