/** The batch queue's claim (tests/db/shared/batch-claim.ts) on SQLite. */
import { batchClaimSuite } from "./shared/batch-claim";
import { sqliteTestDatabase } from "./test-database";

batchClaimSuite("SQLite", () => sqliteTestDatabase("nianbao-batch-"));
