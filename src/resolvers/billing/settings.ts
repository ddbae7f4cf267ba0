import { z } from 'zod';
import { change } from '../../core/change.ts';
import type { Context } from '../../core/context.ts';
import { ConflictError } from '../../core/errors.ts';
import { isCurrencyCode } from '../../core/money.ts';
import { keep, optionalText, parseInput } from '../../core/validation.ts';
import type { PrismaClient, Tx } from '../../db/client.ts';
import type { Firm } from '../../generated/prisma/client.ts';
import { requireBillingManager } from './billing.access.ts';
import { billingSettingsChanged } from './billing.events.ts';

/** The firm's billing settings as services use them. */
export interface BillingSettings {
  currency: string;
  billingIncrementMinutes: number;
  paymentTermsDays: number;
  paymentInstructions: string | null;
}

const SETTINGS_SELECT = { currency: true, billingIncrementMinutes: true, paymentTermsDays: true, paymentInstructions: true } as const;

/** The billing settings of `firmId`. */
export function billingSettings(db: Tx | PrismaClient, firmId: string): Promise<BillingSettings> {
  return db.firm.findUniqueOrThrow({ where: { id: firmId }, select: SETTINGS_SELECT });
}

const UpdateSettingsInput = z.object({
  currency: keep(z.string().trim().toUpperCase().refine(isCurrencyCode, 'Use a three-letter ISO 4217 code such as "USD"')),
  billingIncrementMinutes: keep(z.number().int().min(1, 'At least 1 minute').max(60, 'At most 60 minutes')),
  paymentTermsDays: keep(z.number().int().min(0, 'Must not be negative').max(365, 'At most 365 days')),
  paymentInstructions: optionalText(2000).optional(),
});

/**
 * Changes the firm's billing settings; omitted fields keep their values. The currency can only
 * change while the firm has no money recorded (amounts are never converted). Billing managers only.
 */
export async function updateBillingSettings(ctx: Context, input: z.input<typeof UpdateSettingsInput>): Promise<Firm> {
  requireBillingManager(ctx);
  const data = parseInput(UpdateSettingsInput, input);
  return change(ctx, async (w) => {
    const before = await w.tx.firm.findUniqueOrThrow({ where: { id: w.firmId } });
    if (data.currency && data.currency !== before.currency) {
      const [entries, rates, payments, trust] = await Promise.all([
        w.tx.timeEntry.count({ where: { firmId: w.firmId } }),
        w.tx.rate.count({ where: { firmId: w.firmId } }),
        w.tx.payment.count({ where: { firmId: w.firmId } }),
        w.tx.trustLedgerEntry.count({ where: { firmId: w.firmId } }),
      ]);
      if (entries + rates + payments + trust > 0) throw new ConflictError('The currency cannot change once amounts are recorded');
    }
    const after = await w.tx.firm.update({
      where: { id: w.firmId },
      data: {
        currency: data.currency,
        billingIncrementMinutes: data.billingIncrementMinutes,
        paymentTermsDays: data.paymentTermsDays,
        paymentInstructions: data.paymentInstructions,
      },
    });
    await w.record(billingSettingsChanged, { id: w.firmId, before: pick(before), after: pick(after) });
    return after;
  });
}

const pick = (firm: Firm): BillingSettings => ({
  currency: firm.currency,
  billingIncrementMinutes: firm.billingIncrementMinutes,
  paymentTermsDays: firm.paymentTermsDays,
  paymentInstructions: firm.paymentInstructions,
});
