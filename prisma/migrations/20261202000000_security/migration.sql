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

-- The failed sign-ins counted until now (one verification row each) are counted in RateCounter from here on.
DELETE FROM "verification" WHERE "identifier" LIKE 'login-failure:%';
