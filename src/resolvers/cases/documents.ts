import { z } from 'zod';
import { ADMINS, personOf, requireRole } from '../../core/access.ts';
import { change } from '../../core/change.ts';
import type { Context, Viewer } from '../../core/context.ts';
import { NotFoundError, ValidationError } from '../../core/errors.ts';
import { isUuid } from '../../core/ids.ts';
import { parseInput } from '../../core/validation.ts';
import type { Tx } from '../../db/client.ts';
import type { Document } from '../../generated/prisma/client.ts';
import { DocumentCategory } from '../../generated/prisma/enums.ts';
import { enqueueJob } from '../../queue/enqueue.ts';
import { MATTER_EDITORS } from './cases.access.ts';
import { DocumentEntity } from './documents.entities.ts';
import { documentDeleted, documentRestored, documentUploaded, documentVersioned } from './documents.events.ts';
import { findVisibleMatter } from './matters.ts';

/** The task that reads a version's text into its document's search column. */
export const EXTRACT_DOCUMENT_TEXT = 'extract_document_text';
/** The types whose text the extraction job reads. */
export const EXTRACTABLE_TYPES: readonly string[] = ['application/pdf', 'text/plain', 'text/csv', 'message/rfc822'];

/** Takes an upload of the viewer for one use: gone from the uploads once a document holds it. */
async function takeUpload(tx: Tx, viewer: Viewer, uploadId: string) {
  const upload = isUuid(uploadId)
    ? await tx.upload.findFirst({ where: { id: uploadId, firmId: viewer.firmId, uploadedById: viewer.id }, include: { blob: true } })
    : null;
  // Deleting first locks the row, so two changes racing for one upload cannot both use it.
  const taken = upload ? await tx.upload.deleteMany({ where: { id: upload.id } }) : { count: 0 };
  if (!upload || taken.count === 0) throw ValidationError.field('uploadId', 'Upload not found, expired or already used');
  return upload;
}

/** Adds version `number` of a document from an upload, makes it current and queues its text extraction. */
async function addVersion(ctx: Context, tx: Tx, viewer: Viewer, documentId: string, number: number, uploadId: string): Promise<Document> {
  const upload = await takeUpload(tx, viewer, uploadId);
  const { blob } = upload;
  const version = await tx.documentVersion.create({
    data: {
      firmId: viewer.firmId,
      documentId,
      number,
      blobId: blob.id,
      fileName: upload.fileName,
      mimeType: upload.mimeType,
      size: blob.size,
      sha256: blob.sha256,
      uploadedById: personOf(viewer),
    },
  });
  if (EXTRACTABLE_TYPES.includes(upload.mimeType))
    await enqueueJob(tx, {
      firmId: viewer.firmId,
      task: EXTRACT_DOCUMENT_TEXT,
      payload: { versionId: version.id },
      maxAttempts: ctx.jobs.jobs.maxAttempts,
    });
  // The old version's text no longer describes the document; the job fills in the new one's.
  return tx.document.update({ where: { id: documentId }, data: { currentVersionId: version.id, extractedText: null } });
}

const title = z.string().trim().min(1, 'Title is required').max(300, 'Must be at most 300 characters');

const CreateDocumentInput = z.object({
  matterId: z.string(),
  uploadId: z.string(),
  title,
  category: z.enum(DocumentCategory).nullish(),
  privileged: z.boolean().nullish(),
});

/**
 * Files an upload on a matter as a new document (version 1), category OTHER and not privileged
 * unless given; the upload is used up. Roles that edit matters, on matters they can see.
 */
export async function createDocument(ctx: Context, input: z.input<typeof CreateDocumentInput>): Promise<Document> {
  const viewer = requireRole(ctx, MATTER_EDITORS);
  const data = parseInput(CreateDocumentInput, input);
  return change(ctx, async (w) => {
    const matter = await findVisibleMatter(w.tx, viewer, data.matterId);
    const document = await w.tx.document.create({
      data: {
        firmId: w.firmId,
        matterId: matter.id,
        title: data.title,
        category: data.category ?? 'OTHER',
        privileged: data.privileged ?? false,
        createdById: viewer.id,
      },
    });
    const after = await addVersion(ctx, w.tx, viewer, document.id, 1, data.uploadId);
    await w.record(documentUploaded, { after });
    return after;
  });
}

/** A document the viewer can see, locked for the rest of the transaction. */
async function lockVisibleDocument(tx: Tx, viewer: Viewer, id: string): Promise<Document> {
  const found = isUuid(id) ? await tx.document.findFirst({ where: { AND: [{ id }, DocumentEntity.visible(viewer) ?? {}] } }) : null;
  if (!found) throw new NotFoundError('Document');
  await tx.$executeRaw`SELECT 1 FROM "Document" WHERE id = ${found.id}::uuid FOR UPDATE`;
  return tx.document.findUniqueOrThrow({ where: { id: found.id } });
}

const AddVersionInput = z.object({ documentId: z.string(), uploadId: z.string() });

/** Adds the next version of a document from an upload and makes it current; numbers never repeat, even under concurrent uploads. */
export async function addDocumentVersion(ctx: Context, input: z.input<typeof AddVersionInput>): Promise<Document> {
  const viewer = requireRole(ctx, MATTER_EDITORS);
  const data = parseInput(AddVersionInput, input);
  return change(ctx, async (w) => {
    const before = await lockVisibleDocument(w.tx, viewer, data.documentId);
    const last = await w.tx.documentVersion.aggregate({ where: { documentId: before.id }, _max: { number: true } });
    const after = await addVersion(ctx, w.tx, viewer, before.id, (last._max.number ?? 0) + 1, data.uploadId);
    await w.record(documentVersioned, { before, after });
    return after;
  });
}

const IdInput = z.object({ id: z.string() });

/** Deletes a document softly: it disappears for everyone, its files stay, and admins can restore it. */
export async function deleteDocument(ctx: Context, input: z.input<typeof IdInput>): Promise<Document> {
  const viewer = requireRole(ctx, MATTER_EDITORS);
  const { id } = parseInput(IdInput, input);
  return change(ctx, async (w) => {
    const before = await lockVisibleDocument(w.tx, viewer, id);
    const after = await w.tx.document.update({ where: { id: before.id }, data: { deletedAt: new Date() } });
    await w.record(documentDeleted, { before, after });
    return after;
  });
}

/** Brings a deleted document of the firm back. Admins only. */
export async function restoreDocument(ctx: Context, input: z.input<typeof IdInput>): Promise<Document> {
  const viewer = requireRole(ctx, ADMINS);
  const { id } = parseInput(IdInput, input);
  return change(ctx, async (w) => {
    const before = isUuid(id) ? await w.tx.document.findFirst({ where: { id, firmId: viewer.firmId, deletedAt: { not: null } } }) : null;
    if (!before) throw new NotFoundError('Deleted document');
    const after = await w.tx.document.update({ where: { id: before.id }, data: { deletedAt: null } });
    await w.record(documentRestored, { before, after });
    return after;
  });
}
