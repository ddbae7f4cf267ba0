import type { PrismaClient } from '../db/client.ts';
import type { FileBlob } from '../generated/prisma/client.ts';
import { type BlobSource, type BlobStore, blobKey } from './blob-store.ts';

/** Content to keep for a firm: its bytes and what is known of them. */
export interface BlobContent {
  firmId: string;
  sha256: string;
  size: number;
  mimeType: string;
  source: BlobSource;
}

/**
 * Keeps content in the store once per firm: records (or touches) its FileBlob row, then writes the
 * object unless it is there. The row comes first and is touched on every use, so the collector of
 * unused content (which spares recently touched rows) cannot remove an object being stored again.
 */
export async function keepBlob(prisma: PrismaClient, store: BlobStore, content: BlobContent): Promise<FileBlob> {
  const { firmId, sha256, size, mimeType } = content;
  const blob = await prisma.fileBlob.upsert({
    where: { firmId_sha256: { firmId, sha256 } },
    create: { firmId, sha256, size, mimeType },
    update: { touchedAt: new Date() },
  });
  await store.put(blobKey(firmId, sha256), content.source);
  return blob;
}
