import { defineEntity, publicPayload } from '../../core/entities.ts';
import type { Document, DocumentVersion, Prisma } from '../../generated/prisma/client.ts';
import { matterAudience, visibleMatterWhere } from './cases.access.ts';

/** A document on a matter, visible with its matter until it is deleted. */
export const DocumentEntity = defineEntity<Document, Prisma.DocumentWhereInput>({
  type: 'Document',
  model: 'Document',
  visible: (viewer) => ({ deletedAt: null, matter: visibleMatterWhere(viewer) }),
  audience: matterAudience,
  matterOf: (document) => document.matterId,
  payload: publicPayload<Document>(1, [
    'id',
    'firmId',
    'matterId',
    'title',
    'category',
    'privileged',
    'currentVersionId',
    'createdById',
    'deletedAt',
    'createdAt',
    'updatedAt',
  ]),
});

/** One uploaded version of a document, visible with its document. */
export const DocumentVersionEntity = defineEntity<DocumentVersion, Prisma.DocumentVersionWhereInput>({
  type: 'DocumentVersion',
  model: 'DocumentVersion',
  visible: (viewer) => ({ document: { deletedAt: null, matter: visibleMatterWhere(viewer) } }),
  audience: matterAudience,
});
