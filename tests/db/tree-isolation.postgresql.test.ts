/** The three-level tree isolation (tests/db/shared/tree-isolation.ts) on PostgreSQL (TEST_POSTGRES_URL). */
import { treeIsolationSuite } from "./shared/tree-isolation";
import { postgresTestDatabase } from "./test-database";

treeIsolationSuite("PostgreSQL", postgresTestDatabase("tree"));
