/** The supervisor's dashboard and review queue at scale (tests/db/shared/dashboard-scale.ts) on SQLite. */
import { dashboardScaleSuite } from "./shared/dashboard-scale";
import { sqliteTestDatabase } from "./test-database";

dashboardScaleSuite("SQLite", () => sqliteTestDatabase("nianbao-dashboard-"));
