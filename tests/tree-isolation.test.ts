/** The three-level tree isolation (tests/shared/tree-isolation.ts) on SQLite. */
import { treeIsolationSuite } from "./shared/tree-isolation";
import { sqliteTestDatabase } from "./support/test-database";

treeIsolationSuite("SQLite", () => sqliteTestDatabase("nianbao-tree-"));
