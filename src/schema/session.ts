import type { Context } from '../context.ts';
import type { User } from '../generated/prisma/client.ts';
import { createLoaders } from '../loaders/index.ts';
import { InvalidCredentialsError } from '../resolvers/errors.ts';
import { login, registerFirm, type Session } from '../resolvers/session.ts';
import { builder } from './builder.ts';
import { defineMutation } from './mutation.ts';
import { UserRef } from './user.ts';

// The payload's fields (the user, their firm) are read as the user who just signed in.
function actAs(ctx: Context, session: Session): Session {
  ctx.viewer = session.viewer;
  ctx.loaders = createLoaders(ctx.prisma, session.viewer);
  return session;
}

const sessionPayload = (name: string, description: string) =>
  builder.objectRef<{ token: string; user: User }>(name).implement({
    description,
    fields: (t) => ({
      token: t.exposeString('token', { description: 'Send as `Authorization: Bearer <token>`; expires after JWT_TTL.' }),
      user: t.field({ type: UserRef, description: 'The signed-in user.', resolve: (p) => p.user }),
    }),
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
  payload: sessionPayload('RegisterFirmPayload', "The session of the new firm's admin."),
  access: 'public',
  resolve: async (input, ctx) => actAs(ctx, await registerFirm(ctx, input)),
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
  payload: sessionPayload('LoginPayload', 'A new session.'),
  errors: [InvalidCredentialsError],
  access: 'public',
  resolve: async (input, ctx) => actAs(ctx, await login(ctx, input)),
});
