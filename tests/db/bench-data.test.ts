/** bench:data (tests/db/shared/bench-data.ts) on SQLite. */
import { benchDataSuite } from "./shared/bench-data";
import { sqliteTestDatabase } from "./test-database";

benchDataSuite("SQLite", () => sqliteTestDatabase("nianbao-bench-data-"));
