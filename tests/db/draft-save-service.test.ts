/** The draft save's version check (tests/db/shared/draft-save.ts) on SQLite. */
import { draftSaveSuite } from "./shared/draft-save";
import { sqliteTestDatabase } from "./test-database";

draftSaveSuite("SQLite", () => sqliteTestDatabase("nianbao-save-"));
