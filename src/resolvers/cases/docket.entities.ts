import { defineEntity, publicPayload } from '../../core/entities.ts';
import type { DocketEntry, Prisma } from '../../generated/prisma/client.ts';
import { matterAudience, visibleMatterWhere } from './cases.access.ts';

/** An entry on a matter's docket, visible with its matter. */
export const DocketEntryEntity = defineEntity<DocketEntry, Prisma.DocketEntryWhereInput>({
  type: 'DocketEntry',
  model: 'DocketEntry',
  visible: (viewer) => ({ matter: visibleMatterWhere(viewer) }),
  audience: matterAudience,
  matterOf: (entry) => entry.matterId,
  payload: publicPayload<DocketEntry>(1, [
    'id',
    'firmId',
    'matterId',
    'number',
    'filedAt',
    'description',
    'filedBy',
    'documentId',
    'createdAt',
  ]),
});
