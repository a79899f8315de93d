-- AlterTable
ALTER TABLE "ReportEvent" ADD COLUMN "actorName" TEXT NOT NULL DEFAULT '';

-- The steps taken before this column existed keep the name their actor has now.
UPDATE "ReportEvent" SET "actorName" = COALESCE((SELECT "name" FROM "user" WHERE "user"."id" = "ReportEvent"."actorId"), '');

-- CreateTable
CREATE TABLE "RateCounter" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "count" INTEGER NOT NULL,
    "resetAtMs" BIGINT NOT NULL
);
