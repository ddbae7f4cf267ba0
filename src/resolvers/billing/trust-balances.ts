import type { PrismaClient, Tx } from '../../db/client.ts';

/** A client's trust balance across the firm's trust accounts, in minor units (from the ledger). */
export async function clientTrustBalance(db: Tx | PrismaClient, firmId: string, clientId: string): Promise<bigint> {
  const total = await db.trustLedgerEntry.aggregate({ where: { firmId, clientId }, _sum: { amountMinor: true } });
  return total._sum.amountMinor ?? 0n;
}

/** The balance of one client ledger of one account (optionally of one matter), in minor units. */
export async function ledgerBalance(
  db: Tx | PrismaClient,
  ledger: { accountId: string; clientId: string; matterId?: string | null },
): Promise<bigint> {
  const total = await db.trustLedgerEntry.aggregate({
    where: { accountId: ledger.accountId, clientId: ledger.clientId, ...(ledger.matterId ? { matterId: ledger.matterId } : {}) },
    _sum: { amountMinor: true },
  });
  return total._sum.amountMinor ?? 0n;
}
