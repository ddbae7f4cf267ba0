import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { resetDatabase } from '../support/database.ts';
import { createFirm, type FirmFixture } from '../support/fixtures.ts';
import { localId } from '../support/ids.ts';
import { startTestServer, type TestServer } from '../support/server.ts';
import { attempt, clientWithMatter, mutate } from './support.ts';

let api: TestServer;
let firm: FirmFixture;

beforeAll(async () => {
  api = await startTestServer();
});
afterAll(() => api.close());
beforeEach(async () => {
  await resetDatabase();
  firm = await createFirm(api, 'Ledger');
});

/** A matter with two approved entries of the attorney (1.0 h and 0.5 h at 200.00) and its draft invoice. */
async function draftInvoice() {
  const { client, matter } = await clientWithMatter(api, firm);
  await mutate(
    api,
    firm.billing.token,
    'setRate',
    { timekeeperId: firm.attorney.id, rate: '200.00', effectiveFrom: '2026-01-01' },
    'rate { id }',
  );
  const ids: string[] = [];
  for (const [date, minutes, narrative] of [
    ['2026-02-02', 60, 'Draft complaint | first pass'],
    ['2026-02-03', 30, 'Call with client'],
  ] as const) {
    const { timeEntry } = await mutate<{ timeEntry: { id: string } }>(
      api,
      firm.billing.token,
      'createTimeEntry',
      { matterId: matter.id, timekeeperId: firm.attorney.id, date, minutes, narrative, taskCode: 'L210', activityCode: 'A103' },
      'timeEntry { id }',
    );
    ids.push(timeEntry.id);
  }
  await mutate(api, firm.billing.token, 'approveTimeEntries', { ids }, 'timeEntries { id }');
  const { invoice } = await mutate<{ invoice: { id: string } }>(
    api,
    firm.billing.token,
    'generateInvoice',
    { matterId: matter.id, periodEnd: '2026-02-28', taxPercent: '5' },
    'invoice { id }',
  );
  return { client, matter, invoiceId: invoice.id, entryIds: ids };
}

const statuses = async (ids: string[]) =>
  (await api.prisma.timeEntry.findMany({ where: { id: { in: ids.map(localId) } }, orderBy: { date: 'asc' } })).map((e) => [
    e.status,
    e.invoiceId,
  ]);

