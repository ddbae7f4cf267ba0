import { z } from 'zod';
import type { Context } from '../../core/context.ts';
import { NotFoundError } from '../../core/errors.ts';
import { isUuid } from '../../core/ids.ts';
import { parseInput } from '../../core/validation.ts';
import { requireBillingManager } from './billing.access.ts';
import { Day, moneyInput } from './billing.input.ts';
import { billingSettings } from './settings.ts';

/** One client's ledger balance in the account at the statement date. */
export interface ClientLedgerBalance {
  clientId: string;
  balanceMinor: bigint;
}

/** A three-way reconciliation of a trust account at a statement date, in minor units. */
export interface TrustReconciliation {
  accountId: string;
  statementDate: Date;
  currency: string;
  statementBalanceMinor: bigint;
  bookBalanceMinor: bigint;
  clientLedgersMinor: bigint;
  clients: ClientLedgerBalance[];
  /** Clients whose ledger is below zero (must be none). */
  negativeClientIds: string[];
}

const ReconciliationInput = z.object({ accountId: z.string(), statementDate: Day, statementBalance: z.string() });

/**
 * The three-way reconciliation of a trust account: the bank statement balance given, the book
 * balance (every ledger entry up to the statement date) and the sum of the client ledgers (each
 * client's own balance, summed), computed in SQL. Billing managers only.
 */
export async function trustReconciliation(ctx: Context, input: z.input<typeof ReconciliationInput>): Promise<TrustReconciliation> {
  const viewer = requireBillingManager(ctx);
  const data = parseInput(ReconciliationInput, input);
  const { currency } = await billingSettings(ctx.prisma, viewer.firmId);
  const statementBalanceMinor = parseInput(z.object({ statementBalance: moneyInput(currency) }), data).statementBalance;
  const account = isUuid(data.accountId)
    ? await ctx.prisma.trustAccount.findFirst({ where: { id: data.accountId, firmId: viewer.firmId } })
    : null;
  if (!account) throw new NotFoundError('TrustAccount');
  const [book] = await ctx.prisma.$queryRaw<{ total: bigint }[]>`
    SELECT coalesce(sum("amountMinor"), 0)::bigint AS total FROM "TrustLedgerEntry"
    WHERE "accountId" = ${account.id}::uuid AND "occurredOn" <= ${data.statementDate}::date`;
  const clients = await ctx.prisma.$queryRaw<{ clientId: string; balanceMinor: bigint }[]>`
    SELECT "clientId", sum("amountMinor")::bigint AS "balanceMinor" FROM "TrustLedgerEntry"
    WHERE "accountId" = ${account.id}::uuid AND "occurredOn" <= ${data.statementDate}::date
    GROUP BY "clientId" ORDER BY "clientId"`;
  return {
    accountId: account.id,
    statementDate: data.statementDate,
    currency,
    statementBalanceMinor,
    bookBalanceMinor: book.total,
    clientLedgersMinor: clients.reduce((total, c) => total + c.balanceMinor, 0n),
    clients,
    negativeClientIds: clients.filter((c) => c.balanceMinor < 0n).map((c) => c.clientId),
  };
}
