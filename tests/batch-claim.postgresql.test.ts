/** The batch queue's claim (tests/shared/batch-claim.ts) on PostgreSQL (TEST_POSTGRES_URL). */
import { batchClaimSuite } from "./shared/batch-claim";
import { postgresTestDatabase } from "./support/test-database";

batchClaimSuite("PostgreSQL", postgresTestDatabase("batch"));
