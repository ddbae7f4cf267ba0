import { defineEntity, publicPayload } from '../../core/entities.ts';
import type { Party, Prisma } from '../../generated/prisma/client.ts';
import { matterAudience, visibleMatterWhere } from './cases.access.ts';

/** A party to a matter, visible with its matter. */
export const PartyEntity = defineEntity<Party, Prisma.PartyWhereInput>({
  type: 'Party',
  model: 'Party',
  visible: (viewer) => ({ matter: visibleMatterWhere(viewer) }),
  audience: matterAudience,
  matterOf: (party) => party.matterId,
  payload: publicPayload<Party>(1, [
    'id',
    'firmId',
    'matterId',
    'name',
    'kind',
    'role',
    'aliases',
    'email',
    'phone',
    'address',
    'representedById',
    'createdAt',
    'updatedAt',
  ]),
});
