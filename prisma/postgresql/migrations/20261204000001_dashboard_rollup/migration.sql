-- The dashboard pages through units in the database (see the SQLite migration of the same name):
-- the first hand-in as a column, the roll-up of an accepted report's tables, reports found by status.
-- AlterTable
ALTER TABLE "Report" ADD COLUMN     "rollup" TEXT,
ADD COLUMN     "submittedAt" TIMESTAMP(3);

-- CreateIndex
CREATE INDEX "Report_year_status_idx" ON "Report"("year", "status");


-- Back-fill: the first hand-in is the earliest event to 待审核 (roll-ups are filled by the seed step).
UPDATE "Report" SET "submittedAt" = (
    SELECT MIN("e"."createdAt") FROM "ReportEvent" "e" WHERE "e"."reportId" = "Report"."id" AND "e"."toStatus" = 'submitted'
);
