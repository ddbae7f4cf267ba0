-- AlterTable: uploads waiting for a document take the type their content was first recorded with.
ALTER TABLE "Upload" ADD COLUMN     "mimeType" TEXT;
UPDATE "Upload" u SET "mimeType" = b."mimeType" FROM "FileBlob" b WHERE b.id = u."blobId";
ALTER TABLE "Upload" ALTER COLUMN "mimeType" SET NOT NULL;
