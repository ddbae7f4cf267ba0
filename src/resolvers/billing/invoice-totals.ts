import { percentOf, sum } from '../../core/money.ts';

/** A line before adjustments: its kind and its amount in minor units. */
export interface LineAmount {
  kind: 'FEE' | 'EXPENSE';
  amountMinor: bigint;
  lineDiscountMinor: bigint;
}

/** A line's share of the adjustments and its total, each rounded on the line. */
export interface LineTotals {
  invoiceDiscountMinor: bigint;
  taxMinor: bigint;
  totalMinor: bigint;
}

export interface InvoiceTotals {
  feesMinor: bigint;
  expensesMinor: bigint;
  discountMinor: bigint;
  taxMinor: bigint;
  totalMinor: bigint;
  lines: LineTotals[];
}

/**
 * THE invoice arithmetic, rounded half-up per line and then summed (so the LEDES lines add up to
 * the invoice exactly): each line's net (amount − its discount) takes the invoice discount
 * (`discountPercent`), and what remains takes tax (`taxPercent`); percentages are scaled by 10^4.
 */
export function invoiceTotals(lines: readonly LineAmount[], discountPercent: bigint, taxPercent: bigint): InvoiceTotals {
  const computed = lines.map((line) => {
    const net = line.amountMinor - line.lineDiscountMinor;
    const invoiceDiscountMinor = percentOf(net, discountPercent, 4);
    const taxMinor = percentOf(net - invoiceDiscountMinor, taxPercent, 4);
    return { invoiceDiscountMinor, taxMinor, totalMinor: net - invoiceDiscountMinor + taxMinor };
  });
  return {
    feesMinor: sum(lines.filter((l) => l.kind === 'FEE').map((l) => l.amountMinor)),
    expensesMinor: sum(lines.filter((l) => l.kind === 'EXPENSE').map((l) => l.amountMinor)),
    discountMinor: sum(lines.map((l, i) => l.lineDiscountMinor + computed[i].invoiceDiscountMinor)),
    taxMinor: sum(computed.map((c) => c.taxMinor)),
    totalMinor: sum(computed.map((c) => c.totalMinor)),
    lines: computed,
  };
}
