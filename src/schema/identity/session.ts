import { actAs, type Context } from '../../core/context.ts';
import { RateLimitedError } from '../../core/errors.ts';
import { builder } from '../../core/graphql/builder.ts';
import { ErrorInterface } from '../../core/graphql/errors.ts';
import { type CustomPayload, defineMutation, type PayloadFields } from '../../core/graphql/mutation.ts';
import { InvalidCredentialsError } from '../../resolvers/identity/identity.errors.ts';
import { login, registerFirm, type Session } from '../../resolvers/identity/session.ts';
import { logout, signOutEverywhere } from '../../resolvers/identity/sign-out.ts';
import { UserRef } from './user.ts';

builder.objectType(InvalidCredentialsError, {
  name: 'InvalidCredentialsError',
  description: 'The email and password do not match an active account.',
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof InvalidCredentialsError,
});

// The payload's fields (the user, their firm) are read as the user who just signed in.
function signedIn(ctx: Context, session: Session): Session {
  actAs(ctx, session.viewer);
  return session;
}

const sessionFields: CustomPayload<Session>['fields'] = (t) => ({
  token: t.exposeString('token', { description: 'Send as `Authorization: Bearer <token>`; expires after JWT_TTL.' }),
  user: t.field({ type: UserRef, description: 'The signed-in user.', resolve: (p) => p.user }),
});

const RegisterFirmInput = builder.inputType('RegisterFirmInput', {
  description: 'A new firm and its first administrator.',
  fields: (t) => ({
    firmName: t.string({ required: true, description: "The firm's display name." }),
    adminName: t.string({ required: true, description: "The administrator's full name." }),
    adminEmail: t.string({ required: true, description: "The administrator's sign-in email." }),
    password: t.string({ required: true, description: 'At least 10 characters.' }),
  }),
});

defineMutation('registerFirm', {
  description: 'Creates a firm with its first ADMIN and signs that admin in. Open to everyone.',
  input: RegisterFirmInput,
  payload: { description: "The session of the new firm's admin.", fields: sessionFields },
  errors: [RateLimitedError],
  access: 'public',
  resolve: async (input, ctx) => signedIn(ctx, await registerFirm(ctx, input)),
});

const LoginInput = builder.inputType('LoginInput', {
  description: 'Credentials to sign in with.',
  fields: (t) => ({
    email: t.string({ required: true, description: 'Sign-in email.' }),
    password: t.string({ required: true, description: 'Password.' }),
  }),
});

defineMutation('login', {
  description: 'Signs in with email and password. Open to everyone.',
  input: LoginInput,
  payload: { description: 'A new session.', fields: sessionFields },
  errors: [InvalidCredentialsError, RateLimitedError],
  access: 'public',
  resolve: async (input, ctx) => signedIn(ctx, await login(ctx, input)),
});

defineMutation('logout', {
  description: 'Signs out the session token this request carries, and only it, on every server at once. Open to every signed-in user.',
  payload: {
    description: 'The outcome of `logout`.',
    fields: (t: PayloadFields<{ signedOut: boolean }>) => ({
      signedOut: t.exposeBoolean('signedOut', { description: 'Always true: the token is refused from now on.' }),
    }),
  },
  access: 'signedIn',
  resolve: async (_input, ctx) => {
    await logout(ctx);
    return { signedOut: true };
  },
});

defineMutation('signOutEverywhere', {
  description:
    'Ends every session of yours (every device and browser, this one included) on every server at once. Open to every signed-in user.',
  payload: {
    description: 'You, after `signOutEverywhere`; sign in again to continue.',
    field: 'user',
    type: UserRef,
    fieldDescription: 'You.',
  },
  access: 'signedIn',
  resolve: async (_input, ctx) => ({ user: await signOutEverywhere(ctx) }),
});
