import { builder } from '../../core/graphql/builder.ts';
import { defineMutation } from '../../core/graphql/mutation.ts';
import { firmNode } from '../../core/graphql/node.ts';
import { MatterMemberRole } from '../../generated/prisma/enums.ts';
import { MatterMemberEntity } from '../../resolvers/cases/cases.entities.ts';
import { addMatterMember, removeMatterMember } from '../../resolvers/cases/matter-members.ts';
import { UserRef } from '../identity/index.ts';
import { MatterRef } from './matter.ts';

export const MatterMemberRoleEnum = builder.enumType(MatterMemberRole, {
  name: 'MatterMemberRole',
  description: "A member's part in a matter's team.",
  values: {
    LEAD: { description: 'Leads the work.' },
    ATTORNEY: { description: 'Works on it as an attorney.' },
    PARALEGAL: { description: 'Supports as a paralegal.' },
    BILLING: { description: 'Handles its billing.' },
    OBSERVER: { description: 'Follows it without working on it.' },
  },
});

builder.prismaNode('MatterMember', {
  ...firmNode(MatterMemberEntity),
  description: "A user's place on a matter's team.",
  fields: (t) => ({
    role: t.expose('role', { type: MatterMemberRoleEnum, description: 'Their part in the team.' }),
    user: t.relation('user', { description: 'The team member.' }),
    joinedAt: t.expose('createdAt', { type: 'DateTime', description: 'When they joined the team.' }),
  }),
});

const TEAM = 'The matter, with its team as it now stands.';

const AddMatterMemberInput = builder.inputType('AddMatterMemberInput', {
  description: "A user to add to a matter's team.",
  fields: (t) => ({
    matterId: t.globalID({ required: true, for: MatterRef, description: 'The matter.' }),
    userId: t.globalID({ required: true, for: UserRef, description: 'A user of your firm.' }),
    role: t.field({ type: MatterMemberRoleEnum, description: 'Their part; defaults to ATTORNEY.' }),
  }),
});

defineMutation('addMatterMember', {
  description: "Adds a user to a matter's team, which lets them see it. Admins and attorneys.",
  input: AddMatterMemberInput,
  payload: { description: 'The matter after `addMatterMember`.', field: 'matter', type: MatterRef, fieldDescription: TEAM },
  resolve: async (input, ctx) => ({
    matter: await addMatterMember(ctx, { matterId: input.matterId.id, userId: input.userId.id, role: input.role }),
  }),
});

const RemoveMatterMemberInput = builder.inputType('RemoveMatterMemberInput', {
  description: "A user to take off a matter's team.",
  fields: (t) => ({
    matterId: t.globalID({ required: true, for: MatterRef, description: 'The matter.' }),
    userId: t.globalID({ required: true, for: UserRef, description: 'The member to remove.' }),
  }),
});

defineMutation('removeMatterMember', {
  description: "Removes a user from a matter's team. Admins and attorneys.",
  input: RemoveMatterMemberInput,
  payload: { description: 'The matter after `removeMatterMember`.', field: 'matter', type: MatterRef, fieldDescription: TEAM },
  resolve: async (input, ctx) => ({ matter: await removeMatterMember(ctx, { matterId: input.matterId.id, userId: input.userId.id }) }),
});
