import type { Client } from '../generated/prisma/client.ts';
import { ClientKind } from '../generated/prisma/enums.ts';
import { visibleMatterWhere } from '../resolvers/access.ts';
import { CLIENT_ORDER_FIELDS, countClients, createClient, listClients, updateClient } from '../resolvers/clients.ts';
import { builder } from './builder.ts';
import { defineMutation } from './mutation.ts';
import { OrderDirectionEnum } from './pagination.ts';

const NIL = '00000000-0000-0000-0000-000000000000';

export const ClientKindEnum = builder.enumType(ClientKind, {
  name: 'ClientKind',
  description: 'Whether a client is a natural person or an organization.',
  values: { PERSON: { description: 'A natural person.' }, ORGANIZATION: { description: 'A company, agency or other organization.' } },
});

export const ClientRef = builder.prismaNode('Client', {
  description: 'A client of the firm.',
  id: { field: 'id' },
  // A missing, foreign or hidden id loads as null (not a thrown "not found"), so node() answers null.
  nullable: true,
  findUnique: (id, ctx) => ({ id, firmId: ctx.viewer?.firmId ?? NIL }),
  fields: (t) => ({
    kind: t.expose('kind', { type: ClientKindEnum, description: 'Person or organization.' }),
    name: t.exposeString('name', { description: 'Full name or organization name.' }),
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
          where: ctx.viewer ? visibleMatterWhere(ctx.viewer) : { id: NIL },
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
      totalCount: (_parent, args, ctx) => countClients(ctx, args),
      resolve: (query, _root, args, ctx) => listClients(ctx, args, query),
    },
    { name: 'ClientConnection', description: 'A page of clients.' },
    { name: 'ClientEdge', description: 'A client in a page.' },
  ),
);

const clientFields = (required: boolean) =>
  builder.inputType(required ? 'CreateClientInput' : 'UpdateClientInput', {
    description: required ? 'A new client.' : 'Client fields to change; omitted fields keep their values, null clears optional ones.',
    fields: (t) => ({
      ...(required ? {} : { id: t.globalID({ required: true, for: ClientRef, description: 'The client to change.' }) }),
      kind: t.field({ type: ClientKindEnum, required, description: 'Person or organization.' }),
      name: t.string({ required, description: 'Full name or organization name.' }),
      email: t.string({ description: 'Contact email.' }),
      phone: t.string({ description: 'Contact phone number.' }),
      address: t.string({ description: 'Postal address.' }),
      notes: t.string({ description: 'Internal notes.' }),
    }),
  });

const clientPayload = (name: string, description: string) =>
  builder.objectRef<{ client: Client }>(name).implement({
    description,
    fields: (t) => ({ client: t.field({ type: ClientRef, description: 'The client.', resolve: (p) => p.client }) }),
  });

defineMutation('createClient', {
  description: 'Adds a client. Any role but READ_ONLY.',
  input: clientFields(true),
  payload: clientPayload('CreateClientPayload', 'The client created by `createClient`.'),
  resolve: async (input, ctx) => ({ client: await createClient(ctx, input as Parameters<typeof createClient>[1]) }),
});

defineMutation('updateClient', {
  description: 'Changes a client. Any role but READ_ONLY.',
  input: clientFields(false),
  payload: clientPayload('UpdateClientPayload', 'The client after `updateClient`.'),
  resolve: async (input, ctx) => {
    const { id, ...changes } = input as { id: { id: string } } & Record<string, unknown>;
    return { client: await updateClient(ctx, { ...changes, id: id.id }) };
  },
});
