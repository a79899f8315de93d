/** The draft save's version check (tests/db/shared/draft-save.ts) on PostgreSQL (TEST_POSTGRES_URL). */
import { draftSaveSuite } from "./shared/draft-save";
import { postgresTestDatabase } from "./test-database";

draftSaveSuite("PostgreSQL", postgresTestDatabase("save"));
