import type { Firm } from '../generated/prisma/client.ts';
import { updateFirm } from '../resolvers/firms.ts';
import { builder } from './builder.ts';
import { defineMutation } from './mutation.ts';

const NIL = '00000000-0000-0000-0000-000000000000';

export const FirmRef = builder.prismaNode('Firm', {
  description: 'A law firm: the tenant that owns all of its users, clients and matters.',
  id: { field: 'id' },
  // A missing, foreign or hidden id loads as null (not a thrown "not found"), so node() answers null.
  nullable: true,
  findUnique: (id, ctx) => ({ id, AND: [{ id: ctx.viewer?.firmId ?? NIL }] }),
  fields: (t) => ({
    name: t.exposeString('name', { description: "The firm's display name." }),
    openMatterAccess: t.exposeBoolean('openMatterAccess', {
      description: 'When true, every staff member sees every matter; otherwise non-admins see only matters they work on.',
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When the firm registered.' }),
  }),
});

const UpdateFirmInput = builder.inputType('UpdateFirmInput', {
  description: 'Firm settings to change; omitted fields keep their values.',
  fields: (t) => ({
    name: t.string({ description: 'A new display name.' }),
    openMatterAccess: t.boolean({ description: 'Open every matter to all staff (true) or only to their teams (false).' }),
  }),
});

const UpdateFirmPayload = builder.objectRef<{ firm: Firm }>('UpdateFirmPayload').implement({
  description: 'The firm after `updateFirm`.',
  fields: (t) => ({ firm: t.field({ type: FirmRef, description: 'The updated firm.', resolve: (p) => p.firm }) }),
});

defineMutation('updateFirm', {
  description: "Changes the firm's settings. Admins only.",
  input: UpdateFirmInput,
  payload: UpdateFirmPayload,
  resolve: async (input, ctx) => ({
    firm: await updateFirm(ctx, { name: input.name ?? undefined, openMatterAccess: input.openMatterAccess ?? undefined }),
  }),
});
