-- Materialized path of every unit: "/<root id>/…/<own id>/", so that "everything under a
-- supervising office" is one indexed prefix match instead of a list of ids.
ALTER TABLE "Organization" ADD COLUMN "path" TEXT NOT NULL DEFAULT '';

-- Back-fill the existing tree from parentId (roots first, then each level below).
WITH RECURSIVE "tree"("id", "path") AS (
    SELECT "id", '/' || "id" || '/' FROM "Organization" WHERE "parentId" IS NULL
    UNION ALL
    SELECT "o"."id", "t"."path" || "o"."id" || '/' FROM "Organization" "o" JOIN "tree" "t" ON "o"."parentId" = "t"."id"
)
-- A unit whose parent is missing becomes a root of its own rather than invisible to everyone.
UPDATE "Organization" SET "path" = COALESCE((SELECT "tree"."path" FROM "tree" WHERE "tree"."id" = "Organization"."id"), '/' || "id" || '/');

-- CreateIndex
CREATE INDEX "Organization_path_idx" ON "Organization"("path");

-- Reminder belongs to its unit, so "the reminders of the units under me" is a join on the path
-- rather than a list of ids.
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Reminder" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "organizationId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "senderId" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Reminder_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_Reminder" ("createdAt", "id", "organizationId", "senderId", "year") SELECT "createdAt", "id", "organizationId", "senderId", "year" FROM "Reminder";
DROP TABLE "Reminder";
ALTER TABLE "new_Reminder" RENAME TO "Reminder";
CREATE INDEX "Reminder_organizationId_year_idx" ON "Reminder"("organizationId", "year");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
