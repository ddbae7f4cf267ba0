import { z } from 'zod';
import { change, type Write } from '../../core/change.ts';
import type { Context } from '../../core/context.ts';
import { DomainError, NotFoundError, ValidationError } from '../../core/errors.ts';
import { isUuid } from '../../core/ids.ts';
import { defineList } from '../../core/lists.ts';
import { formatMoney } from '../../core/money.ts';
import { inTurn } from '../../core/turns.ts';
import { optionalText, parseInput } from '../../core/validation.ts';
import type { Prisma, TrustAccount, TrustLedgerEntry } from '../../generated/prisma/client.ts';
import { requireBillingManager } from './billing.access.ts';
import { TrustAccountEntity, TrustLedgerEntryEntity } from './billing.entities.ts';
import { trustAccountCreated, trustDeposited, trustDisbursed } from './billing.events.ts';
import { Day, moneyInput } from './billing.input.ts';
import { billingSettings } from './settings.ts';
import { ledgerBalance } from './trust-balances.ts';

const minOf = (a: bigint, b: bigint): bigint => (b < a ? b : a);

/** A trust ledger would go below zero: nothing was written. */
export class InsufficientTrustFundsError extends DomainError {
  readonly code = 'INSUFFICIENT_TRUST_FUNDS';
  constructor(
    readonly availableMinor: bigint,
    readonly requestedMinor: bigint,
    readonly currency: string,
  ) {
    super(
      `Insufficient trust funds: ${formatMoney(availableMinor, currency)} ${currency} available, ${formatMoney(requestedMinor, currency)} ${currency} requested`,
    );
  }
}

/** The firm's trust accounts, oldest first. */
export const trustAccountList = defineList<Record<string, never>, 'CREATED_AT'>({
  entity: TrustAccountEntity,
  orders: { CREATED_AT: 'createdAt' },
  defaultOrder: { field: 'CREATED_AT', direction: 'ASC' },
  orderOf: () => null,
});

export interface TrustEntryListInput {
  filter?: { accountId?: string | null; clientId?: string | null; matterId?: string | null } | null;
}

/** Trust ledger entries the viewer may see, newest first. */
export const trustEntryList = defineList<TrustEntryListInput, 'CREATED_AT'>({
  entity: TrustLedgerEntryEntity,
  orders: { CREATED_AT: 'createdAt' },
  defaultOrder: { field: 'CREATED_AT', direction: 'DESC' },
  orderOf: () => null,
  where: ({ filter }): Prisma.TrustLedgerEntryWhereInput => {
    const id = (value: string | null | undefined) => (value ? (isUuid(value) ? value : '00000000-0000-0000-0000-000000000000') : undefined);
    return { accountId: id(filter?.accountId), clientId: id(filter?.clientId), matterId: id(filter?.matterId) };
  },
});

const CreateTrustAccountInput = z.object({
  name: z.string().trim().min(1, 'Name is required').max(200, 'At most 200 characters'),
  bankName: z.string().trim().min(1, 'Bank name is required').max(200, 'At most 200 characters'),
});

/** Opens a trust (IOLTA) account record for the firm. Billing managers only. */
export async function createTrustAccount(ctx: Context, input: z.input<typeof CreateTrustAccountInput>): Promise<TrustAccount> {
  requireBillingManager(ctx);
  const data = parseInput(CreateTrustAccountInput, input);
  return change(ctx, async (w) => {
    const account = await w.tx.trustAccount.create({ data: { firmId: w.firmId, ...data } });
    await w.record(trustAccountCreated, { after: account });
    return account;
  });
}

/**
 * Runs a movement of one client ledger after the others of this process: racing movements then
 * wait here for their turn, not on the ledger lock with a pooled connection each (the lock keeps
 * them apart across instances).
 */
function ledgerTurn<T>(input: { accountId: string; clientId: string }, work: () => Promise<T>): Promise<T> {
  return inTurn(`trust:${input.accountId}:${input.clientId}`, work);
}

/** One client's (and matter's) ledger in an account, as a movement names it. */
export interface LedgerRef {
  accountId: string;
  clientId: string;
  matterId: string | null;
}

/**
 * Checks the account, client and matter of a movement (all of the firm, the matter the client's),
 * then takes the client ledger's lock: every movement of one client in one account runs one after
 * another, so a balance read here stays true until this transaction ends.
 */
