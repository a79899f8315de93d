/** bench:data (tests/shared/bench-data.ts) on SQLite. */
import { benchDataSuite } from "./shared/bench-data";
import { sqliteTestDatabase } from "./support/test-database";

benchDataSuite("SQLite", () => sqliteTestDatabase("nianbao-bench-data-"));
