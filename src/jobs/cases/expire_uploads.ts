import type { PrismaClient } from '../../db/client.ts';
import type { TaskDeps } from '../../queue/task.ts';
import { type BlobStore, blobKey, blobStore } from '../../storage/index.ts';

/**
 * Deletes uploads no document took within `retentionHours`, then the stored content nothing refers
 * to any more (no upload, document version or stored file of its firm) and nobody stored again in
 * that time. Returns how many uploads and contents went.
 */
export async function expireUploads(
  prisma: PrismaClient,
  store: BlobStore,
  retentionHours: number,
): Promise<{ uploads: number; contents: number }> {
  const cutoff = new Date(Date.now() - retentionHours * 3_600_000);
  const uploads = (await prisma.upload.deleteMany({ where: { createdAt: { lt: cutoff } } })).count;
  // Rows go first, objects after: a row touched meanwhile (the same bytes uploaded again) fails the
  // re-checked condition and stays, and an object whose row is gone is never served.
  const gone = await prisma.$queryRaw<{ firmId: string; sha256: string }[]>`
    DELETE FROM "FileBlob" b
    WHERE b."touchedAt" < ${cutoff}
      AND NOT EXISTS (SELECT 1 FROM "Upload" u WHERE u."blobId" = b.id)
      AND NOT EXISTS (SELECT 1 FROM "DocumentVersion" v WHERE v."blobId" = b.id)
      AND NOT EXISTS (SELECT 1 FROM "StoredFile" f WHERE f."firmId" = b."firmId" AND f.sha256 = b.sha256)
    RETURNING b."firmId", b.sha256`;
  for (const blob of gone) await store.delete(blobKey(blob.firmId, blob.sha256));
  return { uploads, contents: gone.length };
}

/** The hourly cron task: one run covers every firm, so it keeps no job record. */
export const expire_uploads = (deps: TaskDeps) => async () => {
  const removed = await expireUploads(deps.prisma, blobStore(deps.settings.storage), deps.settings.storage.uploadRetentionHours);
  if (removed.uploads + removed.contents > 0) deps.log.info(removed, 'expired uploads removed');
};
