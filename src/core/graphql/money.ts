import type { Context } from '../context.ts';
import { formatMoney } from '../money.ts';
import { builder } from './builder.ts';

/** An amount as services hand it to the schema: minor units and the currency they are in. */
export interface MoneyValue {
  minor: bigint;
  currency: string;
}

/** `Money { amount, currency }`: every amount in the API, never a float. */
export const MoneyRef = builder.objectRef<MoneyValue>('Money').implement({
  description: 'An exact amount of money: a decimal string in a currency (ISO 4217), never a floating-point number.',
  fields: (t) => ({
    amount: t.string({
      description: 'The amount as a decimal string with the currency\'s minor digits, e.g. "1250.00"; negative with a leading "-".',
      resolve: (money) => formatMoney(money.minor, money.currency),
    }),
    currency: t.exposeString('currency', { description: 'ISO 4217 currency code, e.g. "USD".' }),
  }),
});

// The key of the per-request cache of firm currencies in the context's loader map.
const CURRENCY_CACHE = {};

/** The currency `firmId` bills in, read once per request. */
export function firmCurrency(ctx: Context, firmId: string): Promise<string> {
  let cache = ctx.loaders.get(CURRENCY_CACHE) as Map<string, Promise<string>> | undefined;
  if (!cache) {
    cache = new Map();
    ctx.loaders.set(CURRENCY_CACHE, cache);
  }
  let currency = cache.get(firmId);
  if (!currency) {
    currency = ctx.prisma.firm.findUniqueOrThrow({ where: { id: firmId }, select: { currency: true } }).then((f) => f.currency);
    cache.set(firmId, currency);
  }
  return currency;
}

/**
 * A `Money` field over a minor-units column of a firm-owned row: add it to an object's fields as
 * `amount: moneyField(t, 'amountMinor', 'What it is.')`. The currency is the row's own when it has
 * one, the firm's otherwise.
 */
// biome-ignore lint/suspicious/noExplicitAny: the field builder of any object type
export function moneyField(t: any, column: string, description: string, nullable = false) {
  return t.field({
    type: MoneyRef,
    nullable,
    description,
    resolve: async (
      row: { firmId: string; currency?: string } & Record<string, unknown>,
      _args: unknown,
      ctx: Context,
    ): Promise<MoneyValue | null> => {
      const minor = row[column] as bigint | null | undefined;
      if (minor === null || minor === undefined) return null;
      return { minor: BigInt(minor), currency: row.currency ?? (await firmCurrency(ctx, row.firmId)) };
    },
  });
}