export async function lockLedger(w: Write, input: { accountId: string; clientId: string; matterId?: string | null }): Promise<LedgerRef> {
  const account = isUuid(input.accountId) ? await w.tx.trustAccount.findFirst({ where: { id: input.accountId, firmId: w.firmId } }) : null;
  if (!account) throw new NotFoundError('TrustAccount');
  const client = isUuid(input.clientId) ? await w.tx.client.findFirst({ where: { id: input.clientId, firmId: w.firmId } }) : null;
  if (!client) throw ValidationError.field('clientId', 'Client not found');
  if (input.matterId) {
    const matter = isUuid(input.matterId) ? await w.tx.matter.findFirst({ where: { id: input.matterId, firmId: w.firmId } }) : null;
    if (!matter) throw ValidationError.field('matterId', 'Matter not found');
    if (matter.clientId !== client.id) throw ValidationError.field('matterId', "The matter is not this client's");
  }
  await w.tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`trust:${account.id}:${client.id}`}, 0))`;
  return { accountId: account.id, clientId: client.id, matterId: input.matterId ?? null };
}

/**
 * Takes `amountMinor` out of a locked ledger, refusing with {@link InsufficientTrustFundsError}
 * when the client's balance in the account, or the matter's, would go below zero.
 */
export async function withdraw(
  w: Write,
  ledger: LedgerRef,
  amountMinor: bigint,
  entry: Omit<Prisma.TrustLedgerEntryUncheckedCreateInput, 'firmId' | 'accountId' | 'clientId' | 'matterId' | 'amountMinor'>,
): Promise<TrustLedgerEntry> {
  const { currency } = await billingSettings(w.tx, w.firmId);
  const clientBalance = await ledgerBalance(w.tx, { accountId: ledger.accountId, clientId: ledger.clientId });
  // A matter's sub-ledger may not spend more than it holds, nor more than its client holds overall.
  const limit = ledger.matterId ? minOf(await ledgerBalance(w.tx, ledger), clientBalance) : clientBalance;
  if (amountMinor > limit) throw new InsufficientTrustFundsError(limit, amountMinor, currency);
  return w.tx.trustLedgerEntry.create({ data: { ...entry, ...ledger, firmId: w.firmId, amountMinor: -amountMinor } });
}

const DepositInput = z.object({
  accountId: z.string(),
  clientId: z.string(),
  matterId: z.string().nullish(),
  amount: z.string(),
  receivedOn: Day,
  reference: optionalText(200),
});

/** Deposits client money to a trust account, on the client's (and matter's) ledger. Billing managers only. */
export async function depositToTrust(ctx: Context, input: z.input<typeof DepositInput>): Promise<TrustLedgerEntry> {
  const viewer = requireBillingManager(ctx);
  const data = parseInput(DepositInput, input);
  const { currency } = await billingSettings(ctx.prisma, viewer.firmId);
  const { amount } = parseInput(z.object({ amount: moneyInput(currency, { positive: true }) }), data);
  return ledgerTurn(data, () =>
    change(ctx, async (w) => {
      const ledger = await lockLedger(w, data);
      const entry = await w.tx.trustLedgerEntry.create({
        data: {
          ...ledger,
          firmId: w.firmId,
          kind: 'DEPOSIT',
          amountMinor: amount,
          occurredOn: data.receivedOn,
          reference: data.reference ?? null,
          createdById: viewer.id,
        },
      });
      await w.record(trustDeposited, { after: entry });
      return entry;
    }),
  );
}

const DisburseInput = z.object({
  accountId: z.string(),
  clientId: z.string(),
  matterId: z.string().nullish(),
  amount: z.string(),
  paidOn: Day,
  payee: z.string().trim().min(1, 'Name the payee').max(300, 'At most 300 characters'),
  reference: optionalText(200),
});

/**
 * Pays client money out of trust. Movements of one client ledger are serialised, so however many
 * race, the client's (and matter's) balance never goes below zero: an overdraft is an
 * {@link InsufficientTrustFundsError} and writes nothing. Billing managers only.
 */
export async function disburseFromTrust(ctx: Context, input: z.input<typeof DisburseInput>): Promise<TrustLedgerEntry> {
  const viewer = requireBillingManager(ctx);
  const data = parseInput(DisburseInput, input);
  const { currency } = await billingSettings(ctx.prisma, viewer.firmId);
  const { amount } = parseInput(z.object({ amount: moneyInput(currency, { positive: true }) }), data);
  return ledgerTurn(data, () =>
    change(ctx, async (w) => {
      const ledger = await lockLedger(w, data);
      const entry = await withdraw(w, ledger, amount, {
        kind: 'DISBURSEMENT',
        occurredOn: data.paidOn,
        payee: data.payee,
        reference: data.reference ?? null,
        createdById: viewer.id,
      });
      await w.record(trustDisbursed, { after: entry });
      return entry;
    }),
  );
}

const ReverseEntryInput = z.object({ entryId: z.string(), reason: z.string().trim().min(1, 'Give a reason').max(500) });

/**
 * Corrects a ledger entry with a REVERSAL entry of the opposite amount (the entry itself never
 * changes). Reversing a deposit that was already spent is an {@link InsufficientTrustFundsError}.
 * Billing managers only.
 */
export async function reverseTrustEntry(ctx: Context, input: z.input<typeof ReverseEntryInput>): Promise<TrustLedgerEntry> {
  const viewer = requireBillingManager(ctx);
  const data = parseInput(ReverseEntryInput, input);
  return change(ctx, async (w) => {
    const original = isUuid(data.entryId) ? await w.tx.trustLedgerEntry.findFirst({ where: { id: data.entryId, firmId: w.firmId } }) : null;
    if (!original) throw new NotFoundError('TrustLedgerEntry');
    if (original.kind === 'REVERSAL' || (await w.tx.trustLedgerEntry.count({ where: { reversesId: original.id } })))
      throw new ValidationError([{ path: ['entryId'], message: 'This entry is a reversal or was already reversed' }]);
    if (original.kind === 'TRANSFER_TO_OPERATING')
      throw ValidationError.field('entryId', 'A transfer that paid an invoice is undone with reversePayment');
    const ledger = await lockLedger(w, original);
    const fields = {
      kind: 'REVERSAL' as const,
      occurredOn: new Date(),
      reference: data.reason,
      reversesId: original.id,
      invoiceId: original.invoiceId,
      createdById: viewer.id,
    };
    const entry =
      original.amountMinor > 0n
        ? await withdraw(w, ledger, original.amountMinor, fields)
        : await w.tx.trustLedgerEntry.create({ data: { ...fields, ...ledger, firmId: w.firmId, amountMinor: -original.amountMinor } });
    await w.record(trustDisbursed, { after: entry });
    return entry;
  });
}
