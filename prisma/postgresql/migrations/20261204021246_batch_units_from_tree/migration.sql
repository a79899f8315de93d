-- A 批量体检 no longer keeps a copy of the supervisor's units ([{ id, name }], 1.5 MB a batch at 35,000
-- units): the worker matches its files against the units under the batch's organizationId, read once per batch.
-- AlterTable
ALTER TABLE "ImportBatch" DROP COLUMN "units";
