import { builder } from '../../core/graphql/builder.ts';
import { defineMutation } from '../../core/graphql/mutation.ts';
import { firmNode } from '../../core/graphql/node.ts';
import { updateFirm } from '../../resolvers/identity/firms.ts';
import { FirmEntity } from '../../resolvers/identity/identity.entities.ts';

export const FirmRef = builder.prismaNode('Firm', {
  ...firmNode(FirmEntity),
  description: 'A law firm: the tenant that owns all of its users, clients and matters.',
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

defineMutation('updateFirm', {
  description: "Changes the firm's settings. Admins only.",
  input: UpdateFirmInput,
  payload: { description: 'The firm after `updateFirm`.', field: 'firm', type: FirmRef, fieldDescription: 'The updated firm.' },
  resolve: async (input, ctx) => ({ firm: await updateFirm(ctx, input) }),
});
