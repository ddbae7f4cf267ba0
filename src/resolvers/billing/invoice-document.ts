import { formatMoney } from '../../core/money.ts';
import type { Tx } from '../../db/client.ts';
import type { Invoice, InvoiceLine } from '../../generated/prisma/client.ts';
import type { DocumentDefinition } from '../jobs/index.ts';
import { clientTrustBalance } from './trust-balances.ts';

const day = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : '');

/** The invoice's printed number, e.g. "INV-000042". */
export function invoiceLabel(number: number | null): string {
  return number === null ? 'DRAFT' : `INV-${String(number).padStart(6, '0')}`;
}

/** What an invoice's PDF is drawn from, read before its number is taken (see `issueInvoice`). */
export interface InvoiceDocumentData {
  firm: { name: string; paymentInstructions: string | null };
  client: { name: string; address: string | null };
  matter: { number: string; title: string };
  lines: InvoiceLine[];
  names: Map<string, string>;
  trustMinor: bigint;
}

/** Reads what the PDF of `invoice` shows: its firm, client, matter, lines, timekeepers and the client's trust balance. */
export async function invoiceDocumentData(tx: Tx, invoice: Invoice): Promise<InvoiceDocumentData> {
  const [firm, client, matter, lines, trustMinor] = await Promise.all([
    tx.firm.findUniqueOrThrow({ where: { id: invoice.firmId } }),
    tx.client.findUniqueOrThrow({ where: { id: invoice.clientId } }),
    tx.matter.findUniqueOrThrow({ where: { id: invoice.matterId } }),
    tx.invoiceLine.findMany({ where: { invoiceId: invoice.id }, orderBy: { position: 'asc' } }),
    clientTrustBalance(tx, invoice.firmId, invoice.clientId),
  ]);
  const timekeeperIds = [...new Set(lines.map((l) => l.timekeeperId).filter((id): id is string => id !== null))];
  const names = new Map(
    (await tx.user.findMany({ where: { id: { in: timekeeperIds } }, select: { id: true, name: true } })).map((u) => [u.id, u.name]),
  );
  return { firm, client, matter, lines, names, trustMinor };
}

/**
 * What the invoice PDF shows, for `render_pdf`: the firm, client and matter, itemised time and
 * expenses with their UTBMS codes, the totals, the client's trust balance and how to pay.
 */
export function invoiceDocument(
  invoice: Invoice,
  { firm, client, matter, lines, names, trustMinor }: InvoiceDocumentData,
): DocumentDefinition {
  const money = (minor: bigint) => `${formatMoney(minor, invoice.currency)} ${invoice.currency}`;
  const label = invoiceLabel(invoice.number);
  const fees = lines.filter((l) => l.kind === 'FEE');
  const expenses = lines.filter((l) => l.kind === 'EXPENSE');
  const blocks: DocumentDefinition['blocks'] = [
    { kind: 'heading', text: firm.name },
    {
      kind: 'paragraph',
      text: `Invoice ${label}\nIssued ${day(invoice.issuedOn)}, due ${day(invoice.dueOn)}\nClient: ${client.name}${client.address ? `\n${client.address}` : ''}\nMatter: ${matter.number} ${matter.title}\nServices through ${day(invoice.periodEnd)}`,
    },
  ];
  if (fees.length)
    blocks.push(
      { kind: 'heading', text: 'Professional services' },
      {
        kind: 'table',
        columns: ['Date', 'Timekeeper', 'Task', 'Activity', 'Description', 'Hours', 'Rate', 'Amount'],
        rows: fees.map((l) => [
          day(l.date),
          names.get(l.timekeeperId ?? '') ?? '',
          l.taskCode ?? '',
          l.activityCode ?? '',
          l.description.slice(0, 500),
          l.quantity.toFixed(2),
          formatMoney(l.unitMinor, invoice.currency),
          formatMoney(l.amountMinor, invoice.currency),
        ]),
      },
    );
  if (expenses.length)
    blocks.push(
      { kind: 'heading', text: 'Expenses' },
      {
        kind: 'table',
        columns: ['Date', 'Code', 'Description', 'Quantity', 'Unit cost', 'Amount'],
        rows: expenses.map((l) => [
          day(l.date),
          l.expenseCode ?? '',
          l.description.slice(0, 500),
          l.quantity.toString(),
          formatMoney(l.unitMinor, invoice.currency),
          formatMoney(l.amountMinor, invoice.currency),
        ]),
      },
    );
  blocks.push(
    { kind: 'heading', text: 'Totals' },
    {
      kind: 'table',
      columns: ['', 'Amount'],
      rows: [
        ['Fees', money(invoice.feesMinor)],
        ['Expenses', money(invoice.expensesMinor)],
        ['Discounts', money(-invoice.discountMinor)],
        ['Tax', money(invoice.taxMinor)],
        ['Total due', money(invoice.totalMinor)],
      ],
    },
    { kind: 'paragraph', text: `Funds held in trust for ${client.name}: ${money(trustMinor)}` },
    { kind: 'paragraph', text: `Payment instructions: ${firm.paymentInstructions ?? `Please quote ${label} with your payment.`}` },
  );
  return { title: `Invoice ${label}`, fileName: `invoice-${label}.pdf`, blocks };
}
