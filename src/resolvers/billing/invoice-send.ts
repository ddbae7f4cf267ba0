import { z } from 'zod';
import { change } from '../../core/change.ts';
import type { Context } from '../../core/context.ts';
import { ConflictError, ValidationError } from '../../core/errors.ts';
import { formatMoney } from '../../core/money.ts';
import { parseInput } from '../../core/validation.ts';
import type { Invoice } from '../../generated/prisma/client.ts';
import { queueEmails } from '../notifications/index.ts';
import { requireBillingManager } from './billing.access.ts';
import { invoiceSent } from './billing.events.ts';
import { invoiceLabel } from './invoice-document.ts';
import { lockInvoice } from './invoices.ts';

const SendInvoiceInput = z.object({
  invoiceId: z.string(),
  to: z
    .string()
    .trim()
    .toLowerCase()
    .pipe(z.email({ message: 'Enter a valid email address' }))
    .nullish(),
});

/**
 * Emails an issued invoice to `to` (default: the client's email) with its PDF attached, through
 * the email job. The PDF must have been rendered (a conflict until then). Billing managers only.
 */
export async function sendInvoice(ctx: Context, input: z.input<typeof SendInvoiceInput>): Promise<Invoice> {
  requireBillingManager(ctx);
  const data = parseInput(SendInvoiceInput, input);
  return change(ctx, async (w) => {
    const invoice = await lockInvoice(w, data.invoiceId);
    if (invoice.status === 'DRAFT' || invoice.status === 'VOID') throw new ConflictError(`A ${invoice.status} invoice cannot be sent`);
    const pdf = invoice.pdfJobId
      ? await w.tx.storedFile.findFirst({ where: { firmId: w.firmId, jobId: invoice.pdfJobId }, select: { id: true } })
      : null;
    if (!pdf) throw new ConflictError('The invoice PDF is still being rendered; try again shortly');
    const [firm, client, matter] = await Promise.all([
      w.tx.firm.findUniqueOrThrow({ where: { id: w.firmId } }),
      w.tx.client.findUniqueOrThrow({ where: { id: invoice.clientId } }),
      w.tx.matter.findUniqueOrThrow({ where: { id: invoice.matterId } }),
    ]);
    const to = data.to ?? client.email;
    if (!to) throw ValidationError.field('to', 'The client has no email address; give one');
    const label = invoiceLabel(invoice.number);
    await queueEmails(w.tx, ctx.jobs, [
      {
        firmId: w.firmId,
        to,
        template: 'invoice',
        vars: {
          firmName: firm.name,
          clientName: client.name,
          label,
          total: `${formatMoney(invoice.totalMinor, invoice.currency)} ${invoice.currency}`,
          dueOn: invoice.dueOn?.toISOString().slice(0, 10) ?? '',
          matter: `${matter.number} ${matter.title}`,
        },
        attachmentFileIds: [pdf.id],
      },
    ]);
    await w.record(invoiceSent, { id: invoice.id, after: { to, fileId: pdf.id } });
    return invoice;
  });
}
