import { z } from 'zod';
import { hashPassword, verifyPassword } from '../../auth/password.ts';
import { ADMINS, requireRole, requireViewer } from '../../core/access.ts';
import { change } from '../../core/change.ts';
import type { Context } from '../../core/context.ts';
import { ConflictError, NotFoundError, ValidationError } from '../../core/errors.ts';
import { isUuid } from '../../core/ids.ts';
import { defineList } from '../../core/lists.ts';
import { parseInput } from '../../core/validation.ts';
import type { Tx } from '../../db/client.ts';
import type { User } from '../../generated/prisma/client.ts';
import { Role } from '../../generated/prisma/enums.ts';
import { passwordChanged, userCreated, userDisabled, userEnabled, userRoleChanged } from './identity.actions.ts';
import { UserEntity } from './identity.entities.ts';
import { Email, Password, PersonName } from './identity.inputs.ts';

const CreateUserInput = z.object({ name: PersonName, email: Email, role: z.enum(Role), password: Password });

/** Admins add a user to their own firm with a role and an initial password. */
export async function createUser(ctx: Context, input: z.input<typeof CreateUserInput>): Promise<User> {
  requireRole(ctx, ADMINS);
  const data = parseInput(CreateUserInput, input);
  const passwordHash = await hashPassword(data.password);
  return change(ctx, async (w) => {
    await assertEmailFree(w.tx, data.email);
    const user = await w.tx.user.create({
      data: { firmId: w.firmId, name: data.name, email: data.email, role: data.role, passwordHash },
    });
    await w.record(userCreated, { after: user });
    return user;
  });
}

const ChangeRoleInput = z.object({ userId: z.string(), role: z.enum(Role) });

/**
 * Admins change a user's role. The firm's last active admin cannot demote themselves, which
 * would leave nobody able to manage users.
 */
export async function changeUserRole(ctx: Context, input: z.input<typeof ChangeRoleInput>): Promise<User> {
  requireRole(ctx, ADMINS);
  const data = parseInput(ChangeRoleInput, input);
  return change(ctx, async (w) => {
    // Role changes of a firm take turns on its row lock: two admins demoting each other at once
    // would otherwise both count two admins and leave none.
    await w.tx.$executeRaw`SELECT 1 FROM "Firm" WHERE id = ${w.firmId}::uuid FOR UPDATE`;
    const before = await findFirmUser(w.tx, w.firmId, data.userId);
    if (before.role === 'ADMIN' && data.role !== 'ADMIN') {
      const admins = await w.tx.user.count({ where: { firmId: w.firmId, role: 'ADMIN', active: true } });
      if (admins <= 1) throw new ConflictError('A firm must keep at least one admin');
    }
    const user = await w.tx.user.update({ where: { id: before.id }, data: { role: data.role } });
    await w.record(userRoleChanged, { before, after: user });
    // The user's next request and WebSocket operation, on any instance, runs with the new role.
    w.afterCommit(() => ctx.sessions.changed({ userId: user.id }));
    return user;
  });
}

const SetActiveInput = z.object({ userId: z.string() });

/**
 * Admins disable a user: they can no longer sign in, and every session of theirs ends at once on
 * every instance (open WebSockets are closed with 4403). The firm's last active admin cannot be disabled.
 */
export async function disableUser(ctx: Context, input: z.input<typeof SetActiveInput>): Promise<User> {
  requireRole(ctx, ADMINS);
  const data = parseInput(SetActiveInput, input);
  return change(ctx, async (w) => {
    await w.tx.$executeRaw`SELECT 1 FROM "Firm" WHERE id = ${w.firmId}::uuid FOR UPDATE`;
    const before = await findFirmUser(w.tx, w.firmId, data.userId);
    if (before.role === 'ADMIN' && before.active) {
      const admins = await w.tx.user.count({ where: { firmId: w.firmId, role: 'ADMIN', active: true } });
      if (admins <= 1) throw new ConflictError('A firm must keep at least one active admin');
    }
    const user = await w.tx.user.update({ where: { id: before.id }, data: { active: false, sessionVersion: { increment: 1 } } });
    await w.record(userDisabled, { before, after: user });
    w.afterCommit(() => ctx.sessions.changed({ userId: user.id }));
    return user;
  });
}

/** Admins let a disabled user sign in again; sessions ended by disabling stay ended. */
export async function enableUser(ctx: Context, input: z.input<typeof SetActiveInput>): Promise<User> {
  requireRole(ctx, ADMINS);
  const data = parseInput(SetActiveInput, input);
  return change(ctx, async (w) => {
    const before = await findFirmUser(w.tx, w.firmId, data.userId);
    const user = await w.tx.user.update({ where: { id: before.id }, data: { active: true } });
    await w.record(userEnabled, { before, after: user });
    w.afterCommit(() => ctx.sessions.changed({ userId: user.id }));
    return user;
  });
}

const ChangePasswordInput = z.object({ currentPassword: z.string().min(1, 'Current password is required'), newPassword: Password });

/**
 * Users change their own password after proving they know the current one. Every session of the
 * user ends (a token stolen with the old password dies with it), the caller's too: the schema
 * answers with a fresh token.
 */
export async function changePassword(ctx: Context, input: z.input<typeof ChangePasswordInput>): Promise<User> {
  const viewer = requireViewer(ctx);
  const data = parseInput(ChangePasswordInput, input);
  const current = await ctx.prisma.user.findUniqueOrThrow({ where: { id: viewer.id } });
  if (!(await verifyPassword(current.passwordHash, data.currentPassword))) {
    throw ValidationError.field('currentPassword', 'Current password is incorrect');
  }
  const passwordHash = await hashPassword(data.newPassword);
  return change(ctx, async (w) => {
    const user = await w.tx.user.update({ where: { id: viewer.id }, data: { passwordHash, sessionVersion: { increment: 1 } } });
    await w.record(passwordChanged, { id: user.id });
    w.afterCommit(() => ctx.sessions.changed({ userId: user.id }));
    return user;
  });
}

/** The firm's users, by name; every signed-in user may list colleagues. */
export const userList = defineList<Record<string, never>, 'NAME'>({
  entity: UserEntity,
  orders: { NAME: 'name' },
  defaultOrder: { field: 'NAME', direction: 'ASC' },
});

/** Emails are global: an address in use in any firm is a conflict. */
export async function assertEmailFree(tx: Tx, email: string): Promise<void> {
  if (await tx.user.findUnique({ where: { email }, select: { id: true } })) {
    throw new ConflictError('An account with this email already exists');
  }
}

async function findFirmUser(tx: Tx, firmId: string, userId: string): Promise<User> {
  const user = isUuid(userId) ? await tx.user.findFirst({ where: { id: userId, firmId } }) : null;
  if (!user) throw new NotFoundError('User');
  return user;
}
