import { visibleWhere } from '../../core/entities.ts';
import { builder } from '../../core/graphql/builder.ts';
import { listConnection } from '../../core/graphql/lists.ts';
import { defineMutation } from '../../core/graphql/mutation.ts';
import { firmNode } from '../../core/graphql/node.ts';
import { OrderDirectionEnum } from '../../core/graphql/pagination.ts';
import { ClientKind } from '../../generated/prisma/enums.ts';
import { ClientEntity, MatterEntity } from '../../resolvers/cases/cases.entities.ts';
import { CLIENT_ORDER_FIELDS, type ClientListInput, clientList, createClient, updateClient } from '../../resolvers/cases/clients.ts';

export const ClientKindEnum = builder.enumType(ClientKind, {
  name: 'ClientKind',
  description: 'Whether a client is a natural person or an organization.',
  values: { PERSON: { description: 'A natural person.' }, ORGANIZATION: { description: 'A company, agency or other organization.' } },
});

export const ClientRef = builder.prismaNode('Client', {
  ...firmNode(ClientEntity),
  description: 'A client of the firm.',
  fields: (t) => ({
    kind: t.expose('kind', { type: ClientKindEnum, description: 'Person or organization.' }),
    name: t.exposeString('name', { description: 'Full name or organization name.' }),
    formerNames: t.exposeStringList('formerNames', {
      description: 'Names the client was known by before; conflict checks match them too.',
    }),
    email: t.exposeString('email', { nullable: true, description: 'Contact email.' }),
    phone: t.exposeString('phone', { nullable: true, description: 'Contact phone number.' }),
    address: t.exposeString('address', { nullable: true, description: 'Postal address.' }),
    notes: t.exposeString('notes', { nullable: true, description: 'Internal notes.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When the client was added.' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime', description: 'When the client last changed.' }),
    matters: t.relatedConnection(
      'matters',
      {
        cursor: 'id',
        description: "The client's matters that you may see, most recently opened first.",
        totalCount: true,
        query: (_args, ctx) => ({
          where: visibleWhere(MatterEntity, ctx.viewer),
          orderBy: [{ openedAt: 'desc' }, { id: 'desc' }],
        }),
      },
      { description: "A page of a client's matters." },
      { description: 'A matter in the page.' },
    ),
  }),
});

const ClientOrderField = builder.enumType('ClientOrderField', {
  description: 'What to sort clients by.',
  values: Object.fromEntries(
    Object.keys(CLIENT_ORDER_FIELDS).map((k) => [k, { description: `Sort by ${k.toLowerCase().replace('_', ' ')}.` }]),
  ) as Record<keyof typeof CLIENT_ORDER_FIELDS, { description: string }>,
});

const ClientOrder = builder.inputType('ClientOrder', {
  description: 'Sort order for clients; ties are broken by id so pages never overlap.',
  fields: (t) => ({
    field: t.field({ type: ClientOrderField, required: true, description: 'Sort key.' }),
    direction: t.field({ type: OrderDirectionEnum, defaultValue: 'ASC', required: true, description: 'Direction; defaults to ASC.' }),
  }),
});

const ClientFilter = builder.inputType('ClientFilter', {
  description: 'Narrows the client list.',
  fields: (t) => ({
    kind: t.field({ type: ClientKindEnum, description: 'Only persons or only organizations.' }),
    search: t.string({ description: 'Case-insensitive match on name or email.' }),
  }),
});

builder.queryField('clients', (t) =>
  t.prismaConnection(
    {
      type: 'Client',
      cursor: 'id',
      description: "The firm's clients; by name unless `orderBy` says otherwise. At most 100 a page.",
      args: {
        filter: t.arg({ type: ClientFilter, description: 'Only the items that match every condition given.' }),
        orderBy: t.arg({ type: ClientOrder, description: 'Sort order; see the field description for the default.' }),
      },
      ...listConnection(clientList, (args: ClientListInput) => args),
    },
    { name: 'ClientConnection', description: 'A page of clients.' },
    { name: 'ClientEdge', description: 'A client in a page.' },
  ),
);

const ClientFieldsDescription = {
  kind: 'Person or organization.',
  name: 'Full name or organization name.',
  formerNames: 'Names the client was known by before (at most 20); conflict checks match them too.',
  email: 'Contact email.',
  phone: 'Contact phone number.',
  address: 'Postal address.',
  notes: 'Internal notes.',
};

const CreateClientInput = builder.inputType('CreateClientInput', {
  description: 'A new client.',
  fields: (t) => ({
    kind: t.field({ type: ClientKindEnum, required: true, description: ClientFieldsDescription.kind }),
    name: t.string({ required: true, description: ClientFieldsDescription.name }),
    formerNames: t.stringList({ description: ClientFieldsDescription.formerNames }),
    email: t.string({ description: ClientFieldsDescription.email }),
    phone: t.string({ description: ClientFieldsDescription.phone }),
    address: t.string({ description: ClientFieldsDescription.address }),
    notes: t.string({ description: ClientFieldsDescription.notes }),
  }),
});

const UpdateClientInput = builder.inputType('UpdateClientInput', {
  description: 'Client fields to change; omitted fields keep their values, null clears optional ones.',
  fields: (t) => ({
    id: t.globalID({ required: true, for: ClientRef, description: 'The client to change.' }),
    kind: t.field({ type: ClientKindEnum, description: ClientFieldsDescription.kind }),
    name: t.string({ description: ClientFieldsDescription.name }),
    formerNames: t.stringList({ description: `${ClientFieldsDescription.formerNames} Replaces the list.` }),
    email: t.string({ description: ClientFieldsDescription.email }),
    phone: t.string({ description: ClientFieldsDescription.phone }),
    address: t.string({ description: ClientFieldsDescription.address }),
    notes: t.string({ description: ClientFieldsDescription.notes }),
  }),
});

defineMutation('createClient', {
  description: 'Adds a client. Any role but READ_ONLY.',
  input: CreateClientInput,
  payload: { description: 'The client created by `createClient`.', field: 'client', type: ClientRef },
  resolve: async (input, ctx) => ({ client: await createClient(ctx, input) }),
});

defineMutation('updateClient', {
  description: 'Changes a client. Any role but READ_ONLY.',
  input: UpdateClientInput,
  payload: { description: 'The client after `updateClient`.', field: 'client', type: ClientRef },
  resolve: async ({ id, ...changes }, ctx) => ({ client: await updateClient(ctx, { ...changes, id: id.id }) }),
});
