import { z } from 'zod';
import { hashPassword, verifyPassword } from '../../auth/password.ts';
import { toViewer } from '../../auth/viewer.ts';
import { change } from '../../core/change.ts';
import type { Context, Viewer } from '../../core/context.ts';
import { ForbiddenError } from '../../core/errors.ts';
import { parseInput } from '../../core/validation.ts';
import type { User } from '../../generated/prisma/client.ts';
import { AUTH_LIMITS } from '../../security/settings.ts';
import { firmRegistered } from './identity.actions.ts';
import { InvalidCredentialsError } from './identity.errors.ts';
import { Email, Password, PersonName } from './identity.inputs.ts';
import { assertEmailFree } from './users.ts';

const RegisterFirmInput = z.object({
  firmName: z.string().trim().min(2, 'Firm name must be at least 2 characters').max(200),
  adminName: PersonName,
  adminEmail: Email,
  password: Password,
});

export interface Session {
  token: string;
  user: User;
  /** The new session's viewer, so the rest of the response can be read as that user. */
  viewer: Viewer;
}

/** A new session token for `user` (carrying their session version), and the viewer to answer as. */
export async function openSession(ctx: Context, user: User): Promise<Session> {
  const firm = await ctx.prisma.firm.findUniqueOrThrow({ where: { id: user.firmId }, select: { openMatterAccess: true } });
  const token = await ctx.tokens.sign({ userId: user.id, firmId: user.firmId, sessionVersion: user.sessionVersion });
  return { token, user, viewer: toViewer({ ...user, firm }) };
}

// Verifying against a real hash when the email is unknown keeps both failures equally slow,
// so response time does not reveal which emails have accounts.
let decoyHash: Promise<string> | undefined;

/**
 * Creates a firm (tenant) with its first ADMIN and signs that admin in. Emails are global, so an
 * address already in use is a conflict on `adminEmail`. Throttled per client address and per
 * admin email (AUTH_MAX_PER_ADDRESS, AUTH_MAX_FAILURES_PER_ACCOUNT per AUTH_WINDOW_SECONDS).
 * With SIGNUP=closed it is refused (ForbiddenError) before anything else.
 */
export async function registerFirm(ctx: Context, input: z.input<typeof RegisterFirmInput>): Promise<Session> {
  if (ctx.jobs.signup === 'closed')
    throw new ForbiddenError('Registration is closed on this server; ask an admin of your firm to invite you');
  const data = parseInput(RegisterFirmInput, input);
  await ctx.throttle.consume(AUTH_LIMITS.perAddress, ctx.clientIp);
  await ctx.throttle.consume(AUTH_LIMITS.perAccount, data.adminEmail);
  const passwordHash = await hashPassword(data.password);
  const user = await change(ctx, async (w) => {
    await assertEmailFree(w.tx, data.adminEmail);
    const firm = await w.tx.firm.create({ data: { name: data.firmName } });
    const admin = await w.tx.user.create({
      data: { firmId: firm.id, email: data.adminEmail, name: data.adminName, role: 'ADMIN', passwordHash },
    });
    w.actAs({ firmId: firm.id, actorId: admin.id });
    await w.record(firmRegistered, { after: firm });
    return admin;
  });
  return openSession(ctx, user);
}

const LoginInput = z.object({ email: Email, password: z.string().min(1, 'Password is required').max(200) });

/**
 * Exchanges an email and password for a session token; inactive users cannot sign in. Every
 * attempt counts against the client address (AUTH_MAX_PER_ADDRESS) and every failure against the
 * account (AUTH_MAX_FAILURES_PER_ACCOUNT, per AUTH_WINDOW_SECONDS): once either is spent, even the
 * right password gets a RateLimitedError until the window ends. A success clears the account's failures.
 */
export async function login(ctx: Context, input: z.input<typeof LoginInput>): Promise<Session> {
  const data = parseInput(LoginInput, input);
  await ctx.throttle.consume(AUTH_LIMITS.perAddress, ctx.clientIp);
  await ctx.throttle.check(AUTH_LIMITS.perAccount, data.email);
  const user = await ctx.prisma.user.findUnique({ where: { email: data.email } });
  let valid = false;
  if (!user?.active) {
    decoyHash ??= hashPassword('decoy-password-for-timing');
    await verifyPassword(await decoyHash, data.password);
  } else {
    valid = await verifyPassword(user.passwordHash, data.password);
  }
  if (!user || !valid) {
    await ctx.throttle.consume(AUTH_LIMITS.perAccount, data.email);
    throw new InvalidCredentialsError();
  }
  await ctx.throttle.reset(AUTH_LIMITS.perAccount, data.email);
  return openSession(ctx, user);
}
