/** The draft save's version check (tests/shared/draft-save.ts) on PostgreSQL (TEST_POSTGRES_URL). */
import { draftSaveSuite } from "./shared/draft-save";
import { postgresTestDatabase } from "./support/test-database";

draftSaveSuite("PostgreSQL", postgresTestDatabase("save"));
