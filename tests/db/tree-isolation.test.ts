/** The three-level tree isolation (tests/db/shared/tree-isolation.ts) on SQLite. */
import { treeIsolationSuite } from "./shared/tree-isolation";
import { sqliteTestDatabase } from "./test-database";

treeIsolationSuite("SQLite", () => sqliteTestDatabase("nianbao-tree-"));
