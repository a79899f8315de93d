-- The dashboard pages through units in the database: the first hand-in is a column (the deadline
-- sort), an approved or published report carries the roll-up of its tables (the totals per level
-- are summed from these, not re-parsed from every report), and a year's reports are found by status.
-- AlterTable
ALTER TABLE "Report" ADD COLUMN "rollup" TEXT;
ALTER TABLE "Report" ADD COLUMN "submittedAt" DATETIME;

-- Back-fill: the first hand-in is the earliest event to 待审核. The roll-ups are filled from the
-- reports' JSON by the seed step that `npm start` runs (lib/server/rollup.ts fillMissingRollups), and
-- the dashboard fills any still missing before it sums.
UPDATE "Report" SET "submittedAt" = (
    SELECT MIN("e"."createdAt") FROM "ReportEvent" "e" WHERE "e"."reportId" = "Report"."id" AND "e"."toStatus" = 'submitted'
);

-- CreateIndex
CREATE INDEX "Report_year_status_idx" ON "Report"("year", "status");
