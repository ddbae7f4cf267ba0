import { firmWide, ofFirm } from '../../core/access.ts';
import { defineEntity, publicPayload } from '../../core/entities.ts';
import type { Client, Matter, MatterMember, Prisma } from '../../generated/prisma/client.ts';
import { matterAudience, visibleMatterWhere } from './cases.access.ts';

/** A client of the firm; every staff member sees every client (conflict checks need the whole list). */
export const ClientEntity = defineEntity<Client, Prisma.ClientWhereInput>({
  type: 'Client',
  model: 'Client',
  visible: ofFirm,
  audience: firmWide,
  payload: publicPayload<Client>(1, ['id', 'firmId', 'kind', 'name', 'email', 'phone', 'address', 'notes', 'createdAt', 'updatedAt']),
});

/** A matter, visible as {@link visibleMatterWhere} says. */
export const MatterEntity = defineEntity<Matter, Prisma.MatterWhereInput>({
  type: 'Matter',
  model: 'Matter',
  visible: visibleMatterWhere,
  audience: matterAudience,
  matterOf: (matter) => matter.id,
  payload: publicPayload<Matter>(1, [
    'id',
    'firmId',
    'clientId',
    'responsibleAttorneyId',
    'number',
    'title',
    'description',
    'status',
    'practiceArea',
    'openedAt',
    'closedAt',
    'createdAt',
    'updatedAt',
  ]),
});

/** A place on a matter's team, visible with its matter. */
export const MatterMemberEntity = defineEntity<MatterMember, Prisma.MatterMemberWhereInput>({
  type: 'MatterMember',
  model: 'MatterMember',
  visible: (viewer) => ({ matter: visibleMatterWhere(viewer) }),
  audience: matterAudience,
  matterOf: (member) => member.matterId,
  payload: publicPayload<MatterMember>(1, ['id', 'firmId', 'matterId', 'userId', 'role', 'createdAt']),
});
