import { z } from 'zod';
import { ADMINS, requireRole } from '../../core/access.ts';
import { change } from '../../core/change.ts';
import type { Context } from '../../core/context.ts';
import { definedOnly, keep, parseInput } from '../../core/validation.ts';
import type { Firm } from '../../generated/prisma/client.ts';
import { firmUpdated } from './identity.actions.ts';

const UpdateFirmInput = z.object({
  name: keep(z.string().trim().min(2, 'Firm name must be at least 2 characters').max(200)),
  openMatterAccess: keep(z.boolean()),
});

/** Admins rename their firm or open every matter to all staff (`openMatterAccess`); omitted or null fields keep their values. */
export async function updateFirm(ctx: Context, input: z.input<typeof UpdateFirmInput>): Promise<Firm> {
  requireRole(ctx, ADMINS);
  const changes = parseInput(UpdateFirmInput, input);
  return change(ctx, async (w) => {
    const before = await w.tx.firm.findUniqueOrThrow({ where: { id: w.firmId } });
    const firm = await w.tx.firm.update({ where: { id: w.firmId }, data: definedOnly(changes) });
    await w.record(firmUpdated, { before, after: firm });
    // Who sees which matters follows openMatterAccess: every cached session of the firm is read again.
    if (firm.openMatterAccess !== before.openMatterAccess) w.afterCommit(() => ctx.sessions.changed({ firmId: firm.id }));
    return firm;
  });
}
