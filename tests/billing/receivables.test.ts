import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { registry } from '../../src/core/registry.ts';
import { resetDatabase } from '../support/database.ts';
import { createFirm, type FirmFixture } from '../support/fixtures.ts';
import { globalId, localId } from '../support/ids.ts';
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
  firm = await createFirm(api, 'Aging');
});

const AS_OF = '2026-06-30';
const DAY = 86_400_000;

/** An issued invoice of `total` (USD) due on `dueOn` (30-day terms), with no lines: aging reads balances only. */
async function invoiceDue(client: string, matter: string, total: string, dueOn: string): Promise<string> {
  const draft = await api.prisma.invoice.create({
    data: {
      firmId: localId(firm.firmId),
      clientId: localId(client),
      matterId: localId(matter),
      currency: 'USD',
      periodEnd: new Date('2026-01-31'),
      totalMinor: BigInt(total.replace('.', '')),
      feesMinor: BigInt(total.replace('.', '')),
    },
  });
  const issuedOn = new Date(new Date(dueOn).getTime() - 30 * DAY).toISOString().slice(0, 10);
  const id = globalId('Invoice', draft.id);
  await mutate(api, firm.billing.token, 'issueInvoice', { invoiceId: id, issuedOn }, 'invoice { id }');
  return id;
}

const aging = async () => {
  const result = await api.gql<{ arAging: Record<string, { amount: string } | string>[] }, unknown>(
    `query($asOf: DateTime) { arAging(asOf: $asOf) { key name current { amount } days1To30 { amount } days31To60 { amount }
      days61To90 { amount } over90 { amount } total { amount } } }`,
    { asOf: AS_OF },
    { token: firm.billing.token },
  );
  expect(result.errors).toBeUndefined();
  return result.data?.arAging ?? [];
};

const amounts = (row: Record<string, { amount: string } | string> | undefined) =>
  row && ['current', 'days1To30', 'days31To60', 'days61To90', 'over90', 'total'].map((k) => (row[k] as { amount: string }).amount);

describe('receivables: payments, trust and AR aging', () => {
  it('puts each open invoice balance in its aging bucket, and payments, reversals and trust transfers move them', async () => {
    const { client, matter } = await clientWithMatter(api, firm);
    await invoiceDue(client.id, matter.id, '100.00', '2026-07-15'); // not yet due: current
    await invoiceDue(client.id, matter.id, '200.00', '2026-06-30'); // due today: current
    await invoiceDue(client.id, matter.id, '300.00', '2026-06-15'); // 15 days: 1-30
    const d = await invoiceDue(client.id, matter.id, '400.00', '2026-05-20'); // 41 days: 31-60
    await invoiceDue(client.id, matter.id, '500.00', '2026-04-10'); // 81 days: 61-90
    const f = await invoiceDue(client.id, matter.id, '600.00', '2026-03-01'); // 121 days: over 90
    const voided = await invoiceDue(client.id, matter.id, '700.00', '2026-01-01');
    await mutate(api, firm.billing.token, 'voidInvoice', { invoiceId: voided }, 'invoice { id }');
    expect((await aging()).map(amounts)).toEqual([['300.00', '300.00', '400.00', '500.00', '600.00', '2100.00']]);

    const { payment } = await mutate<{
      payment: { id: string; unallocated: { amount: string }; allocations: { edges: { node: Record<string, unknown> }[] } };
    }>(
      api,
      firm.billing.token,
      'recordPayment',
      {
        clientId: client.id,
        amount: '200.00',
        method: 'CHECK',
        receivedOn: '2026-06-01',
        reference: '1042',
        allocations: [{ invoiceId: d, amount: '150.00' }],
      },
      'payment { id unallocated { amount } allocations(first: 5) { edges { node { invoiceId amount { amount } } } } }',
    );
    expect(payment.unallocated.amount).toBe('50.00');
    expect(payment.allocations.edges).toEqual([{ node: { invoiceId: d, amount: { amount: '150.00' } } }]);
    expect((await api.prisma.invoice.findUniqueOrThrow({ where: { id: localId(d) } })).status).toBe('PARTIALLY_PAID');
    expect((await aging()).map(amounts)).toEqual([['300.00', '300.00', '250.00', '500.00', '600.00', '1950.00']]);

    await mutate(api, firm.billing.token, 'reversePayment', { paymentId: payment.id, reason: 'Cheque returned unpaid' }, 'payment { id }');
    expect((await api.prisma.invoice.findUniqueOrThrow({ where: { id: localId(d) } })).status).toBe('ISSUED');
    expect((await aging()).map(amounts)).toEqual([['300.00', '300.00', '400.00', '500.00', '600.00', '2100.00']]);

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
      { accountId: trustAccount.id, clientId: client.id, amount: '1000.00', receivedOn: '2026-06-02' },
      'entry { id }',
    );
    const tooMuch = await attempt(api, firm.billing.token, 'applyTrustToInvoice', {
      accountId: trustAccount.id,
      invoiceId: f,
      amount: '1000.01',
    });
    expect(tooMuch.__typename).toBe('InsufficientTrustFundsError');
    const overBalance = await attempt(api, firm.billing.token, 'applyTrustToInvoice', {
      accountId: trustAccount.id,
      invoiceId: f,
      amount: '600.01',
    });
    expect(overBalance.__typename).toBe('ValidationError');
    const applied = await mutate<{ invoice: { status: string }; entry: { kind: string; amount: { amount: string } } }>(
      api,
      firm.billing.token,
      'applyTrustToInvoice',
      { accountId: trustAccount.id, invoiceId: f, amount: '600.00', appliedOn: '2026-06-03' },
      'invoice { status } entry { kind amount { amount } }',
    );
    expect(applied).toMatchObject({ invoice: { status: 'PAID' }, entry: { kind: 'TRANSFER_TO_OPERATING', amount: { amount: '-600.00' } } });
    expect((await aging()).map(amounts)).toEqual([['300.00', '300.00', '400.00', '500.00', '0.00', '1500.00']]);
    const overdraft = await attempt(api, firm.billing.token, 'disburseFromTrust', {
      accountId: trustAccount.id,
      clientId: client.id,
      amount: '400.01',
      paidOn: '2026-06-04',
      payee: 'Expert',
    });
    expect(overdraft.__typename).toBe('InsufficientTrustFundsError');

    const over60 = registry().figure('receivablesOver60Days');
    expect(await over60?.(api.prisma, localId(firm.firmId), new Date(`${AS_OF}T12:00:00Z`))).toBe('500.00');
  });

  it('lets attorneys see only the billing of their matters and read-only staff read all of it', async () => {
    const { client, matter } = await clientWithMatter(api, firm);
    const invoiceId = await invoiceDue(client.id, matter.id, '100.00', '2026-07-15');
    const see = async (token: string) =>
      (await api.gql<{ invoices: { edges: unknown[] } }, unknown>('{ invoices(first: 5) { edges { node { id } } } }', {}, { token })).data
        ?.invoices.edges.length;
    expect(await see(firm.readOnly.token)).toBe(1);
    expect(await see(firm.attorney.token)).toBe(0);
    expect((await attempt(api, firm.readOnly.token, 'voidInvoice', { invoiceId })).__typename).toBe('FORBIDDEN');
    expect((await attempt(api, firm.attorney.token, 'voidInvoice', { invoiceId })).__typename).toBe('FORBIDDEN');
  });
});
