/** bench:data (tests/db/shared/bench-data.ts) on PostgreSQL (TEST_POSTGRES_URL). */
import { benchDataSuite } from "./shared/bench-data";
import { postgresTestDatabase } from "./test-database";

benchDataSuite("PostgreSQL", postgresTestDatabase("bench_data"));
