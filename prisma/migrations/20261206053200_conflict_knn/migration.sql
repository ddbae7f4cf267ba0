-- A GiST trigram index serves nearest-first scans (key <-> name), so a conflict check reads only the
-- best candidates of each name instead of every row above the similarity threshold.
-- DropIndex
DROP INDEX "ConflictName_key_idx";

-- CreateIndex
CREATE INDEX "ConflictName_key_idx" ON "ConflictName" USING GIST ("key" gist_trgm_ops);
