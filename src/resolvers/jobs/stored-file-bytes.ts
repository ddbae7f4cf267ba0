import type { PrismaClient, Tx } from '../../db/client.ts';

/** A stored file's name, type and bytes. */
export interface StoredFileContent {
  name: string;
  mimeType: string;
  bytes: Buffer;
}

/**
 * The bytes of one of `firmId`'s stored files, or null when it has none by that id. Every reader
 * of file bytes goes through here, so where the bytes live (the row today) can change in one place.
 */
export async function readStoredFileBytes(db: Tx | PrismaClient, firmId: string, fileId: string): Promise<StoredFileContent | null> {
  const file = await db.storedFile.findFirst({ where: { id: fileId, firmId }, select: { name: true, mimeType: true, bytes: true } });
  return file && { name: file.name, mimeType: file.mimeType, bytes: Buffer.from(file.bytes) };
}
