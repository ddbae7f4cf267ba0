import { NOTHING } from '../../core/access.ts';
import { builder } from '../../core/graphql/builder.ts';
import { listConnection } from '../../core/graphql/lists.ts';
import { entityLookup } from '../../core/graphql/lookup.ts';
import { defineMutation, type PayloadFields } from '../../core/graphql/mutation.ts';
import { firmNode } from '../../core/graphql/node.ts';
import type { User } from '../../generated/prisma/client.ts';
import { Role } from '../../generated/prisma/enums.ts';
import { UserEntity } from '../../resolvers/identity/identity.entities.ts';
import { openSession } from '../../resolvers/identity/session.ts';
import { changePassword, changeUserRole, createUser, disableUser, enableUser, userList } from '../../resolvers/identity/users.ts';

export const RoleEnum = builder.enumType(Role, {
  name: 'Role',
  description: 'What a user may do in their firm.',
  values: {
    ADMIN: { description: 'Manages users and settings; sees every matter.' },
    ATTORNEY: { description: 'Works on matters; may close them and manage their teams.' },
    PARALEGAL: { description: 'Works on matters they are assigned to.' },
    BILLING: { description: 'Works with clients and billing.' },
    READ_ONLY: { description: 'Reads what their matters allow; changes nothing but their own password.' },
  },
});

export const UserRef = builder.prismaNode('User', {
  ...firmNode(UserEntity),
  description: 'A person who signs in to a firm.',
  fields: (t) => ({
    name: t.exposeString('name', { description: 'Full name.' }),
    email: t.exposeString('email', { description: 'Sign-in email, unique across LexGraph.' }),
    role: t.expose('role', { type: RoleEnum, description: 'What the user may do.' }),
    active: t.exposeBoolean('active', { description: 'Inactive users cannot sign in.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When the account was created.' }),
    firm: t.relation('firm', { description: 'The firm the user belongs to.' }),
  }),
});

builder.queryFields((t) => ({
  me: t.prismaField({
    type: 'User',
    nullable: true,
    skipTypeScopes: true,
    description: 'The signed-in user, or null without a valid session.',
    ...entityLookup(UserEntity, (_args: object, ctx) => (ctx.viewer ? { id: ctx.viewer.id } : NOTHING)),
  }),
  users: t.prismaConnection(
    {
      type: 'User',
      cursor: 'id',
      description: "The firm's users, by name.",
      ...listConnection(userList, (_args: object) => ({})),
    },
    { name: 'UserConnection', description: 'A page of users.' },
    { name: 'UserEdge', description: 'A user in a page.' },
  ),
}));

const CreateUserInput = builder.inputType('CreateUserInput', {
  description: 'A new user of your firm.',
  fields: (t) => ({
    name: t.string({ required: true, description: 'Full name.' }),
    email: t.string({ required: true, description: 'Sign-in email; must not be in use.' }),
    role: t.field({ type: RoleEnum, required: true, description: 'What the user may do.' }),
    password: t.string({ required: true, description: 'Initial password, at least 10 characters.' }),
  }),
});

defineMutation('createUser', {
  description: 'Adds a user to your firm. Admins only.',
  input: CreateUserInput,
  payload: { description: 'The user created by `createUser`.', field: 'user', type: UserRef },
  resolve: async (input, ctx) => ({ user: await createUser(ctx, input) }),
});

const ChangeUserRoleInput = builder.inputType('ChangeUserRoleInput', {
  description: 'A user and their new role.',
  fields: (t) => ({
    userId: t.globalID({ required: true, for: UserRef, description: 'The user to change.' }),
    role: t.field({ type: RoleEnum, required: true, description: 'The new role.' }),
  }),
});

defineMutation('changeUserRole', {
  description: "Changes a user's role. Admins only; a firm always keeps one admin.",
  input: ChangeUserRoleInput,
  payload: { description: 'The user after `changeUserRole`.', field: 'user', type: UserRef },
  resolve: async (input, ctx) => ({ user: await changeUserRole(ctx, { userId: input.userId.id, role: input.role }) }),
});

const ChangePasswordInput = builder.inputType('ChangePasswordInput', {
  description: 'Your current password and the new one.',
  fields: (t) => ({
    currentPassword: t.string({ required: true, description: 'The password you signed in with.' }),
    newPassword: t.string({ required: true, description: 'At least 10 characters.' }),
  }),
});

defineMutation('changePassword', {
  description:
    'Changes your own password and ends every session of yours, this one included: continue with the new `token`. Open to every signed-in user.',
  input: ChangePasswordInput,
  payload: {
    description: 'You, after `changePassword`, with a new session.',
    fields: (t: PayloadFields<{ user: User; token: string }>) => ({
      user: t.field({ type: UserRef, description: 'You.', resolve: (p) => p.user }),
      token: t.exposeString('token', {
        description: 'A new session token: every earlier one, the one this request carried included, has ended.',
      }),
    }),
  },
  access: 'signedIn',
  resolve: async (input, ctx) => {
    const user = await changePassword(ctx, input);
    return { user, token: (await openSession(ctx, user)).token };
  },
});

const UserActiveInput = (name: string, description: string) =>
  builder.inputType(name, {
    description,
    fields: (t) => ({ userId: t.globalID({ required: true, for: UserRef, description: 'A user of your firm.' }) }),
  });

defineMutation('disableUser', {
  description:
    'Disables a user: they cannot sign in, and every session of theirs ends at once on every server (open WebSockets are closed). Admins only; a firm always keeps one active admin.',
  input: UserActiveInput('DisableUserInput', 'The user to disable.'),
  payload: { description: 'The user after `disableUser`.', field: 'user', type: UserRef },
  resolve: async (input, ctx) => ({ user: await disableUser(ctx, { userId: input.userId.id }) }),
});

defineMutation('enableUser', {
  description: 'Lets a disabled user sign in again. Admins only.',
  input: UserActiveInput('EnableUserInput', 'The user to enable.'),
  payload: { description: 'The user after `enableUser`.', field: 'user', type: UserRef },
  resolve: async (input, ctx) => ({ user: await enableUser(ctx, { userId: input.userId.id }) }),
});
