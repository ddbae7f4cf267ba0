-- The docket's order (filing date, then number) as one generated key, so a page of a matter's
-- docket is one index range (and the SQL read path, which keysets on one column and id, serves it).
-- DropIndex
DROP INDEX "DocketEntry_matterId_filedAt_number_id_idx";

-- AlterTable
ALTER TABLE "DocketEntry" ADD COLUMN "docketOrder" BIGINT NOT NULL GENERATED ALWAYS AS ((("filedAt" - DATE '1900-01-01')::bigint * 10000000) + "number") STORED;

-- CreateIndex
CREATE INDEX "DocketEntry_matterId_docketOrder_id_idx" ON "DocketEntry"("matterId", "docketOrder", "id");
