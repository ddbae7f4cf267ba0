import { RateLimitedError } from '../../core/errors.ts';
import { builder } from '../../core/graphql/builder.ts';
import { defineMutation, type PayloadFields } from '../../core/graphql/mutation.ts';
import { inviteUser, requestPasswordReset, resetPassword } from '../../resolvers/identity/invitations.ts';
import { RoleEnum, UserRef } from './user.ts';

defineMutation('inviteUser', {
  description: 'Adds a user to your firm and emails them a link to set their password (valid 72 hours). Admins only.',
  input: builder.inputType('InviteUserInput', {
    description: 'The colleague to invite.',
    fields: (t) => ({
      name: t.string({ required: true, description: 'Full name.' }),
      email: t.string({ required: true, description: 'Where the invitation goes; their sign-in email.' }),
      role: t.field({ type: RoleEnum, required: true, description: 'What they may do.' }),
    }),
  }),
  payload: { description: 'The invited user.', field: 'user', type: UserRef, fieldDescription: 'The new user.' },
  resolve: async (input, ctx) => ({ user: await inviteUser(ctx, input) }),
});

defineMutation('requestPasswordReset', {
  description:
    'Emails a password-reset link (valid 60 minutes) if the address has an account; answers the same either way. Open to everyone.',
  input: builder.inputType('RequestPasswordResetInput', {
    description: 'The account to reset.',
    fields: (t) => ({ email: t.string({ required: true, description: 'The sign-in email.' }) }),
  }),
  payload: {
    description: 'The outcome of `requestPasswordReset`.',
    fields: (t: PayloadFields<{ accepted: boolean }>) => ({
      accepted: t.exposeBoolean('accepted', { description: 'Always true: whether an email went out is not revealed.' }),
    }),
  },
  errors: [RateLimitedError],
  access: 'public',
  resolve: async (input, ctx) => {
    await requestPasswordReset(ctx, input);
    return { accepted: true };
  },
});

defineMutation('resetPassword', {
  description:
    'Sets a password with the token from an invitation or password-reset email, ending every session of the account; then sign in with `login`. Open to everyone.',
  input: builder.inputType('ResetPasswordInput', {
    description: 'The emailed token and the new password.',
    fields: (t) => ({
      token: t.string({ required: true, description: 'The token from the emailed link.' }),
      password: t.string({ required: true, description: 'At least 10 characters.' }),
    }),
  }),
  payload: {
    description: 'The outcome of `resetPassword`.',
    fields: (t: PayloadFields<{ email: string }>) => ({
      email: t.exposeString('email', { description: 'The account whose password was set: sign in with it.' }),
    }),
  },
  errors: [RateLimitedError],
  access: 'public',
  resolve: async (input, ctx) => ({ email: (await resetPassword(ctx, input)).email }),
});
