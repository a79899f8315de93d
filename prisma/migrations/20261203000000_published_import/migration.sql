-- CreateTable
CREATE TABLE "PublishedImport" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "organizationId" TEXT NOT NULL,
    "uploadedById" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "sourceKind" TEXT NOT NULL,
    "bytes" BLOB NOT NULL,
    "data" TEXT NOT NULL,
    "notes" TEXT NOT NULL,
    "sourceText" TEXT NOT NULL,
    "publishedUrl" TEXT,
    "reportId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "PublishedImport_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "PublishedImport_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "Report" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ImportBatch" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "supervisorId" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "units" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "ImportBatchFile" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "batchId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "fileName" TEXT NOT NULL,
    "bytes" BLOB NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'queued',
    "message" TEXT,
    "sourceKind" TEXT,
    "data" TEXT,
    "notes" TEXT,
    "organName" TEXT,
    "year" INTEGER,
    "format" TEXT,
    "errorCount" INTEGER NOT NULL DEFAULT 0,
    "warningCount" INTEGER NOT NULL DEFAULT 0,
    "noteCount" INTEGER NOT NULL DEFAULT 0,
    "unitId" TEXT,
    "savedReportId" TEXT,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "ImportBatchFile_batchId_fkey" FOREIGN KEY ("batchId") REFERENCES "ImportBatch" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "PublishedImport_reportId_key" ON "PublishedImport"("reportId");

-- CreateIndex
CREATE INDEX "PublishedImport_organizationId_idx" ON "PublishedImport"("organizationId");

-- CreateIndex
CREATE INDEX "ImportBatch_supervisorId_idx" ON "ImportBatch"("supervisorId");

-- CreateIndex
CREATE INDEX "ImportBatchFile_batchId_position_idx" ON "ImportBatchFile"("batchId", "position");

-- CreateIndex
CREATE INDEX "ImportBatchFile_status_idx" ON "ImportBatchFile"("status");

