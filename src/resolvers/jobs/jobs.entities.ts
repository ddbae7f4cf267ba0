import { firmWide, ofFirm, ofFirmForAdmins } from '../../core/access.ts';
import { defineEntity } from '../../core/entities.ts';
import type { BackgroundJob, Prisma, StoredFile } from '../../generated/prisma/client.ts';

/** A background job run for the firm; admins only. */
export const JobEntity = defineEntity<BackgroundJob, Prisma.BackgroundJobWhereInput>({
  type: 'Job',
  model: 'BackgroundJob',
  visible: ofFirmForAdmins,
  audience: firmWide,
});

/** A file LexGraph produced for the firm; every user of the firm may read it. */
export const StoredFileEntity = defineEntity<StoredFile, Prisma.StoredFileWhereInput>({
  type: 'StoredFile',
  model: 'StoredFile',
  visible: ofFirm,
  audience: firmWide,
});
