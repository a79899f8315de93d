/** The batch queue's claim (tests/db/shared/batch-claim.ts) on PostgreSQL (TEST_POSTGRES_URL). */
import { batchClaimSuite } from "./shared/batch-claim";
import { postgresTestDatabase } from "./test-database";

batchClaimSuite("PostgreSQL", postgresTestDatabase("batch"));
