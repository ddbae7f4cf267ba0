import { createHash, randomBytes } from 'node:crypto';
import { z } from 'zod';
import { hashPassword } from '../../auth/password.ts';
import { ADMINS, requireRole } from '../../core/access.ts';
import { type ChangeDeps, change } from '../../core/change.ts';
import type { Context } from '../../core/context.ts';
import { ValidationError } from '../../core/errors.ts';
import { parseInput } from '../../core/validation.ts';
import type { Tx } from '../../db/client.ts';
import type { User } from '../../generated/prisma/client.ts';
import { Role, type UserTokenPurpose } from '../../generated/prisma/enums.ts';
import { enqueueSystemJob } from '../../queue/enqueue.ts';
import { AUTH_LIMITS } from '../../security/settings.ts';
import { queueEmails } from '../notifications/index.ts';
import { passwordReset, passwordResetRequested, userInvited } from './identity.actions.ts';
import { Email, Password, PersonName } from './identity.inputs.ts';
import { assertEmailFree } from './users.ts';

/** How long an invitation link works: 72 hours. */
export const INVITATION_TTL_MS = 72 * 3_600_000;
/** How long a password-reset link works: 60 minutes. */
export const RESET_TTL_MS = 60 * 60_000;

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

async function issueToken(tx: Tx, user: Pick<User, 'id' | 'firmId'>, purpose: UserTokenPurpose, ttlMs: number): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  await tx.userToken.create({
    data: { firmId: user.firmId, userId: user.id, purpose, tokenHash: hashToken(token), expiresAt: new Date(Date.now() + ttlMs) },
  });
  return token;
}

const InviteInput = z.object({ name: PersonName, email: Email, role: z.enum(Role) });

/**
 * Admins invite a colleague: the user is created without a usable password and emailed a link
 * to set one (valid {@link INVITATION_TTL_MS}). The email is queued in the same transaction.
 */
export async function inviteUser(ctx: Context, input: z.input<typeof InviteInput>): Promise<User> {
  const admin = requireRole(ctx, ADMINS);
  const data = parseInput(InviteInput, input);
  // Nobody knows this password; the invited user replaces it through the link.
  const passwordHash = await hashPassword(randomBytes(32).toString('base64url'));
  return change(ctx, async (w) => {
    const { tx } = w;
    await assertEmailFree(tx, data.email);
    const user = await tx.user.create({
      data: { firmId: w.firmId, name: data.name, email: data.email, role: data.role, passwordHash },
    });
    const firm = await tx.firm.findUniqueOrThrow({ where: { id: w.firmId }, select: { name: true } });
    const token = await issueToken(tx, user, 'INVITATION', INVITATION_TTL_MS);
    await queueEmails(tx, ctx.jobs, [
      {
        firmId: w.firmId,
        userId: user.id,
        to: user.email,
        template: 'invitation',
        vars: {
          name: user.name,
          firmName: firm.name,
          inviterName: admin.name,
          link: `${ctx.jobs.appUrl}/set-password?token=${token}`,
          expiresHours: INVITATION_TTL_MS / 3_600_000,
        },
      },
    ]);
    await w.record(userInvited, { after: user });
    return user;
  });
}

const RequestResetInput = z.object({ email: Email });

/** The task that looks the address up and emails the link; its file is `src/jobs/identity/send_password_reset.ts`. */
export const SEND_PASSWORD_RESET = 'send_password_reset';

/**
 * Asks for a password-reset email. The request itself only queues a job with the address, the
 * same statement whether or not an account has it, so neither the answer nor its timing tells
 * which addresses have accounts; the job ({@link issuePasswordReset}) does the rest. Throttled per
 * client address and per address asked for (PASSWORD_RESETS_PER_ACCOUNT).
 */
export async function requestPasswordReset(ctx: Context, input: z.input<typeof RequestResetInput>): Promise<void> {
  const data = parseInput(RequestResetInput, input);
  await ctx.throttle.consume(AUTH_LIMITS.perAddress, ctx.clientIp);
  await ctx.throttle.consume(AUTH_LIMITS.resetEmails, data.email);
  await enqueueSystemJob(ctx.prisma, SEND_PASSWORD_RESET, { email: data.email }, ctx.jobs.jobs.maxAttempts);
}

/**
 * Emails a password-reset link (valid {@link RESET_TTL_MS}) when the address belongs to an
 * active user, and records the request in the audit trail; does nothing for any other address.
 */
export async function issuePasswordReset(deps: ChangeDeps, email: string): Promise<void> {
  await change(deps, async (w) => {
    const { tx } = w;
    const user = await tx.user.findUnique({ where: { email } });
    if (!user?.active) return;
    const token = await issueToken(tx, user, 'PASSWORD_RESET', RESET_TTL_MS);
    await queueEmails(tx, deps.jobs, [
      {
        firmId: user.firmId,
        userId: user.id,
        to: user.email,
        template: 'password_reset',
        vars: { name: user.name, link: `${deps.jobs.appUrl}/reset-password?token=${token}`, expiresMinutes: RESET_TTL_MS / 60_000 },
      },
    ]);
    w.actAs({ firmId: user.firmId, actorId: user.id });
    await w.record(passwordResetRequested, { id: user.id });
  });
}

const ResetInput = z.object({ token: z.string().min(1, 'Token is required').max(200), password: Password });

/**
 * Sets a new password with a token from an invitation or reset email, ending every session of the
 * user. The token works once and only until it expires; every other open token of the user is
 * spent with it. Throttled per client address and per token. The token is spent
 * by one conditional UPDATE that must change exactly one row, so of several requests racing with
 * the same token exactly one wins and the others are told the link is used.
 */
export async function resetPassword(ctx: Context, input: z.input<typeof ResetInput>): Promise<User> {
  const data = parseInput(ResetInput, input);
  await ctx.throttle.consume(AUTH_LIMITS.perAddress, ctx.clientIp);
  const tokenKey = `token:${hashToken(data.token)}`;
  await ctx.throttle.check(AUTH_LIMITS.perAccount, tokenKey);
  const passwordHash = await hashPassword(data.password);
  const user = await change(ctx, async (w) => {
    const { tx } = w;
    const [spent] = await tx.$queryRaw<{ userId: string }[]>`
      UPDATE "UserToken" t SET "usedAt" = now()
      FROM "User" u
      WHERE t."tokenHash" = ${hashToken(data.token)} AND t."usedAt" IS NULL AND t."expiresAt" > now()
        AND u.id = t."userId" AND u.active
      RETURNING t."userId"`;
    if (!spent) {
      await ctx.throttle.consume(AUTH_LIMITS.perAccount, tokenKey);
      throw ValidationError.field('token', 'This link is invalid or has expired; ask for a new one');
    }
    await tx.userToken.updateMany({ where: { userId: spent.userId, usedAt: null }, data: { usedAt: new Date() } });
    // A new password ends every session: a token stolen with the old one dies with it.
    const updated = await tx.user.update({ where: { id: spent.userId }, data: { passwordHash, sessionVersion: { increment: 1 } } });
    w.actAs({ firmId: updated.firmId, actorId: updated.id });
    await w.record(passwordReset, { id: updated.id });
    w.afterCommit(() => ctx.sessions.changed({ userId: updated.id }));
    return updated;
  });
  return user;
}
