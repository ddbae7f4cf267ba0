-- CreateTable
CREATE TABLE "DocketEntry" (
    "id" UUID NOT NULL,
    "firmId" UUID NOT NULL,
    "matterId" UUID NOT NULL,
    "number" INTEGER NOT NULL,
    "filedAt" DATE NOT NULL,
    "description" TEXT NOT NULL,
    "filedBy" TEXT,
    "documentId" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DocketEntry_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "DocketEntry_matterId_filedAt_number_id_idx" ON "DocketEntry"("matterId", "filedAt", "number", "id");

-- CreateIndex
CREATE INDEX "DocketEntry_firmId_idx" ON "DocketEntry"("firmId");

-- CreateIndex
CREATE UNIQUE INDEX "DocketEntry_matterId_number_key" ON "DocketEntry"("matterId", "number");

-- AddForeignKey
ALTER TABLE "DocketEntry" ADD CONSTRAINT "DocketEntry_firmId_fkey" FOREIGN KEY ("firmId") REFERENCES "Firm"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DocketEntry" ADD CONSTRAINT "DocketEntry_matterId_fkey" FOREIGN KEY ("matterId") REFERENCES "Matter"("id") ON DELETE CASCADE ON UPDATE CASCADE;
