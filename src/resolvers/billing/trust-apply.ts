import { z } from 'zod';
import { change } from '../../core/change.ts';
import type { Context } from '../../core/context.ts';
import { NotFoundError, ValidationError } from '../../core/errors.ts';
import { parseInput } from '../../core/validation.ts';
import type { Invoice, TrustLedgerEntry } from '../../generated/prisma/client.ts';
import { requireBillingManager } from './billing.access.ts';
import { paymentRecorded, trustApplied } from './billing.events.ts';
import { Day, moneyInput, today } from './billing.input.ts';
import { invoiceLabel } from './invoice-document.ts';
import { lockInvoice } from './invoices.ts';
import { applyToInvoice } from './payments.ts';
import { billingSettings } from './settings.ts';
import { lockLedger, withdraw } from './trust.ts';

const ApplyTrustInput = z.object({
  accountId: z.string(),
  invoiceId: z.string(),
  matterId: z.string().nullish(),
  amount: z.string(),
  appliedOn: Day.nullish(),
});

/**
 * Pays an issued invoice from its client's trust money: a TRANSFER_TO_OPERATING entry on the
 * client's ledger (the matter's when `matterId` is given) and a TRUST payment allocated to the
 * invoice, in one transaction. An overdraft is an `InsufficientTrustFundsError`. Billing managers only.
 */
export async function applyTrustToInvoice(
  ctx: Context,
  input: z.input<typeof ApplyTrustInput>,
): Promise<{ entry: TrustLedgerEntry; invoice: Invoice }> {
  const viewer = requireBillingManager(ctx);
  const data = parseInput(ApplyTrustInput, input);
  const { currency } = await billingSettings(ctx.prisma, viewer.firmId);
  const { amount } = parseInput(z.object({ amount: moneyInput(currency, { positive: true }) }), data);
  return change(ctx, async (w) => {
    const invoice = await lockInvoice(w, data.invoiceId).catch((error) => {
      throw error instanceof NotFoundError ? ValidationError.field('invoiceId', 'Invoice not found') : error;
    });
    const ledger = await lockLedger(w, { accountId: data.accountId, clientId: invoice.clientId, matterId: data.matterId });
    const appliedOn = data.appliedOn ?? today();
    const payment = await w.tx.payment.create({
      data: {
        firmId: w.firmId,
        clientId: invoice.clientId,
        amountMinor: amount,
        unallocatedMinor: 0n,
        method: 'TRUST',
        receivedOn: appliedOn,
        reference: `Trust transfer for ${invoiceLabel(invoice.number)}`,
      },
    });
    const entry = await withdraw(w, ledger, amount, {
      kind: 'TRANSFER_TO_OPERATING',
      occurredOn: appliedOn,
      payee: 'Operating account',
      reference: invoiceLabel(invoice.number),
      invoiceId: invoice.id,
      paymentId: payment.id,
      createdById: viewer.id,
    });
    const after = await applyToInvoice(w, invoice, amount, 'amount');
    await w.tx.paymentAllocation.create({ data: { firmId: w.firmId, paymentId: payment.id, invoiceId: invoice.id, amountMinor: amount } });
    await w.record(trustApplied, { after: entry });
    await w.record(paymentRecorded, { after: payment });
    return { entry, invoice: after };
  });
}
