/** The supervisor's dashboard and review queue at scale (tests/db/shared/dashboard-scale.ts) on PostgreSQL (TEST_POSTGRES_URL). */
import { dashboardScaleSuite } from "./shared/dashboard-scale";
import { postgresTestDatabase } from "./test-database";

dashboardScaleSuite("PostgreSQL", postgresTestDatabase("dashboard"));
