import type { PrismaClient } from '../../db/client.ts';
import type { TaskDeps } from '../../queue/task.ts';
import { type BlobStore, blobStore } from '../../storage/index.ts';
import { keepBlob } from '../../storage/keep.ts';

const BATCH = 50;

/**
 * Moves the bytes of stored files made before the blob store (kept in PostgreSQL) into the store,
 * a batch at a time, and empties their column; downloads serve either form meanwhile. Returns how
 * many files moved.
 */
export async function moveStoredFiles(prisma: PrismaClient, store: BlobStore): Promise<number> {
  let moved = 0;
  for (;;) {
    const batch = await prisma.storedFile.findMany({ where: { bytes: { not: null } }, take: BATCH, orderBy: { id: 'asc' } });
    for (const file of batch) {
      if (!file.bytes) continue;
      const { firmId, sha256, size, mimeType } = file;
      await keepBlob(prisma, store, { firmId, sha256, size, mimeType, source: Buffer.from(file.bytes) });
      await prisma.storedFile.update({ where: { id: file.id }, data: { bytes: null } });
      moved++;
    }
    if (batch.length < BATCH) return moved;
  }
}

/** The cron task (with the nightly cleanup): one run covers every firm, so it keeps no job record. */
export const move_stored_files = (deps: TaskDeps) => async () => {
  const moved = await moveStoredFiles(deps.prisma, blobStore(deps.settings.storage));
  if (moved > 0) deps.log.info({ moved }, 'stored files moved to the blob store');
};
