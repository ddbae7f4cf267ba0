import { z } from 'zod';
import { requireRole } from '../../core/access.ts';
import { change } from '../../core/change.ts';
import type { Context } from '../../core/context.ts';
import { ConflictError, NotFoundError, ValidationError } from '../../core/errors.ts';
import { isUuid } from '../../core/ids.ts';
import { parseInput } from '../../core/validation.ts';
import type { Matter } from '../../generated/prisma/client.ts';
import { MatterMemberRole } from '../../generated/prisma/enums.ts';
import { MATTER_MANAGERS } from './cases.access.ts';
import { matterMemberAdded, matterMemberRemoved } from './cases.events.ts';
import { findVisibleMatter } from './matters.ts';

const AddMemberInput = z.object({ matterId: z.string(), userId: z.string(), role: z.enum(MatterMemberRole).nullish() });

/** Adds a colleague to a matter's team (role defaults to ATTORNEY); admins and attorneys may. */
export async function addMatterMember(ctx: Context, input: z.input<typeof AddMemberInput>): Promise<Matter> {
  const viewer = requireRole(ctx, MATTER_MANAGERS);
  const data = parseInput(AddMemberInput, input);
  return change(ctx, async (w) => {
    const matter = await findVisibleMatter(w.tx, viewer, data.matterId);
    const user = isUuid(data.userId) ? await w.tx.user.findFirst({ where: { id: data.userId, firmId: w.firmId, active: true } }) : null;
    if (!user) throw ValidationError.field('userId', 'User not found');
    const existing = await w.tx.matterMember.findUnique({ where: { matterId_userId: { matterId: matter.id, userId: user.id } } });
    if (existing) throw new ConflictError(`${user.name} is already a member of this matter`);
    const member = await w.tx.matterMember.create({
      data: { firmId: w.firmId, matterId: matter.id, userId: user.id, role: data.role ?? 'ATTORNEY' },
    });
    await w.tx.matter.update({ where: { id: matter.id }, data: { updatedAt: new Date() } });
    await w.record(matterMemberAdded, { after: member });
    return matter;
  });
}

const RemoveMemberInput = z.object({ matterId: z.string(), userId: z.string() });

/** Removes a user from a matter's team; they lose sight of it unless responsible for it or an admin. */
export async function removeMatterMember(ctx: Context, input: z.input<typeof RemoveMemberInput>): Promise<Matter> {
  const viewer = requireRole(ctx, MATTER_MANAGERS);
  const data = parseInput(RemoveMemberInput, input);
  return change(ctx, async (w) => {
    const matter = await findVisibleMatter(w.tx, viewer, data.matterId);
    const member = isUuid(data.userId)
      ? await w.tx.matterMember.findUnique({ where: { matterId_userId: { matterId: matter.id, userId: data.userId } } })
      : null;
    if (!member) throw new NotFoundError('Matter member');
    await w.tx.matterMember.delete({ where: { id: member.id } });
    await w.tx.matter.update({ where: { id: matter.id }, data: { updatedAt: new Date() } });
    await w.record(matterMemberRemoved, { before: member });
    return matter;
  });
}
