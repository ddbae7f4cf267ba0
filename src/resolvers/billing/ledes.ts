import { formatMoney } from '../../core/money.ts';
import type { PrismaClient } from '../../db/client.ts';
import type { Invoice } from '../../generated/prisma/client.ts';
import { invoiceLabel } from './invoice-document.ts';

/** The 24 fields of a LEDES 1998B line, in order. */
export const LEDES_1998B_FIELDS = [
  'INVOICE_DATE',
  'INVOICE_NUMBER',
  'CLIENT_ID',
  'LAW_FIRM_MATTER_ID',
  'INVOICE_TOTAL',
  'BILLING_START_DATE',
  'BILLING_END_DATE',
  'INVOICE_DESCRIPTION',
  'LINE_ITEM_NUMBER',
  'EXP/FEE/INV_ADJ_TYPE',
  'LINE_ITEM_NUMBER_OF_UNITS',
  'LINE_ITEM_ADJUSTMENT_AMOUNT',
  'LINE_ITEM_TOTAL',
  'LINE_ITEM_DATE',
  'LINE_ITEM_TASK_CODE',
  'LINE_ITEM_EXPENSE_CODE',
  'LINE_ITEM_ACTIVITY_CODE',
  'TIMEKEEPER_ID',
  'LINE_ITEM_DESCRIPTION',
  'LAW_FIRM_ID',
  'LINE_ITEM_UNIT_COST',
  'TIMEKEEPER_NAME',
  'TIMEKEEPER_CLASSIFICATION',
  'CLIENT_MATTER_ID',
] as const;

const ymd = (date: Date | null) => (date ? date.toISOString().slice(0, 10).replace(/-/g, '') : '');
// Pipes and line breaks would break the format; brackets end a line.
const clean = (text: string) =>
  text
    .replace(/[|\r\n[\]]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

const CLASSIFICATION = { ADMIN: 'PT', ATTORNEY: 'AS', PARALEGAL: 'PL', BILLING: 'OT', READ_ONLY: 'OT' } as const;

/**
 * The invoice as a LEDES 1998B file: "LEDES1998B[]", the header line, then one line per fee and
 * expense. LINE_ITEM_TOTAL is the line's total on the invoice (after its share of discounts, plus
 * its tax), LINE_ITEM_ADJUSTMENT_AMOUNT the difference from units × unit cost, so the line totals
 * add up exactly to INVOICE_TOTAL.
 */
export async function ledes1998b(prisma: PrismaClient, invoice: Invoice): Promise<string> {
  const [client, matter, lines, firm] = await Promise.all([
    prisma.client.findUniqueOrThrow({ where: { id: invoice.clientId } }),
    prisma.matter.findUniqueOrThrow({ where: { id: invoice.matterId } }),
    prisma.invoiceLine.findMany({ where: { invoiceId: invoice.id }, orderBy: { position: 'asc' } }),
    prisma.firm.findUniqueOrThrow({ where: { id: invoice.firmId } }),
  ]);
  const ids = [...new Set(lines.map((l) => l.timekeeperId).filter((id): id is string => id !== null))];
  const people = new Map((await prisma.user.findMany({ where: { id: { in: ids } } })).map((u) => [u.id, u]));
  const money = (minor: bigint) => formatMoney(minor, invoice.currency);
  const start = lines.reduce<Date | null>((min, l) => (!min || l.date < min ? l.date : min), null);
  const rows = lines.map((line, i) => {
    const person = line.timekeeperId ? people.get(line.timekeeperId) : undefined;
    return [
      ymd(invoice.issuedOn),
      invoiceLabel(invoice.number),
      client.id,
      matter.number,
      money(invoice.totalMinor),
      ymd(start),
      ymd(invoice.periodEnd),
      clean(`${matter.title}`),
      String(i + 1),
      line.kind === 'FEE' ? 'F' : 'E',
      line.quantity.toFixed(2),
      money(line.totalMinor - line.amountMinor),
      money(line.totalMinor),
      ymd(line.date),
      line.taskCode ?? '',
      line.expenseCode ?? '',
      line.activityCode ?? '',
      person?.id ?? '',
      clean(line.description),
      firm.id,
      money(line.unitMinor),
      person ? clean(person.name) : '',
      person ? CLASSIFICATION[person.role] : '',
      matter.id,
    ].join('|');
  });
  const file = ['LEDES1998B[]', `${LEDES_1998B_FIELDS.join('|')}[]`, ...rows.map((row) => `${row}[]`)];
  return `${file.join('\n')}\n`;
}
