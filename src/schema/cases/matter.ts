import { builder } from '../../core/graphql/builder.ts';
import { listConnection } from '../../core/graphql/lists.ts';
import { defineMutation } from '../../core/graphql/mutation.ts';
import { firmNode } from '../../core/graphql/node.ts';
import { OrderDirectionEnum } from '../../core/graphql/pagination.ts';
import type { Matter } from '../../generated/prisma/client.ts';
import { MatterStatus } from '../../generated/prisma/enums.ts';
import { MatterEntity } from '../../resolvers/cases/cases.entities.ts';
import { subscribeMatterUpdates } from '../../resolvers/cases/matter-subscriptions.ts';
import {
  closeMatter,
  createMatter,
  type MATTER_ORDER_FIELDS,
  type MatterListInput,
  matterList,
  reopenMatter,
  updateMatter,
} from '../../resolvers/cases/matters.ts';
import { UserRef } from '../identity/index.ts';
import { ClientRef } from './client.ts';

export const MatterStatusEnum = builder.enumType(MatterStatus, {
  name: 'MatterStatus',
  description: 'Where a matter stands.',
  values: {
    OPEN: { description: 'Being worked on.' },
    PENDING: { description: 'Opened but waiting (engagement letter, conflict clearance, client).' },
    CLOSED: { description: 'Finished; reopen it to work on it again.' },
  },
});

