import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { resetDatabase } from '../support/database.ts';
import { createFirm, type FirmFixture } from '../support/fixtures.ts';
import { collect, eventually, type RealtimeTestServer, startRealtimeServer, untilReceived, wsClient } from '../support/realtime.ts';
import { clientWithMatter, mutate } from './support.ts';

let api: RealtimeTestServer;
let firm: FirmFixture;
const sockets: { dispose(): unknown }[] = [];

const connect = (token: string) => {
  const socket = wsClient(api.wsUrl, token);
  sockets.push(socket);
  return socket;
};

beforeAll(async () => {
  api = await startRealtimeServer();
});
afterAll(async () => {
  await Promise.all(sockets.map((s) => s.dispose()));
  await api.close();
});
beforeEach(async () => {
  await resetDatabase();
  firm = await createFirm(api, 'Live');
});

const TRUST_CHANGED = `subscription($clientId: ID!) { trustBalanceChanged(clientId: $clientId) { kind amount { amount currency } } }`;

describe('billing subscriptions and fee agreements', () => {
  it("tells trustBalanceChanged subscribers of each movement of the client's trust money, and another firm nothing", async () => {
    const { client } = await clientWithMatter(api, firm);
    const { trustAccount } = await mutate<{ trustAccount: { id: string } }>(
      api,
      firm.billing.token,
      'createTrustAccount',
      { name: 'IOLTA', bankName: 'First Bank' },
      'trustAccount { id }',
    );
    const insider = collect<{ trustBalanceChanged: { kind: string; amount: { amount: string } } }>(
      connect(firm.readOnly.token),
      TRUST_CHANGED,
      {
        clientId: client.id,
      },
    );
    const stranger = await createFirm(api, 'Stranger');
    const outsider = collect(connect(stranger.admin.token), TRUST_CHANGED, { clientId: client.id });
    let cents = 100;
    await untilReceived(
      () =>
        mutate(
          api,
          firm.billing.token,
          'depositToTrust',
          { accountId: trustAccount.id, clientId: client.id, amount: `${(cents++).toFixed(0)}.00`, receivedOn: '2026-03-01' },
          'entry { id }',
        ),
      () => insider.results.length > 0,
    );
    expect(insider.results[0].data?.trustBalanceChanged).toMatchObject({ kind: 'DEPOSIT', amount: { currency: 'USD' } });
    // The stranger's subscription is refused outright: the client is not theirs.
    const refusal = await eventually(
      () => outsider.results.find((r) => r.errors)?.errors?.[0].message ?? (outsider.errors[0] as Error | undefined)?.message,
    );
    expect(refusal).toMatch(/Client not found/);
    expect(outsider.results.filter((r) => r.data)).toEqual([]);
  });

  it('tells timeEntryChanged subscribers of recorded time on the matter, and invoiceStatusChanged of the issued invoice', async () => {
    const { client, matter } = await clientWithMatter(api, firm);
    await mutate(
      api,
      firm.billing.token,
      'setRate',
      { timekeeperId: firm.attorney.id, rate: '100.00', effectiveFrom: '2026-01-01' },
      'rate { id }',
    );
    const times = collect<{ timeEntryChanged: { minutes: number; status: string } }>(
      connect(firm.billing.token),
      'subscription($m: ID!) { timeEntryChanged(matterId: $m) { minutes status } }',
      { m: matter.id },
    );
    const invoices = collect<{ invoiceStatusChanged: { status: string; number: number } }>(
      connect(firm.billing.token),
      'subscription($c: ID!) { invoiceStatusChanged(clientId: $c) { status number } }',
      { c: client.id },
    );
    const ids: string[] = [];
    await untilReceived(
      async () => {
        const { timeEntry } = await mutate<{ timeEntry: { id: string } }>(
          api,
          firm.billing.token,
          'createTimeEntry',
          { matterId: matter.id, timekeeperId: firm.attorney.id, date: '2026-02-02', minutes: 42, narrative: 'Work' },
          'timeEntry { id }',
        );
        ids.push(timeEntry.id);
      },
      () => times.results.length > 0,
    );
    expect(times.results[0].data?.timeEntryChanged).toEqual({ minutes: 42, status: 'DRAFT' });
    await mutate(api, firm.billing.token, 'approveTimeEntries', { ids }, 'timeEntries { id }');
    await times.next((d) => d.timeEntryChanged.status === 'APPROVED');
    const { invoice } = await mutate<{ invoice: { id: string } }>(
      api,
      firm.billing.token,
      'generateInvoice',
      { matterId: matter.id, periodEnd: '2026-02-28' },
      'invoice { id }',
    );
    await mutate(api, firm.billing.token, 'issueInvoice', { invoiceId: invoice.id }, 'invoice { id }');
    expect(await invoices.next()).toEqual({ invoiceStatusChanged: { status: 'ISSUED', number: 1 } });
  });

  it('stores and shows hourly, flat and contingency agreements with their amounts', async () => {
    const { matter } = await clientWithMatter(api, firm);
    const set = (input: Record<string, unknown>) =>
      mutate<{ feeAgreement: Record<string, unknown> }>(
        api,
        firm.billing.token,
        'setFeeAgreement',
        { matterId: matter.id, ...input },
        'feeAgreement { arrangement flatAmount { amount } contingencyPercent terms budget { amount } }',
      );
    expect((await set({ arrangement: 'FLAT', flatAmount: '5000.00', terms: 'Fixed fee for the closing' })).feeAgreement).toEqual({
      arrangement: 'FLAT',
      flatAmount: { amount: '5000.00' },
      contingencyPercent: null,
      terms: 'Fixed fee for the closing',
      budget: null,
    });
    expect((await set({ arrangement: 'CONTINGENCY', contingencyPercent: '33.3333', budget: '25000' })).feeAgreement).toEqual({
      arrangement: 'CONTINGENCY',
      flatAmount: null,
      contingencyPercent: '33.3333',
      terms: null,
      budget: { amount: '25000.00' },
    });
    const missing = await api.gql<{ setFeeAgreement: { __typename: string; issues?: { path: string[] }[] } }, unknown>(
      'mutation($input: SetFeeAgreementInput!) { setFeeAgreement(input: $input) { __typename ... on ValidationError { issues { path } } } }',
      { input: { matterId: matter.id, arrangement: 'FLAT', flatAmount: '12.345' } },
      { token: firm.billing.token },
    );
    expect(missing.data?.setFeeAgreement).toEqual({ __typename: 'ValidationError', issues: [{ path: ['flatAmount'] }] });
    expect(await api.prisma.feeAgreement.count()).toBe(1);
    const read = async (token: string) =>
      (
        await api.gql<{ feeAgreement: { arrangement: string } | null }, unknown>(
          'query($m: ID!) { feeAgreement(matterId: $m) { arrangement } }',
          { m: matter.id },
          { token },
        )
      ).data?.feeAgreement;
    expect(await read(firm.readOnly.token)).toEqual({ arrangement: 'CONTINGENCY' });
    expect(await read((await createFirm(api, 'Elsewhere')).admin.token)).toBeNull();
  });
});
