import { z } from 'zod';
import { requireViewer } from '../../core/access.ts';
import { change } from '../../core/change.ts';
import type { Context } from '../../core/context.ts';
import { ValidationError } from '../../core/errors.ts';
import { isUuid } from '../../core/ids.ts';
import { formatDecimal } from '../../core/money.ts';
import { optionalText, parseInput } from '../../core/validation.ts';
import type { FeeAgreement } from '../../generated/prisma/client.ts';
import { FeeArrangement } from '../../generated/prisma/enums.ts';
import { findBillableMatter, matterBillingWhere, requireBillingManager } from './billing.access.ts';
import { feeAgreementSet } from './billing.events.ts';
import { moneyInput, percentInput } from './billing.input.ts';
import { billingSettings } from './settings.ts';

const SetFeeAgreementInput = z.object({
  matterId: z.string(),
  arrangement: z.enum(FeeArrangement),
  flatAmount: z.string().nullish(),
  contingencyPercent: z.string().nullish(),
  terms: optionalText(20_000),
  budget: z.string().nullish(),
});

/**
 * Sets (or replaces) a matter's fee agreement: HOURLY, FLAT with `flatAmount`, or CONTINGENCY with
 * `contingencyPercent`; terms text and a budget are optional. Billing managers only.
 */
export async function setFeeAgreement(ctx: Context, input: z.input<typeof SetFeeAgreementInput>): Promise<FeeAgreement> {
  const viewer = requireBillingManager(ctx);
  const data = parseInput(SetFeeAgreementInput, input);
  const { currency } = await billingSettings(ctx.prisma, viewer.firmId);
  const amounts = parseInput(
    z.object({
      flatAmount: moneyInput(currency, { positive: true }).nullish(),
      contingencyPercent: percentInput().nullish(),
      budget: moneyInput(currency, { positive: true }).nullish(),
    }),
    data,
  );
  if (data.arrangement === 'FLAT' && amounts.flatAmount == null) throw ValidationError.field('flatAmount', 'A flat fee needs its amount');
  if (data.arrangement === 'CONTINGENCY' && amounts.contingencyPercent == null)
    throw ValidationError.field('contingencyPercent', 'A contingency fee needs its percentage');
  return change(ctx, async (w) => {
    const matter = await findBillableMatter(w.tx, viewer, data.matterId);
    const before = await w.tx.feeAgreement.findUnique({ where: { matterId: matter.id } });
    const fields = {
      arrangement: data.arrangement,
      flatAmountMinor: data.arrangement === 'FLAT' ? (amounts.flatAmount ?? null) : null,
      contingencyPercent: data.arrangement === 'CONTINGENCY' ? formatDecimal(amounts.contingencyPercent ?? 0n, 4) : null,
      terms: data.terms ?? null,
      budgetMinor: amounts.budget ?? null,
    };
    const after = await w.tx.feeAgreement.upsert({
      where: { matterId: matter.id },
      create: { firmId: w.firmId, matterId: matter.id, ...fields },
      update: fields,
    });
    await w.record(feeAgreementSet, { before, after });
    return after;
  });
}

/** A matter's fee agreement, when the viewer may see the matter's billing; null when it has none. */
export async function feeAgreementOf(ctx: Context, matterId: string): Promise<FeeAgreement | null> {
  const viewer = requireViewer(ctx);
  if (!isUuid(matterId)) return null;
  return ctx.prisma.feeAgreement.findFirst({ where: { AND: [{ matterId }, matterBillingWhere(viewer)] } });
}
