import { z } from 'zod';
import { change } from '../../core/change.ts';
import type { Context } from '../../core/context.ts';
import { ConflictError } from '../../core/errors.ts';
import { inTurn } from '../../core/turns.ts';
import { parseInput } from '../../core/validation.ts';
import type { Invoice } from '../../generated/prisma/client.ts';
import { enqueueJob } from '../../queue/enqueue.ts';
import { RENDER_PDF } from '../jobs/index.ts';
import { requireBillingManager } from './billing.access.ts';
import { invoiceIssued, invoiceVoided } from './billing.events.ts';
import { Day, today } from './billing.input.ts';
import { invoiceDocument, invoiceDocumentData } from './invoice-document.ts';
import { lockInvoice } from './invoices.ts';

const DAY_MS = 86_400_000;

const IssueInvoiceInput = z.object({ invoiceId: z.string(), issuedOn: Day.nullish() });

/**
 * Issues a DRAFT invoice: takes the firm's next invoice number (consecutive, without gaps or
 * repeats however many are issued at once), sets the due date from the firm's payment terms,
 * marks its items BILLED and queues its PDF (`render_pdf`). `issuedOn` defaults to today.
 * Billing managers only.
 */
export async function issueInvoice(ctx: Context, input: z.input<typeof IssueInvoiceInput>): Promise<Invoice> {
  const viewer = requireBillingManager(ctx);
  const data = parseInput(IssueInvoiceInput, input);
  // Issues of one firm take turns here rather than each holding a pooled connection while it
  // waits for the firm row's lock (the same turn as matter numbers: the same row).
  return inTurn(`firm-row:${viewer.firmId}`, () =>
    change(ctx, async (w) => {
      const before = await lockInvoice(w, data.invoiceId);
      if (before.status !== 'DRAFT') throw new ConflictError(`Only a DRAFT invoice can be issued; this one is ${before.status}`);
      await w.tx.timeEntry.updateMany({ where: { invoiceId: before.id }, data: { status: 'BILLED' } });
      await w.tx.expense.updateMany({ where: { invoiceId: before.id }, data: { status: 'BILLED' } });
      const document = await invoiceDocumentData(w.tx, before);
      // The number comes from the firm row, locked until this transaction ends: issuing is serialised
      // per firm for these last statements only, and a rollback returns the number, so none is lost.
      const [firm] = await w.tx.$queryRaw<{ invoiceSequence: number; paymentTermsDays: number }[]>`
      UPDATE "Firm" SET "invoiceSequence" = "invoiceSequence" + 1 WHERE id = ${w.firmId}::uuid
      RETURNING "invoiceSequence", "paymentTermsDays"`;
      const issuedOn = data.issuedOn ?? today();
      const issued = await w.tx.invoice.update({
        where: { id: before.id },
        data: {
          number: firm.invoiceSequence,
          status: 'ISSUED',
          issuedOn,
          dueOn: new Date(issuedOn.getTime() + firm.paymentTermsDays * DAY_MS),
        },
      });
      const pdfJobId = await enqueueJob(w.tx, {
        firmId: w.firmId,
        task: RENDER_PDF,
        payload: { createdById: viewer.id, document: invoiceDocument(issued, document) },
        maxAttempts: ctx.jobs.jobs.maxAttempts,
      });
      const after = await w.tx.invoice.update({ where: { id: issued.id }, data: { pdfJobId } });
      await w.record(invoiceIssued, { before, after });
      return after;
    }),
  );
}

const VoidInvoiceInput = z.object({ invoiceId: z.string() });

/**
 * Voids an issued (or draft) invoice with nothing paid on it: its time and expenses are unbilled
 * (APPROVED) again, free for a new invoice, and an issued invoice keeps its number. Billing
 * managers only.
 */
export async function voidInvoice(ctx: Context, input: z.input<typeof VoidInvoiceInput>): Promise<Invoice> {
  requireBillingManager(ctx);
  const data = parseInput(VoidInvoiceInput, input);
  return change(ctx, async (w) => {
    const before = await lockInvoice(w, data.invoiceId);
    if (before.status === 'VOID') throw new ConflictError('The invoice is already void');
    if (before.paidMinor !== 0n) throw new ConflictError('Reverse the payments on this invoice before voiding it');
    await w.tx.timeEntry.updateMany({ where: { invoiceId: before.id }, data: { status: 'APPROVED', invoiceId: null } });
    await w.tx.expense.updateMany({ where: { invoiceId: before.id }, data: { status: 'APPROVED', invoiceId: null } });
    const after = await w.tx.invoice.update({ where: { id: before.id }, data: { status: 'VOID', voidedAt: new Date() } });
    await w.record(invoiceVoided, { before, after });
    return after;
  });
}
