import { z } from 'zod';
import type { Context } from '../context.ts';
import type { Matter } from '../generated/prisma/client.ts';
import { MatterMemberRole } from '../generated/prisma/enums.ts';
import { MATTER_MANAGERS, requireRole } from './access.ts';
import { recordAudit } from './audit.ts';
import { emitEvent } from './domain-events.ts';
import { ConflictError, NotFoundError, ValidationError } from './errors.ts';
import { findVisibleMatter } from './matters.ts';
import { transaction } from './transaction.ts';
import { isUuid, parseInput } from './validation.ts';

const AddMemberInput = z.object({ matterId: z.string(), userId: z.string(), role: z.enum(MatterMemberRole).nullish() });

/** Adds a colleague to a matter's team (role defaults to ATTORNEY); admins and attorneys may. */
export async function addMatterMember(ctx: Context, input: z.input<typeof AddMemberInput>): Promise<Matter> {
  const viewer = requireRole(ctx, MATTER_MANAGERS);
  const data = parseInput(AddMemberInput, input);
  return transaction(ctx, async (tx, change) => {
    const matter = await findVisibleMatter(tx, viewer, data.matterId);
    const user = isUuid(data.userId) ? await tx.user.findFirst({ where: { id: data.userId, firmId: viewer.firmId, active: true } }) : null;
    if (!user) throw ValidationError.field('userId', 'User not found');
    const existing = await tx.matterMember.findUnique({ where: { matterId_userId: { matterId: matter.id, userId: user.id } } });
    if (existing) throw new ConflictError(`${user.name} is already a member of this matter`);
    const member = await tx.matterMember.create({
      data: { firmId: viewer.firmId, matterId: matter.id, userId: user.id, role: data.role ?? 'ATTORNEY' },
    });
    await tx.matter.update({ where: { id: matter.id }, data: { updatedAt: new Date() } });
    await recordAudit(tx, ctx, viewer.firmId, {
      action: 'matter.member_added',
      entityType: 'MatterMember',
      entityId: member.id,
      after: member,
    });
    await emitEvent(change, ctx, viewer.firmId, {
      type: 'matter.member_added',
      entityType: 'MatterMember',
      entityId: member.id,
      matterId: matter.id,
      payload: member,
    });
    return matter;
  });
}

const RemoveMemberInput = z.object({ matterId: z.string(), userId: z.string() });

/** Removes a user from a matter's team; they lose sight of it unless responsible for it or an admin. */
export async function removeMatterMember(ctx: Context, input: z.input<typeof RemoveMemberInput>): Promise<Matter> {
  const viewer = requireRole(ctx, MATTER_MANAGERS);
  const data = parseInput(RemoveMemberInput, input);
  return transaction(ctx, async (tx, change) => {
    const matter = await findVisibleMatter(tx, viewer, data.matterId);
    const member = isUuid(data.userId)
      ? await tx.matterMember.findUnique({ where: { matterId_userId: { matterId: matter.id, userId: data.userId } } })
      : null;
    if (!member) throw new NotFoundError('Matter member');
    await tx.matterMember.delete({ where: { id: member.id } });
    await tx.matter.update({ where: { id: matter.id }, data: { updatedAt: new Date() } });
    await recordAudit(tx, ctx, viewer.firmId, {
      action: 'matter.member_removed',
      entityType: 'MatterMember',
      entityId: member.id,
      before: member,
    });
    await emitEvent(change, ctx, viewer.firmId, {
      type: 'matter.member_removed',
      entityType: 'MatterMember',
      entityId: member.id,
      matterId: matter.id,
      payload: member,
    });
    return matter;
  });
}
