import { createHash, randomBytes } from 'node:crypto';
import { z } from 'zod';
import { hashPassword } from '../../auth/password.ts';
import { ADMINS, requireRole } from '../../core/access.ts';
import { change } from '../../core/change.ts';
import type { Context } from '../../core/context.ts';
import { ValidationError } from '../../core/errors.ts';
import { parseInput } from '../../core/validation.ts';
import type { Tx } from '../../db/client.ts';
import type { User } from '../../generated/prisma/client.ts';
import { Role, type UserTokenPurpose } from '../../generated/prisma/enums.ts';
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

/**
 * Emails a password-reset link (valid {@link RESET_TTL_MS}) when the address belongs to an
 * active user. Answers the same either way, so it does not reveal which addresses have accounts.
 */
export async function requestPasswordReset(ctx: Context, input: z.input<typeof RequestResetInput>): Promise<void> {
  const data = parseInput(RequestResetInput, input);
  await change(ctx, async (w) => {
    const { tx } = w;
    const user = await tx.user.findUnique({ where: { email: data.email } });
    if (!user?.active) return;
    const token = await issueToken(tx, user, 'PASSWORD_RESET', RESET_TTL_MS);
    await queueEmails(tx, ctx.jobs, [
      {
        firmId: user.firmId,
        userId: user.id,
        to: user.email,
        template: 'password_reset',
        vars: { name: user.name, link: `${ctx.jobs.appUrl}/reset-password?token=${token}`, expiresMinutes: RESET_TTL_MS / 60_000 },
      },
    ]);
    w.actAs({ firmId: user.firmId, actorId: user.id });
    await w.record(passwordResetRequested, { id: user.id });
  });
}

const ResetInput = z.object({ token: z.string().min(1, 'Token is required').max(200), password: Password });

/**
 * Sets a new password with a token from an invitation or reset email. The token works once and
 * only until it expires; every other open token of the user is spent with it.
 */
export async function resetPassword(ctx: Context, input: z.input<typeof ResetInput>): Promise<User> {
  const data = parseInput(ResetInput, input);
  const passwordHash = await hashPassword(data.password);
  return change(ctx, async (w) => {
    const { tx } = w;
    const token = await tx.userToken.findUnique({ where: { tokenHash: hashToken(data.token) }, include: { user: true } });
    if (!token || token.usedAt || token.expiresAt < new Date() || !token.user.active) {
      throw ValidationError.field('token', 'This link is invalid or has expired; ask for a new one');
    }
    await tx.userToken.updateMany({ where: { userId: token.userId, usedAt: null }, data: { usedAt: new Date() } });
    const user = await tx.user.update({ where: { id: token.userId }, data: { passwordHash } });
    w.actAs({ firmId: user.firmId, actorId: user.id });
    await w.record(passwordReset, { id: user.id });
    return user;
  });
}
