import type { Readable } from 'node:stream';
import type { Viewer } from '../../core/context.ts';
import { ForbiddenError } from '../../core/errors.ts';
import type { PrismaClient } from '../../db/client.ts';
import type { JobSettings } from '../../queue/settings.ts';
import { recognise } from '../../storage/file-types.ts';
import { blobStore } from '../../storage/index.ts';
import { spool } from '../../storage/intake.ts';
import { keepBlob } from '../../storage/keep.ts';
import { MATTER_EDITORS } from './cases.access.ts';

/** An upload whose bytes are not a type the firm may keep (by content, whatever the file is called). */
export class UnsupportedFileTypeError extends Error {
  constructor() {
    super('Files of this type are not accepted: upload a PDF, an Office document, an image, plain text or an email (.eml, .msg)');
  }
}

/** An upload with no bytes at all. */
export class EmptyUploadError extends Error {
  constructor() {
    super('The file is empty');
  }
}

/** What an accepted upload became: the id `createDocument` and `addDocumentVersion` take, and its content. */
export interface AcceptedUpload {
  uploadId: string;
  fileName: string;
  mimeType: string;
  size: number;
  sha256: string;
}

// Path parts, control characters and quotes never reach a download's Content-Disposition.
const cleanName = (name: string) =>
  [...(name.split(/[\\/]/).pop() ?? '')]
    .filter((c) => c.charCodeAt(0) >= 32 && c.charCodeAt(0) !== 127 && c !== '"')
    .join('')
    .trim()
    .slice(0, 255) || 'upload';

/**
 * Receives an upload for `viewer` (roles that edit matters): streams it to a spool file (refused
 * with UploadTooLargeError past UPLOAD_MAX_BYTES, default 50 MB, while it streams), recognises its
 * type from the bytes against the allow-list, keeps the content in the blob store once per firm
 * and SHA-256, and records an Upload that expires after UPLOAD_RETENTION_HOURS (default 24) unless
 * a document uses it. A refused upload leaves nothing behind.
 */
export async function acceptUpload(
  deps: { prisma: PrismaClient; jobs: JobSettings },
  viewer: Viewer,
  source: Readable,
  fileName: string,
): Promise<AcceptedUpload> {
  if (!MATTER_EDITORS.includes(viewer.role)) throw new ForbiddenError();
  const { storage } = deps.jobs;
  const file = await spool(source, storage.spoolDir, storage.uploadMaxBytes);
  try {
    if (file.size === 0) throw new EmptyUploadError();
    const name = cleanName(fileName);
    const kind = await recognise(file, name);
    if (!kind) throw new UnsupportedFileTypeError();
    const blob = await keepBlob(deps.prisma, blobStore(storage), {
      firmId: viewer.firmId,
      sha256: file.sha256,
      size: file.size,
      mimeType: kind.mimeType,
      source: { path: file.path, size: file.size },
    });
    const upload = await deps.prisma.upload.create({
      data: { firmId: viewer.firmId, blobId: blob.id, fileName: name, mimeType: kind.mimeType, uploadedById: viewer.id },
    });
    return { uploadId: upload.id, fileName: name, mimeType: kind.mimeType, size: blob.size, sha256: blob.sha256 };
  } finally {
    await file.discard();
  }
}