describe('trust ledger and invoice life cycle', () => {
  it('refuses UPDATE and DELETE of a trust ledger row in the database itself', async () => {
    const { client } = await clientWithMatter(api, firm);
    const { trustAccount } = await mutate<{ trustAccount: { id: string } }>(
      api,
      firm.billing.token,
      'createTrustAccount',
      { name: 'IOLTA', bankName: 'First Bank' },
      'trustAccount { id }',
    );
    const { entry } = await mutate<{ entry: { id: string } }>(
      api,
      firm.billing.token,
      'depositToTrust',
      { accountId: trustAccount.id, clientId: client.id, amount: '100.00', receivedOn: '2026-03-01' },
      'entry { id }',
    );
    const id = localId(entry.id);
    await expect(api.prisma.$executeRaw`UPDATE "TrustLedgerEntry" SET "amountMinor" = 1 WHERE id = ${id}::uuid`).rejects.toThrow(
      /append-only/,
    );
    await expect(api.prisma.$executeRaw`DELETE FROM "TrustLedgerEntry" WHERE id = ${id}::uuid`).rejects.toThrow(/append-only/);
    expect((await api.prisma.trustLedgerEntry.findUniqueOrThrow({ where: { id } })).amountMinor).toBe(10_000n);
    const reversal = await mutate<{ entry: { kind: string; amount: { amount: string } } }>(
      api,
      firm.billing.token,
      'reverseTrustEntry',
      { entryId: entry.id, reason: 'Deposited to the wrong client' },
      'entry { kind amount { amount } }',
    );
    expect(reversal.entry).toEqual({ kind: 'REVERSAL', amount: { amount: '-100.00' } });
    expect(await api.prisma.trustLedgerEntry.count()).toBe(2);
  });

  it('issues with a number and due date, bills the items, and voiding returns them to unbilled keeping the number', async () => {
    const { invoiceId, entryIds } = await draftInvoice();
    expect(await statuses(entryIds)).toEqual([
      ['APPROVED', localId(invoiceId)],
      ['APPROVED', localId(invoiceId)],
    ]);
    const { invoice } = await mutate<{ invoice: Record<string, unknown> }>(
      api,
      firm.billing.token,
      'issueInvoice',
      { invoiceId, issuedOn: '2026-03-01' },
      'invoice { number label status issuedOn dueOn total { amount } }',
    );
    expect(invoice).toEqual({
      number: 1,
      label: 'INV-000001',
      status: 'ISSUED',
      issuedOn: '2026-03-01T00:00:00.000Z',
      dueOn: '2026-03-31T00:00:00.000Z',
      total: { amount: '315.00' },
    });
    expect(await statuses(entryIds)).toEqual([
      ['BILLED', localId(invoiceId)],
      ['BILLED', localId(invoiceId)],
    ]);
    const voided = await mutate<{ invoice: Record<string, unknown> }>(
      api,
      firm.billing.token,
      'voidInvoice',
      { invoiceId },
      'invoice { number status }',
    );
    expect(voided.invoice).toEqual({ number: 1, status: 'VOID' });
    expect(await statuses(entryIds)).toEqual([
      ['APPROVED', null],
      ['APPROVED', null],
    ]);
    expect((await attempt(api, firm.billing.token, 'voidInvoice', { invoiceId })).__typename).toBe('ConflictError');
  });

  it('serves the issued invoice as LEDES 1998B with the exact header and line totals adding up to the invoice total', async () => {
    const { invoiceId } = await draftInvoice();
    await mutate(api, firm.billing.token, 'issueInvoice', { invoiceId, issuedOn: '2026-03-01' }, 'invoice { id }');
    const response = await fetch(`${api.url}/invoices/${localId(invoiceId)}/ledes`, {
      headers: { authorization: `Bearer ${firm.billing.token}` },
    });
    expect(response.status).toBe(200);
    const lines = (await response.text()).trimEnd().split('\n');
    expect(lines[0]).toBe('LEDES1998B[]');
    expect(lines[1]).toBe(
      'INVOICE_DATE|INVOICE_NUMBER|CLIENT_ID|LAW_FIRM_MATTER_ID|INVOICE_TOTAL|BILLING_START_DATE|BILLING_END_DATE|INVOICE_DESCRIPTION|LINE_ITEM_NUMBER|EXP/FEE/INV_ADJ_TYPE|LINE_ITEM_NUMBER_OF_UNITS|LINE_ITEM_ADJUSTMENT_AMOUNT|LINE_ITEM_TOTAL|LINE_ITEM_DATE|LINE_ITEM_TASK_CODE|LINE_ITEM_EXPENSE_CODE|LINE_ITEM_ACTIVITY_CODE|TIMEKEEPER_ID|LINE_ITEM_DESCRIPTION|LAW_FIRM_ID|LINE_ITEM_UNIT_COST|TIMEKEEPER_NAME|TIMEKEEPER_CLASSIFICATION|CLIENT_MATTER_ID[]',
    );
    const items = lines.slice(2).map((line) => {
      expect(line.endsWith('[]')).toBe(true);
      return line.slice(0, -2).split('|');
    });
    expect(items).toHaveLength(2);
    for (const fields of items) expect(fields).toHaveLength(24);
    // 1.0 h × 200.00 + 5% tax = 210.00; 0.5 h × 200.00 + 5% = 105.00; invoice total 315.00.
    expect(items.map((f) => [f[0], f[1], f[4], f[8], f[9], f[10], f[11], f[12], f[14], f[16], f[20]])).toEqual([
      ['20260301', 'INV-000001', '315.00', '1', 'F', '1.00', '10.00', '210.00', 'L210', 'A103', '200.00'],
      ['20260301', 'INV-000001', '315.00', '2', 'F', '0.50', '5.00', '105.00', 'L210', 'A103', '200.00'],
    ]);
    expect(items[0][18]).toBe('Draft complaint first pass');
    const cents = items.reduce((total, f) => total + BigInt(f[12].replace('.', '')), 0n);
    expect(cents).toBe(31_500n);
    const other = await createFirm(api, 'Stranger');
    const foreign = await fetch(`${api.url}/invoices/${localId(invoiceId)}/ledes`, {
      headers: { authorization: `Bearer ${other.admin.token}` },
    });
    expect(foreign.status).toBe(404);
  });

  it("keeps another firm's invoices, payments and trust ledgers invisible", async () => {
    const { invoiceId, client } = await draftInvoice();
    await mutate(api, firm.billing.token, 'issueInvoice', { invoiceId }, 'invoice { id }');
    const { trustAccount } = await mutate<{ trustAccount: { id: string } }>(
      api,
      firm.billing.token,
      'createTrustAccount',
      { name: 'IOLTA', bankName: 'First Bank' },
      'trustAccount { id }',
    );
    const { entry } = await mutate<{ entry: { id: string } }>(
      api,
      firm.billing.token,
      'depositToTrust',
      { accountId: trustAccount.id, clientId: client.id, amount: '50.00', receivedOn: '2026-03-01' },
      'entry { id }',
    );
    const other = await createFirm(api, 'Other');
    const read = await api.gql<Record<string, unknown>, unknown>(
      `query($ids: [ID!]!) {
        invoices(first: 10) { edges { node { id } } }
        trustLedger(first: 10) { edges { node { id } } }
        trustAccounts(first: 10) { edges { node { id } } }
        timeEntries(first: 10) { edges { node { id } } }
        nodes(ids: $ids) { id }
        arAging { key }
        wip { key }
      }`,
      { ids: [invoiceId, entry.id, trustAccount.id] },
      { token: other.billing.token },
    );
    expect(read.errors).toBeUndefined();
    expect(read.data).toEqual({
      invoices: { edges: [] },
      trustLedger: { edges: [] },
      trustAccounts: { edges: [] },
      timeEntries: { edges: [] },
      nodes: [null, null, null],
      arAging: [],
      wip: [],
    });
    expect((await attempt(api, other.billing.token, 'voidInvoice', { invoiceId })).__typename).toBe('NotFoundError');
    expect(
      (
        await attempt(api, other.billing.token, 'disburseFromTrust', {
          accountId: trustAccount.id,
          clientId: client.id,
          amount: '1.00',
          paidOn: '2026-03-02',
          payee: 'Thief',
        })
      ).__typename,
    ).toBe('NotFoundError');
  });
});
