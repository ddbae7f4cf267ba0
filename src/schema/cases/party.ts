import { builder } from '../../core/graphql/builder.ts';
import { defineMutation, type PayloadFields } from '../../core/graphql/mutation.ts';
import { firmNode } from '../../core/graphql/node.ts';
import { toGlobalId } from '../../core/ids.ts';
import { PartyKind, PartyRole } from '../../generated/prisma/enums.ts';
import type { ConflictResult } from '../../resolvers/cases/conflicts.ts';
import { PartyEntity } from '../../resolvers/cases/parties.entities.ts';
import { type AddedParty, addParty, type RemovedParty, removeParty, updateParty } from '../../resolvers/cases/parties.ts';
import { ConflictCheckResultRef } from './conflict.ts';
import { MatterRef } from './matter.ts';

export const PartyRoleEnum = builder.enumType(PartyRole, {
  name: 'PartyRole',
  description: "A party's part in a matter.",
  values: {
    PLAINTIFF: { description: 'Brings the claim.' },
    DEFENDANT: { description: 'Defends against the claim.' },
    PETITIONER: { description: 'Files the petition.' },
    RESPONDENT: { description: 'Responds to the petition.' },
    WITNESS: { description: 'Gives evidence.' },
    EXPERT: { description: 'Gives expert evidence.' },
    OPPOSING_COUNSEL: { description: 'Represents the other side.' },
    JUDGE: { description: 'Hears the matter.' },
    OTHER: { description: 'Any other part.' },
  },
});

export const PartyKindEnum = builder.enumType(PartyKind, {
  name: 'PartyKind',
  description: 'Whether a party is a natural person or an organization.',
  values: { PERSON: { description: 'A natural person.' }, ORGANIZATION: { description: 'A company, agency or other organization.' } },
});

export const PartyRef = builder.prismaNode('Party', {
  ...firmNode(PartyEntity),
  description: 'A person or organization taking part in a matter; visible with its matter.',
  fields: (t) => ({
    name: t.exposeString('name', { description: 'Full name or organization name.' }),
    kind: t.expose('kind', { type: PartyKindEnum, description: 'Person or organization.' }),
    role: t.expose('role', { type: PartyRoleEnum, description: 'Their part in the matter.' }),
    aliases: t.exposeStringList('aliases', { description: 'Other names they go by; conflict checks match these too.' }),
    email: t.exposeString('email', { nullable: true, description: 'Contact email.' }),
    phone: t.exposeString('phone', { nullable: true, description: 'Contact phone number.' }),
    address: t.exposeString('address', { nullable: true, description: 'Postal address.' }),
    matter: t.relation('matter', { description: 'The matter they take part in.' }),
    representedBy: t.relation('representedBy', { nullable: true, description: 'The party of the same matter who represents them.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When the party was added.' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime', description: 'When the party last changed.' }),
  }),
});

builder.prismaObjectField(MatterRef, 'parties', (t) =>
  t.relatedConnection(
    'parties',
    {
      cursor: 'id',
      description: "The matter's parties, by name.",
      totalCount: true,
      query: () => ({ orderBy: [{ name: 'asc' }, { id: 'asc' }] }),
    },
    { description: "A page of a matter's parties." },
    { description: 'A party in the page.' },
  ),
);

const Fields = {
  name: 'Full name or organization name.',
  kind: 'Person or organization.',
  role: 'Their part in the matter.',
  aliases: 'Other names they go by (at most 20); conflict checks match these too.',
  email: 'Contact email.',
  phone: 'Contact phone number.',
  address: 'Postal address.',
  representedById: 'A party of the same matter who represents them (e.g. OPPOSING_COUNSEL).',
};

const AddPartyInput = builder.inputType('AddPartyInput', {
  description: 'A party to add to a matter.',
  fields: (t) => ({
    matterId: t.globalID({ required: true, for: MatterRef, description: 'The matter.' }),
    name: t.string({ required: true, description: Fields.name }),
    kind: t.field({ type: PartyKindEnum, required: true, description: Fields.kind }),
    role: t.field({ type: PartyRoleEnum, required: true, description: Fields.role }),
    aliases: t.stringList({ description: Fields.aliases }),
    email: t.string({ description: Fields.email }),
    phone: t.string({ description: Fields.phone }),
    address: t.string({ description: Fields.address }),
    representedById: t.globalID({ for: PartyRef, description: Fields.representedById }),
  }),
});

defineMutation('addParty', {
  description:
    'Adds a party to a matter you may see. Admins, attorneys and paralegals. For an adverse role (plaintiff, defendant, petitioner, respondent, opposing counsel) the payload carries the conflict hits for its name and aliases.',
  input: AddPartyInput,
  payload: {
    description: 'The party added by `addParty`, with conflict hits.',
    fields: (t: PayloadFields<AddedParty>) => ({
      party: t.field({ type: PartyRef, description: 'The party.', resolve: (p) => p.party }),
      conflicts: t.field({
        type: [ConflictCheckResultRef],
        description: "Per name (the name, then each alias), the firm's records it resembles; empty for a role that is not adverse.",
        resolve: (p): ConflictResult[] => p.conflicts,
      }),
    }),
  },
  resolve: (input, ctx) => addParty(ctx, { ...input, matterId: input.matterId.id, representedById: input.representedById?.id }),
});

const UpdatePartyInput = builder.inputType('UpdatePartyInput', {
  description: 'Party fields to change; omitted fields keep their values, null clears the contact details and the representative.',
  fields: (t) => ({
    id: t.globalID({ required: true, for: PartyRef, description: 'The party to change.' }),
    name: t.string({ description: Fields.name }),
    kind: t.field({ type: PartyKindEnum, description: Fields.kind }),
    role: t.field({ type: PartyRoleEnum, description: Fields.role }),
    aliases: t.stringList({ description: `${Fields.aliases} Replaces the list.` }),
    email: t.string({ description: Fields.email }),
    phone: t.string({ description: Fields.phone }),
    address: t.string({ description: Fields.address }),
    representedById: t.globalID({ for: PartyRef, description: Fields.representedById }),
  }),
});

defineMutation('updateParty', {
  description: 'Changes a party of a matter you may see. Admins, attorneys and paralegals.',
  input: UpdatePartyInput,
  payload: { description: 'The party after `updateParty`.', field: 'party', type: PartyRef },
  resolve: async ({ id, representedById, ...changes }, ctx) => ({
    party: await updateParty(ctx, {
      ...changes,
      id: id.id,
      representedById: representedById === undefined ? undefined : (representedById?.id ?? null),
    }),
  }),
});

const RemovePartyInput = builder.inputType('RemovePartyInput', {
  description: 'The party to remove.',
  fields: (t) => ({ id: t.globalID({ required: true, for: PartyRef, description: 'The party.' }) }),
});

defineMutation('removeParty', {
  description: 'Removes a party from a matter you may see. Admins, attorneys and paralegals.',
  input: RemovePartyInput,
  payload: {
    description: 'The outcome of `removeParty`.',
    fields: (t: PayloadFields<RemovedParty>) => ({
      removedPartyId: t.id({
        description: 'The global ID of the party removed.',
        resolve: (p) => toGlobalId('Party', p.partyId),
      }),
      matter: t.field({ type: MatterRef, description: 'The matter, without the party.', resolve: (p) => p.matter }),
    }),
  },
  resolve: (input, ctx) => removeParty(ctx, { id: input.id.id }),
});
