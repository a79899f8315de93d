/** The draft save's version check (tests/shared/draft-save.ts) on SQLite. */
import { draftSaveSuite } from "./shared/draft-save";
import { sqliteTestDatabase } from "./support/test-database";

draftSaveSuite("SQLite", () => sqliteTestDatabase("nianbao-save-"));
