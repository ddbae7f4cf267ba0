import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { resetDatabase } from '../support/database.ts';
import { createFirm, type FirmFixture } from '../support/fixtures.ts';
import { globalId, localId } from '../support/ids.ts';
import { startTestServer, type TestServer } from '../support/server.ts';
import { attempt, clientWithMatter, mutate } from './support.ts';

let api: TestServer;
let firm: FirmFixture;

beforeAll(async () => {
  // Fifty issuers take the firm's turn one after another without holding connections, so the
  // default waits hold; only the test as a whole needs time on a loaded machine.
  api = await startTestServer({ database: { poolMax: 20 } });
});
afterAll(() => api.close());
beforeEach(async () => {
  await resetDatabase();
  firm = await createFirm(api, 'Race');
});

describe('billing under concurrent load', () => {
  it('gives 50 concurrent issueInvoice calls 50 distinct consecutive numbers', async () => {
    const { client, matter } = await clientWithMatter(api, firm);
    const drafts = await Promise.all(
      Array.from({ length: 50 }, () =>
        api.prisma.invoice.create({
          data: {
            firmId: localId(firm.firmId),
            clientId: localId(client.id),
            matterId: localId(matter.id),
            currency: 'USD',
            periodEnd: new Date('2026-03-31'),
          },
        }),
      ),
    );
    const results = await Promise.all(
      drafts.map((draft) => attempt(api, firm.billing.token, 'issueInvoice', { invoiceId: globalId('Invoice', draft.id) })),
    );
    expect(results.map((r) => r.__typename)).toEqual(Array(50).fill('IssueInvoicePayload'));
    const numbers = (await api.prisma.invoice.findMany({ select: { number: true } }))
      .map((i) => i.number)
      .sort((a, b) => (a ?? 0) - (b ?? 0));
    expect(numbers).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
  }, 120_000);

  it('records exactly 37 of 100 concurrent disbursements against a balance covering 37, never below zero', async () => {
    const { client } = await clientWithMatter(api, firm);
    const { trustAccount } = await mutate<{ trustAccount: { id: string } }>(
      api,
      firm.billing.token,
      'createTrustAccount',
      { name: 'IOLTA', bankName: 'First Bank' },
      'trustAccount { id }',
    );
    await mutate(
      api,
      firm.billing.token,
      'depositToTrust',
      { accountId: trustAccount.id, clientId: client.id, amount: '370.00', receivedOn: '2026-03-01' },
      'entry { id }',
    );
    const results = await Promise.all(
      Array.from({ length: 100 }, (_, i) =>
        attempt(api, firm.billing.token, 'disburseFromTrust', {
          accountId: trustAccount.id,
          clientId: client.id,
          amount: '10.00',
          paidOn: '2026-03-02',
          payee: `Payee ${i}`,
        }),
      ),
    );
    const counts: Record<string, number> = {};
    for (const r of results) counts[r.__typename] = (counts[r.__typename] ?? 0) + 1;
    expect(counts).toEqual({ DisburseFromTrustPayload: 37, InsufficientTrustFundsError: 63 });
    const entries = await api.prisma.trustLedgerEntry.findMany({ where: { clientId: localId(client.id) } });
    expect(entries.filter((e) => e.kind === 'DISBURSEMENT')).toHaveLength(37);
    const balance = entries.reduce((total, e) => total + e.amountMinor, 0n);
    expect(balance).toBe(0n);
    const reconciliation = await api.gql<
      { trustReconciliation: { bookBalance: { amount: string }; clientLedgersTotal: { amount: string }; balanced: boolean } },
      unknown
    >(
      `query($id: ID!) { trustReconciliation(accountId: $id, statementDate: "2026-03-31", statementBalance: "0.00") {
        bookBalance { amount } clientLedgersTotal { amount } balanced } }`,
      { id: trustAccount.id },
      { token: firm.billing.token },
    );
    expect(reconciliation.data?.trustReconciliation).toEqual({
      bookBalance: { amount: '0.00' },
      clientLedgersTotal: { amount: '0.00' },
      balanced: true,
    });
  });
});
