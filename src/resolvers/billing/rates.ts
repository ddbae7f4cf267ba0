import { z } from 'zod';
import { NOTHING } from '../../core/access.ts';
import { change } from '../../core/change.ts';
import type { Context } from '../../core/context.ts';
import { ValidationError } from '../../core/errors.ts';
import { isUuid } from '../../core/ids.ts';
import { defineList } from '../../core/lists.ts';
import { parseInput } from '../../core/validation.ts';
import type { Tx } from '../../db/client.ts';
import type { Prisma, Rate } from '../../generated/prisma/client.ts';
import { requireBillingManager } from './billing.access.ts';
import { RateEntity } from './billing.entities.ts';
import { rateSet } from './billing.events.ts';
import { Day, moneyInput } from './billing.input.ts';
import { billingSettings } from './settings.ts';

export interface RateListInput {
  filter?: { timekeeperId?: string | null } | null;
}

/** The rates the viewer may see, latest effective date first. */
export const rateList = defineList<RateListInput, 'EFFECTIVE_FROM'>({
  entity: RateEntity,
  orders: { EFFECTIVE_FROM: 'effectiveFrom' },
  defaultOrder: { field: 'EFFECTIVE_FROM', direction: 'DESC' },
  orderOf: () => null,
  where: ({ filter }): Prisma.RateWhereInput =>
    filter?.timekeeperId ? (isUuid(filter.timekeeperId) ? { timekeeperId: filter.timekeeperId } : NOTHING) : {},
});

const SetRateInput = z.object({
  timekeeperId: z.string(),
  clientId: z.string().nullish(),
  matterId: z.string().nullish(),
  rate: z.string(),
  effectiveFrom: Day,
});

/**
 * Sets a timekeeper's hourly rate from `effectiveFrom` on: the firm default without client or
 * matter, an override for a client, or for a matter (most specific wins). Billing managers only.
 */
export async function setRate(ctx: Context, input: z.input<typeof SetRateInput>): Promise<Rate> {
  const viewer = requireBillingManager(ctx);
  const data = parseInput(SetRateInput, input);
  const { currency } = await billingSettings(ctx.prisma, viewer.firmId);
  const rateMinor = parseInput(z.object({ rate: moneyInput(currency) }), { rate: data.rate }).rate;
  if (data.clientId && data.matterId) throw ValidationError.field('clientId', 'Give a client or a matter, not both');
  return change(ctx, async (w) => {
    const timekeeper = isUuid(data.timekeeperId) ? await w.tx.user.findFirst({ where: { id: data.timekeeperId, firmId: w.firmId } }) : null;
    if (!timekeeper) throw ValidationError.field('timekeeperId', 'Timekeeper not found');
    if (data.clientId && !(isUuid(data.clientId) && (await w.tx.client.count({ where: { id: data.clientId, firmId: w.firmId } }))))
      throw ValidationError.field('clientId', 'Client not found');
    if (data.matterId && !(isUuid(data.matterId) && (await w.tx.matter.count({ where: { id: data.matterId, firmId: w.firmId } }))))
      throw ValidationError.field('matterId', 'Matter not found');
    const rate = await w.tx.rate.create({
      data: {
        firmId: w.firmId,
        timekeeperId: timekeeper.id,
        clientId: data.clientId ?? null,
        matterId: data.matterId ?? null,
        rateMinor,
        effectiveFrom: data.effectiveFrom,
      },
    });
    await w.record(rateSet, { after: rate });
    return rate;
  });
}

/**
 * The hourly rate in force for `timekeeperId` on `date` for a matter of a client: the latest
 * effective matter override, else the latest client override, else the latest default; null when
 * none is in force. Ties on a date go to the rate set last.
 */
export async function resolveRate(
  tx: Tx,
  at: { firmId: string; timekeeperId: string; clientId: string; matterId: string; date: Date },
): Promise<Rate | null> {
  const candidates = await tx.rate.findMany({
    where: {
      firmId: at.firmId,
      timekeeperId: at.timekeeperId,
      effectiveFrom: { lte: at.date },
      OR: [{ matterId: at.matterId }, { matterId: null, clientId: at.clientId }, { matterId: null, clientId: null }],
    },
    orderBy: [{ effectiveFrom: 'desc' }, { createdAt: 'desc' }, { id: 'desc' }],
  });
  const level = (rate: Rate) => (rate.matterId ? 0 : rate.clientId ? 1 : 2);
  return candidates.reduce<Rate | null>((best, rate) => (!best || level(rate) < level(best) ? rate : best), null);
}
