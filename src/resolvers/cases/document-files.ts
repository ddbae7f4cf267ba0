import type { FileSource } from '../../core/domain.ts';
import { visibleWhere } from '../../core/entities.ts';
import { DocumentEntity, DocumentVersionEntity } from './documents.entities.ts';

/**
 * Document files as `GET /files/<id>` serves them: a version by its id, or a document's current
 * version by the document's id, to those who can see the matter while the document is not deleted.
 */
export const documentFiles: FileSource = {
  scope: 'matters:read',
  async find(prisma, viewer, id) {
    const version =
      (await prisma.documentVersion.findFirst({ where: { AND: [{ id }, visibleWhere(DocumentVersionEntity, viewer)] } })) ??
      (
        await prisma.document.findFirst({
          where: { AND: [{ id }, visibleWhere(DocumentEntity, viewer)] },
          select: { currentVersion: true },
        })
      )?.currentVersion;
    return version
      ? { firmId: version.firmId, sha256: version.sha256, size: version.size, mimeType: version.mimeType, name: version.fileName }
      : null;
  },
};
