-- Conflict checks match names fuzzily (trigram similarity) and without accents.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS unaccent;

-- CreateEnum
CREATE TYPE "PartyRole" AS ENUM ('PLAINTIFF', 'DEFENDANT', 'PETITIONER', 'RESPONDENT', 'WITNESS', 'EXPERT', 'OPPOSING_COUNSEL', 'JUDGE', 'OTHER');

-- CreateEnum
CREATE TYPE "PartyKind" AS ENUM ('PERSON', 'ORGANIZATION');

-- CreateEnum
CREATE TYPE "ConflictNameSource" AS ENUM ('CLIENT', 'CLIENT_FORMER_NAME', 'PARTY', 'PARTY_ALIAS');

-- AlterTable
ALTER TABLE "Client" ADD COLUMN     "formerNames" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- CreateTable
CREATE TABLE "Party" (
    "id" UUID NOT NULL,
    "firmId" UUID NOT NULL,
    "matterId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "PartyKind" NOT NULL,
    "role" "PartyRole" NOT NULL,
    "aliases" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "email" TEXT,
    "phone" TEXT,
    "address" TEXT,
    "representedById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Party_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ConflictName" (
    "id" BIGSERIAL NOT NULL,
    "firmId" UUID NOT NULL,
    "source" "ConflictNameSource" NOT NULL,
    "clientId" UUID,
    "partyId" UUID,
    "name" TEXT NOT NULL,
    "key" TEXT NOT NULL,

    CONSTRAINT "ConflictName_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Party_matterId_name_id_idx" ON "Party"("matterId", "name", "id");

-- CreateIndex
CREATE INDEX "Party_firmId_idx" ON "Party"("firmId");

-- CreateIndex
CREATE INDEX "Party_representedById_idx" ON "Party"("representedById");

-- CreateIndex
CREATE INDEX "ConflictName_key_idx" ON "ConflictName" USING GIN ("key" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "ConflictName_clientId_idx" ON "ConflictName"("clientId");

-- CreateIndex
CREATE INDEX "ConflictName_partyId_idx" ON "ConflictName"("partyId");

-- AddForeignKey
ALTER TABLE "Party" ADD CONSTRAINT "Party_firmId_fkey" FOREIGN KEY ("firmId") REFERENCES "Firm"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Party" ADD CONSTRAINT "Party_matterId_fkey" FOREIGN KEY ("matterId") REFERENCES "Matter"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Party" ADD CONSTRAINT "Party_representedById_fkey" FOREIGN KEY ("representedById") REFERENCES "Party"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConflictName" ADD CONSTRAINT "ConflictName_firmId_fkey" FOREIGN KEY ("firmId") REFERENCES "Firm"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConflictName" ADD CONSTRAINT "ConflictName_clientId_fkey" FOREIGN KEY ("clientId") REFERENCES "Client"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConflictName" ADD CONSTRAINT "ConflictName_partyId_fkey" FOREIGN KEY ("partyId") REFERENCES "Party"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The conflict check's normal form of a name: unaccented, lower case, punctuation as spaces, a
-- leading "the" and corporate suffixes dropped ("ACME Corporation" and "Acme Corp." are both
-- "acme"). unaccent() is only STABLE (its dictionary could change), so the dictionary is named
-- explicitly here, which makes the function safe to declare IMMUTABLE.
CREATE FUNCTION lexgraph_conflict_key(name text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS $$
  WITH plain AS (
    SELECT btrim(regexp_replace(lower(public.unaccent('public.unaccent'::regdictionary, name)), '[^a-z0-9]+', ' ', 'g')) AS text
  ), stripped AS (
    SELECT btrim(regexp_replace(regexp_replace(
      regexp_replace(text, '^the ', ''),
      '(^| )(inc|incorporated|corp|corporation|co|company|companies|llc|l l c|ltd|limited|gmbh|mbh|ag|kg|plc|llp|lp|pllc|pc|sa|s a|sarl|srl|spa|bv|nv|oy|ab|pty|se)(?= |$)', ' ', 'g'),
      ' +', ' ', 'g')) AS text
    FROM plain
  )
  SELECT coalesce(nullif(stripped.text, ''), plain.text) FROM plain, stripped
$$;

CREATE FUNCTION lexgraph_client_conflict_names() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM "ConflictName" WHERE "clientId" = NEW.id;
  INSERT INTO "ConflictName" ("firmId", "source", "clientId", "name", "key")
  SELECT NEW."firmId", 'CLIENT'::"ConflictNameSource", NEW.id, NEW.name, lexgraph_conflict_key(NEW.name)
  UNION ALL
  SELECT NEW."firmId", 'CLIENT_FORMER_NAME'::"ConflictNameSource", NEW.id, n, lexgraph_conflict_key(n)
  FROM unnest(NEW."formerNames") AS n WHERE btrim(n) <> '';
  RETURN NULL;
END $$;

CREATE TRIGGER "Client_conflict_names" AFTER INSERT OR UPDATE OF "name", "formerNames" ON "Client"
FOR EACH ROW EXECUTE FUNCTION lexgraph_client_conflict_names();

CREATE FUNCTION lexgraph_party_conflict_names() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM "ConflictName" WHERE "partyId" = NEW.id;
  INSERT INTO "ConflictName" ("firmId", "source", "partyId", "name", "key")
  SELECT NEW."firmId", 'PARTY'::"ConflictNameSource", NEW.id, NEW.name, lexgraph_conflict_key(NEW.name)
  UNION ALL
  SELECT NEW."firmId", 'PARTY_ALIAS'::"ConflictNameSource", NEW.id, n, lexgraph_conflict_key(n)
  FROM unnest(NEW."aliases") AS n WHERE btrim(n) <> '';
  RETURN NULL;
END $$;

CREATE TRIGGER "Party_conflict_names" AFTER INSERT OR UPDATE OF "name", "aliases" ON "Party"
FOR EACH ROW EXECUTE FUNCTION lexgraph_party_conflict_names();

-- Clients that exist already.
INSERT INTO "ConflictName" ("firmId", "source", "clientId", "name", "key")
SELECT "firmId", 'CLIENT', id, name, lexgraph_conflict_key(name) FROM "Client";
