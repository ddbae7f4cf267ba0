import type { FileSource } from '../../core/domain.ts';
import { visibleWhere } from '../../core/entities.ts';
import { StoredFileEntity } from './jobs.entities.ts';

/** Stored files (rendered PDFs) as `GET /files/<id>` serves them, to every user of their firm. */
export const storedFiles: FileSource = {
  scope: 'jobs:read',
  async find(prisma, viewer, id) {
    const file = await prisma.storedFile.findFirst({ where: { AND: [{ id }, visibleWhere(StoredFileEntity, viewer)] } });
    return (
      file && { firmId: file.firmId, sha256: file.sha256, size: file.size, mimeType: file.mimeType, name: file.name, bytes: file.bytes }
    );
  },
};
