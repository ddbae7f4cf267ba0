import { z } from 'zod';
import type { Context } from '../context.ts';
import type { Firm } from '../generated/prisma/client.ts';
import { requireRole } from './access.ts';
import { recordAudit } from './audit.ts';
import { transaction } from './transaction.ts';
import { parseInput } from './validation.ts';

const UpdateFirmInput = z.object({
  name: z.string().trim().min(2, 'Firm name must be at least 2 characters').max(200).optional(),
  openMatterAccess: z.boolean().optional(),
});

/** Admins rename their firm or open every matter to all staff (`openMatterAccess`). */
export async function updateFirm(ctx: Context, input: z.input<typeof UpdateFirmInput>): Promise<Firm> {
  const admin = requireRole(ctx, ['ADMIN']);
  const changes = parseInput(UpdateFirmInput, input);
  return transaction(ctx, async (tx) => {
    const before = await tx.firm.findUniqueOrThrow({ where: { id: admin.firmId } });
    const firm = await tx.firm.update({ where: { id: admin.firmId }, data: changes });
    await recordAudit(tx, ctx, admin.firmId, { action: 'firm.updated', entityType: 'Firm', entityId: firm.id, before, after: firm });
    return firm;
  });
}
