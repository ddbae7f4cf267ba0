import { buffer } from 'node:stream/consumers';
import type { PrismaClient, Tx } from '../../db/client.ts';
import { type BlobStore, blobKey } from '../../storage/index.ts';

/** A stored file's name, type and bytes. */
export interface StoredFileContent {
  name: string;
  mimeType: string;
  bytes: Buffer;
}

/**
 * The bytes of one of `firmId`'s stored files, or null when it has none by that id: from the blob
 * store, or from the row for files made before the move that the nightly task has not moved yet.
 * Every reader of stored-file bytes goes through here.
 */
export async function readStoredFileBytes(
  db: Tx | PrismaClient,
  store: BlobStore,
  firmId: string,
  fileId: string,
): Promise<StoredFileContent | null> {
  const file = await db.storedFile.findFirst({
    where: { id: fileId, firmId },
    select: { name: true, mimeType: true, sha256: true, bytes: true },
  });
  if (!file) return null;
  const bytes = file.bytes ? Buffer.from(file.bytes) : await buffer(await store.read(blobKey(firmId, file.sha256)));
  return { name: file.name, mimeType: file.mimeType, bytes };
}