export const MatterRef = builder.prismaNode('Matter', {
  ...firmNode(MatterEntity),
  description: 'A legal matter (case) handled for a client.',
  fields: (t) => ({
    number: t.exposeString('number', { description: 'The firm\'s matter number, unique in the firm, e.g. "2026-0042".' }),
    title: t.exposeString('title', { description: 'Short title, e.g. "Acme v. Widgets Ltd".' }),
    description: t.exposeString('description', { nullable: true, description: 'Longer description of the matter.' }),
    status: t.expose('status', { type: MatterStatusEnum, description: 'Open, pending or closed.' }),
    practiceArea: t.exposeString('practiceArea', { nullable: true, description: 'Practice area, e.g. "Litigation".' }),
    openedAt: t.expose('openedAt', { type: 'DateTime', description: 'When the matter was opened.' }),
    closedAt: t.expose('closedAt', { type: 'DateTime', nullable: true, description: 'When it was closed; null unless CLOSED.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When the record was created.' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime', description: 'When the matter or its team last changed.' }),
    client: t.relation('client', { description: 'The client the matter is for.' }),
    responsibleAttorney: t.relation('responsibleAttorney', { nullable: true, description: 'The attorney answerable for the matter.' }),
    members: t.relatedConnection(
      'members',
      {
        cursor: 'id',
        description: "The matter's team, in the order they joined.",
        totalCount: true,
        query: () => ({ orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] }),
      },
      { description: "A page of a matter's team." },
      { description: 'A team member in the page.' },
    ),
  }),
});

const MatterOrderField = builder.enumType('MatterOrderField', {
  description: 'What to sort matters by.',
  values: {
    OPENED_AT: { description: 'Opening date.' },
    NUMBER: { description: 'Matter number (as text).' },
    TITLE: { description: 'Title.' },
    UPDATED_AT: { description: 'Last change.' },
  } satisfies Record<keyof typeof MATTER_ORDER_FIELDS, { description: string }>,
});

const MatterOrder = builder.inputType('MatterOrder', {
  description: 'Sort order for matters; ties are broken by id so pages never overlap.',
  fields: (t) => ({
    field: t.field({ type: MatterOrderField, required: true, description: 'Sort key.' }),
    direction: t.field({ type: OrderDirectionEnum, defaultValue: 'ASC', required: true, description: 'Direction; defaults to ASC.' }),
  }),
});

interface MatterFilterArgs {
  status?: MatterStatus | null;
  clientId?: { id: string } | null;
  search?: string | null;
}

const MatterFilter = builder.inputType('MatterFilter', {
  description: 'Narrows the matter list.',
  fields: (t) => ({
    status: t.field({ type: MatterStatusEnum, description: 'Only matters with this status.' }),
    clientId: t.globalID({ for: ClientRef, description: "Only this client's matters." }),
    search: t.string({ description: 'Case-insensitive match on title or number.' }),
  }),
});

builder.queryField('matters', (t) =>
  t.prismaConnection(
    {
      type: 'Matter',
      cursor: 'id',
      description: 'The matters you may see; most recently opened first unless `orderBy` says otherwise. At most 100 a page.',
      args: {
        filter: t.arg({ type: MatterFilter, description: 'Only the items that match every condition given.' }),
        orderBy: t.arg({ type: MatterOrder, description: 'Sort order; see the field description for the default.' }),
      },
      ...listConnection(
        matterList,
        ({ filter, orderBy }: Omit<MatterListInput, 'filter'> & { filter?: MatterFilterArgs | null }): MatterListInput => ({
          orderBy,
          filter: filter && { ...filter, clientId: filter.clientId?.id },
        }),
      ),
    },
    { name: 'MatterConnection', description: 'A page of matters.' },
    { name: 'MatterEdge', description: 'A matter in a page.' },
  ),
);

const CreateMatterInput = builder.inputType('CreateMatterInput', {
  description: 'A new matter.',
  fields: (t) => ({
    clientId: t.globalID({ required: true, for: ClientRef, description: 'The client the matter is for.' }),
    title: t.string({ required: true, description: 'Short title.' }),
    number: t.string({ description: 'Matter number; defaults to the firm\'s next "<year>-<sequence>".' }),
    description: t.string({ description: 'Longer description.' }),
    practiceArea: t.string({ description: 'Practice area.' }),
    status: t.field({ type: MatterStatusEnum, description: 'OPEN (default) or PENDING.' }),
    openedAt: t.field({ type: 'DateTime', description: 'Opening date; defaults to now.' }),
    responsibleAttorneyId: t.globalID({ for: UserRef, description: 'An attorney or admin of the firm.' }),
  }),
});

defineMutation('createMatter', {
  description: 'Opens a matter for a client. Admins, attorneys and paralegals; a non-admin creator joins its team.',
  input: CreateMatterInput,
  payload: { description: 'The matter created by `createMatter`.', field: 'matter', type: MatterRef },
  resolve: async (input, ctx) => ({
    matter: await createMatter(ctx, { ...input, clientId: input.clientId.id, responsibleAttorneyId: input.responsibleAttorneyId?.id }),
  }),
});

const UpdateMatterInput = builder.inputType('UpdateMatterInput', {
  description: 'Matter fields to change; omitted fields keep their values.',
  fields: (t) => ({
    id: t.globalID({ required: true, for: MatterRef, description: 'The matter to change.' }),
    title: t.string({ description: 'Short title.' }),
    number: t.string({ description: 'Matter number; must stay unique in the firm.' }),
    description: t.string({ description: 'Longer description; null clears it.' }),
    practiceArea: t.string({ description: 'Practice area; null clears it.' }),
    status: t.field({ type: MatterStatusEnum, description: 'OPEN or PENDING; use closeMatter to close.' }),
    openedAt: t.field({ type: 'DateTime', description: 'Opening date.' }),
    responsibleAttorneyId: t.globalID({ for: UserRef, description: 'An attorney or admin of the firm; null clears it.' }),
  }),
});

defineMutation('updateMatter', {
  description: 'Changes a matter you may see. Admins, attorneys and paralegals.',
  input: UpdateMatterInput,
  payload: { description: 'The matter after `updateMatter`.', field: 'matter', type: MatterRef },
  resolve: async ({ id, responsibleAttorneyId, ...changes }, ctx) => ({
    matter: await updateMatter(ctx, {
      ...changes,
      id: id.id,
      responsibleAttorneyId: responsibleAttorneyId === undefined ? undefined : (responsibleAttorneyId?.id ?? null),
    }),
  }),
});

const CloseMatterInput = builder.inputType('CloseMatterInput', {
  description: 'The matter to close.',
  fields: (t) => ({
    id: t.globalID({ required: true, for: MatterRef, description: 'The matter.' }),
    closedAt: t.field({ type: 'DateTime', description: 'Closing date; defaults to now.' }),
  }),
});

defineMutation('closeMatter', {
  description: 'Closes a matter. Admins and attorneys.',
  input: CloseMatterInput,
  payload: { description: 'The matter after `closeMatter`.', field: 'matter', type: MatterRef },
  resolve: async (input, ctx) => ({ matter: await closeMatter(ctx, { id: input.id.id, closedAt: input.closedAt }) }),
});

const ReopenMatterInput = builder.inputType('ReopenMatterInput', {
  description: 'The matter to reopen.',
  fields: (t) => ({ id: t.globalID({ required: true, for: MatterRef, description: 'The matter.' }) }),
});

defineMutation('reopenMatter', {
  description: 'Reopens a closed matter. Admins and attorneys.',
  input: ReopenMatterInput,
  payload: { description: 'The matter after `reopenMatter`.', field: 'matter', type: MatterRef },
  resolve: async (input, ctx) => ({ matter: await reopenMatter(ctx, { id: input.id.id }) }),
});

builder.subscriptionField('matterUpdated', (t) =>
  t.field({
    type: MatterRef,
    description:
      'The matter each time it or its team changes. "Not found" for a matter you may not see; events stop if you lose access while subscribed.',
    args: { matterId: t.arg.globalID({ for: MatterRef, required: true, description: 'The matter to watch.' }) },
    subscribe: (_root, args, ctx) => subscribeMatterUpdates(ctx, args.matterId.id),
    resolve: (matter: Matter) => matter,
  }),
);
