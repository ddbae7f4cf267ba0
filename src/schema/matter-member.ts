import type { Matter } from '../generated/prisma/client.ts';
import { MatterMemberRole } from '../generated/prisma/enums.ts';
import { visibleMatterWhere } from '../resolvers/access.ts';
import { addMatterMember, removeMatterMember } from '../resolvers/matter-members.ts';
import { builder } from './builder.ts';
import { MatterRef } from './matter.ts';
import { defineMutation } from './mutation.ts';
import { UserRef } from './user.ts';

const NIL = '00000000-0000-0000-0000-000000000000';

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
  description: "A user's place on a matter's team.",
  id: { field: 'id' },
  // A missing, foreign or hidden id loads as null (not a thrown "not found"), so node() answers null.
  nullable: true,
  findUnique: (id, ctx) => ({ id, matter: ctx.viewer ? visibleMatterWhere(ctx.viewer) : { id: NIL } }),
  fields: (t) => ({
    role: t.expose('role', { type: MatterMemberRoleEnum, description: 'Their part in the team.' }),
    user: t.relation('user', { description: 'The team member.' }),
    joinedAt: t.expose('createdAt', { type: 'DateTime', description: 'When they joined the team.' }),
  }),
});

const memberPayload = (name: string, description: string) =>
  builder.objectRef<{ matter: Matter }>(name).implement({
    description,
    fields: (t) => ({
      matter: t.field({ type: MatterRef, description: 'The matter, with its team as it now stands.', resolve: (p) => p.matter }),
    }),
  });

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
  payload: memberPayload('AddMatterMemberPayload', 'The matter after `addMatterMember`.'),
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
  payload: memberPayload('RemoveMatterMemberPayload', 'The matter after `removeMatterMember`.'),
  resolve: async (input, ctx) => ({ matter: await removeMatterMember(ctx, { matterId: input.matterId.id, userId: input.userId.id }) }),
});
