import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { resetDatabase } from '../support/database.ts';
import { createFirm, type FirmFixture } from '../support/fixtures.ts';
import { startTestServer, type TestServer } from '../support/server.ts';
import { clientWithMatter, mutate } from './support.ts';

let api: TestServer;
let firm: FirmFixture;

beforeAll(async () => {
  api = await startTestServer();
});
afterAll(() => api.close());
beforeEach(async () => {
  await resetDatabase();
  firm = await createFirm(api, 'Totals');
});

const money = '{ amount currency }';

async function setRate(input: Record<string, unknown>) {
  await mutate(api, firm.billing.token, 'setRate', input, 'rate { id }');
}

async function time(matterId: string, timekeeperId: string, date: string, minutes: number) {
  const { timeEntry } = await mutate<{
    timeEntry: { id: string; billedMinutes: number; rate: { amount: string }; amount: { amount: string } };
  }>(
    api,
    firm.billing.token,
    'createTimeEntry',
    { matterId, timekeeperId, date, minutes, narrative: `Work of ${date}`, taskCode: 'L110', activityCode: 'A101' },
    `timeEntry { id billedMinutes rate ${money} amount ${money} }`,
  );
  return timeEntry;
}

describe('rates, time and invoice totals', () => {
  it('resolves the rate in force by effective date and override level (matter over client over default)', async () => {
    const { client, matter } = await clientWithMatter(api, firm);
    const other = await clientWithMatter(api, firm);
    await setRate({ timekeeperId: firm.attorney.id, rate: '300.00', effectiveFrom: '2026-01-01' });
    await setRate({ timekeeperId: firm.attorney.id, rate: '310.00', effectiveFrom: '2026-04-01' });
    await setRate({ timekeeperId: firm.attorney.id, clientId: client.id, rate: '325.00', effectiveFrom: '2026-02-01' });
    await setRate({ timekeeperId: firm.attorney.id, matterId: matter.id, rate: '350.00', effectiveFrom: '2026-03-01' });
    const rateOn = async (matterId: string, date: string) => (await time(matterId, firm.attorney.id, date, 60)).rate.amount;
    expect(await rateOn(matter.id, '2026-01-31')).toBe('300.00');
    expect(await rateOn(matter.id, '2026-02-01')).toBe('325.00');
    expect(await rateOn(matter.id, '2026-03-01')).toBe('350.00');
    expect(await rateOn(matter.id, '2026-05-01')).toBe('350.00');
    expect(await rateOn(other.matter.id, '2026-02-15')).toBe('300.00');
    expect(await rateOn(other.matter.id, '2026-04-01')).toBe('310.00');
  });

  it('totals a fixture with mixed rates, increments, discounts and tax exactly to the cent', async () => {
    const { matter } = await clientWithMatter(api, firm);
    await setRate({ timekeeperId: firm.attorney.id, rate: '300.00', effectiveFrom: '2026-01-01' });
    await setRate({ timekeeperId: firm.attorney.id, rate: '325.00', effectiveFrom: '2026-02-01' });
    await setRate({ timekeeperId: firm.attorney.id, matterId: matter.id, rate: '350.00', effectiveFrom: '2026-03-01' });
    await setRate({ timekeeperId: firm.paralegal.id, rate: '125.50', effectiveFrom: '2026-01-01' });
    // 6-minute increments: 37 → 42 min (0.7 h), 61 → 66 (1.1 h), 5 → 6 (0.1 h), 20 → 24 (0.4 h).
    const e1 = await time(matter.id, firm.attorney.id, '2026-01-15', 37); // 0.7 × 300.00 = 210.00
    const e2 = await time(matter.id, firm.attorney.id, '2026-02-10', 61); // 1.1 × 325.00 = 357.50
    const e3 = await time(matter.id, firm.attorney.id, '2026-03-05', 5); // 0.1 × 350.00 = 35.00
    const e4 = await time(matter.id, firm.paralegal.id, '2026-03-05', 20); // 0.4 × 125.50 = 50.20
    await mutate(api, firm.billing.token, 'updateBillingSettings', { billingIncrementMinutes: 15 }, 'settings { billingIncrementMinutes }');
    const e5 = await time(matter.id, firm.paralegal.id, '2026-03-06', 10); // 15 min = 0.25 × 125.50 = 31.375 → 31.38
    expect([e1, e2, e3, e4, e5].map((e) => [e.billedMinutes, e.amount.amount])).toEqual([
      [42, '210.00'],
      [66, '357.50'],
      [6, '35.00'],
      [24, '50.20'],
      [15, '31.38'],
    ]);
    const court = await mutate<{ expense: { id: string; amount: { amount: string } } }>(
      api,
      firm.billing.token,
      'createExpense',
      { matterId: matter.id, date: '2026-03-10', expenseCode: 'E112', description: 'Filing fee', unitCost: '402.00' },
      `expense { id amount ${money} }`,
    );
    const copies = await mutate<{ expense: { id: string; amount: { amount: string } } }>(
      api,
      firm.billing.token,
      'createExpense',
      { matterId: matter.id, date: '2026-03-11', expenseCode: 'E101', description: 'Copies', quantity: '133', unitCost: '0.15' },
      `expense { id amount ${money} }`,
    );
    expect([court.expense.amount.amount, copies.expense.amount.amount]).toEqual(['402.00', '19.95']);
    await mutate(api, firm.billing.token, 'approveTimeEntries', { ids: [e1, e2, e3, e4, e5].map((e) => e.id) }, 'timeEntries { id }');
    await mutate(api, firm.billing.token, 'approveExpenses', { ids: [court.expense.id, copies.expense.id] }, 'expenses { id }');
    const generated = await mutate<{ invoice: { id: string; lines: { edges: { node: { id: string } }[] } } }>(
      api,
      firm.billing.token,
      'generateInvoice',
      { matterId: matter.id, periodEnd: '2026-03-31', discountPercent: '10', taxPercent: '8.875' },
      'invoice { id lines(first: 20) { edges { node { id } } } }',
    );
    const lineIds = generated.invoice.lines.edges.map((e) => e.node.id);
    const { invoice } = await mutate<{ invoice: Record<string, unknown> & { lines: { edges: { node: Record<string, unknown> }[] } } }>(
      api,
      firm.billing.token,
      'adjustInvoice',
      { invoiceId: generated.invoice.id, lineDiscounts: [{ lineId: lineIds[1], amount: '7.50' }] },
      `invoice { status fees ${money} expenses ${money} discount ${money} tax ${money} total ${money}
        lines(first: 20) { edges { node { kind amount { amount } lineDiscount { amount } invoiceDiscount { amount } tax { amount } total { amount } } } } }`,
    );
    // Per line: net = amount − line discount; invoice discount 10% of net, half-up; tax 8.875% of the rest, half-up.
    const expected = [
      ['FEE', '210.00', '0.00', '21.00', '16.77', '205.77'], // tax 189.00 × 8.875% = 16.77375
      ['FEE', '357.50', '7.50', '35.00', '27.96', '342.96'], // net 350.00; tax 315.00 × 8.875% = 27.95625
      ['FEE', '35.00', '0.00', '3.50', '2.80', '34.30'], // tax 31.50 × 8.875% = 2.795625
      ['FEE', '50.20', '0.00', '5.02', '4.01', '49.19'], // tax 45.18 × 8.875% = 4.009725
      ['FEE', '31.38', '0.00', '3.14', '2.51', '30.75'], // discount 3.138; tax 28.24 × 8.875% = 2.5063
      ['EXPENSE', '402.00', '0.00', '40.20', '32.11', '393.91'], // tax 361.80 × 8.875% = 32.10975
      ['EXPENSE', '19.95', '0.00', '2.00', '1.59', '19.54'], // discount 1.995 → 2.00; tax 17.95 × 8.875% = 1.5930625
    ];
    expect(
      invoice.lines.edges.map(({ node }) => [
        node.kind,
        ...['amount', 'lineDiscount', 'invoiceDiscount', 'tax', 'total'].map((f) => (node[f] as { amount: string }).amount),
      ]),
    ).toEqual(expected);
    expect(invoice).toMatchObject({
      status: 'DRAFT',
      fees: { amount: '684.08', currency: 'USD' },
      expenses: { amount: '421.95', currency: 'USD' },
      discount: { amount: '117.36', currency: 'USD' },
      tax: { amount: '87.75', currency: 'USD' },
      total: { amount: '1076.42', currency: 'USD' },
    });
  });
});
