/** The batch queue's claim (tests/shared/batch-claim.ts) on SQLite. */
import { batchClaimSuite } from "./shared/batch-claim";
import { sqliteTestDatabase } from "./support/test-database";

batchClaimSuite("SQLite", () => sqliteTestDatabase("nianbao-batch-"));
