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

-- CreateIndex
CREATE UNIQUE INDEX "PublishedImport_reportId_key" ON "PublishedImport"("reportId");

-- CreateIndex
CREATE INDEX "PublishedImport_organizationId_idx" ON "PublishedImport"("organizationId");

