import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { registry } from '../../src/core/registry.ts';
import { resetDatabase } from '../support/database.ts';
import { createFirm, createMatter, type FirmFixture } from '../support/fixtures.ts';
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
  firm = await createFirm(api, 'Time');
});

describe('time entries and timers', () => {
  it('runs one timer per user on the server and turns it into a priced draft entry when stopped', async () => {
    const { client } = await clientWithMatter(api, firm);
    const matter = await createMatter(api, firm.attorney.token, { clientId: client.id, title: 'Timed matter' });
    await mutate(
      api,
      firm.billing.token,
      'setRate',
      { timekeeperId: firm.attorney.id, rate: '300.00', effectiveFrom: '2020-01-01' },
      'rate { id }',
    );
    const { timeEntry: running } = await mutate<{ timeEntry: { id: string; timerStartedAt: string | null } }>(
      api,
      firm.attorney.token,
      'startTimer',
      { matterId: matter.id, narrative: 'Reviewing the contract', taskCode: 'L120' },
      'timeEntry { id timerStartedAt }',
    );
    expect(running.timerStartedAt).not.toBeNull();
    expect((await attempt(api, firm.attorney.token, 'startTimer', { matterId: matter.id })).__typename).toBe('ConflictError');
    // A reconnecting client finds its timer on the server.
    const found = await api.gql<{ runningTimer: { id: string } | null }, unknown>(
      '{ runningTimer { id } }',
      {},
      { token: firm.attorney.token },
    );
    expect(found.data?.runningTimer?.id).toBe(running.id);
    // Started seven minutes ago, as if the user had been working meanwhile.
    await api.prisma.timeEntry.update({
      where: { id: localId(running.id) },
      data: { timerStartedAt: new Date(Date.now() - 7 * 60_000 + 500) },
    });
    const { timeEntry } = await mutate<{ timeEntry: Record<string, unknown> }>(
      api,
      firm.attorney.token,
      'stopTimer',
      {},
      'timeEntry { id minutes billedMinutes status narrative timerStartedAt amount { amount } }',
    );
    expect(timeEntry).toEqual({
      id: running.id,
      minutes: 7,
      billedMinutes: 12,
      status: 'DRAFT',
      narrative: 'Reviewing the contract',
      timerStartedAt: null,
      amount: { amount: '60.00' },
    });
    expect(
      (await api.gql<{ runningTimer: null }, unknown>('{ runningTimer { id } }', {}, { token: firm.attorney.token })).data?.runningTimer,
    ).toBeNull();
    expect((await attempt(api, firm.attorney.token, 'stopTimer', {})).__typename).toBe('ConflictError');
    const hours = registry().figure('hoursThisWeek');
    expect(await hours?.(api.prisma, localId(firm.firmId), new Date())).toBe(0.1);
  });

  it('validates codes, minutes and rates, and lets only billing staff record time for others', async () => {
    const { matter } = await clientWithMatter(api, firm);
    const base = { matterId: matter.id, date: '2026-03-02', minutes: 30, narrative: 'Work' };
    const issues = async (input: Record<string, unknown>) => {
      const result = await api.gql<{ createTimeEntry: { __typename: string; issues?: { path: string[] }[] } }, unknown>(
        'mutation($input: CreateTimeEntryInput!) { createTimeEntry(input: $input) { __typename ... on ValidationError { issues { path } } } }',
        { input },
        { token: firm.billing.token },
      );
      return result.data?.createTimeEntry.issues?.map((i) => i.path.join('.'));
    };
    expect(await issues({ ...base, taskCode: 'L999', activityCode: 'X1', minutes: 0 })).toEqual(['minutes', 'taskCode', 'activityCode']);
    expect(await issues(base)).toEqual(['date']); // no rate in force for a billable entry
    expect(await api.prisma.timeEntry.count()).toBe(0);
    const { client } = await clientWithMatter(api, firm);
    const own = await createMatter(api, firm.paralegal.token, { clientId: client.id, title: "The paralegal's matter" });
    const forOther = await attempt(api, firm.paralegal.token, 'createTimeEntry', {
      ...base,
      matterId: own.id,
      timekeeperId: firm.attorney.id,
    });
    expect(forOther.__typename).toBe('FORBIDDEN');
    expect((await attempt(api, firm.readOnly.token, 'createTimeEntry', base)).__typename).toBe('FORBIDDEN');
  });

  it('approves at most 500 entries a call, all or none', async () => {
    const ids = Array.from({ length: 501 }, (_, i) => globalId('TimeEntry', `0190f5a8-0000-7000-8000-${String(i).padStart(12, '0')}`));
    const tooMany = await api.gql<{ approveTimeEntries: { __typename: string; issues?: { message: string }[] } }, unknown>(
      'mutation($input: ApproveTimeEntriesInput!) { approveTimeEntries(input: $input) { __typename ... on ValidationError { issues { message } } } }',
      { input: { ids } },
      { token: firm.billing.token },
    );
    expect(tooMany.data?.approveTimeEntries).toEqual({ __typename: 'ValidationError', issues: [{ message: 'At most 500 ids a call' }] });
    expect((await attempt(api, firm.billing.token, 'approveTimeEntries', { ids: ids.slice(0, 2) })).__typename).toBe('NotFoundError');
  });

  it('writes off unbilled entries so that no invoice gathers them, and refuses entries reserved by a draft', async () => {
    const { matter } = await clientWithMatter(api, firm);
    await mutate(
      api,
      firm.billing.token,
      'setRate',
      { timekeeperId: firm.attorney.id, rate: '100.00', effectiveFrom: '2026-01-01' },
      'rate { id }',
    );
    const entry = (date: string) =>
      mutate<{ timeEntry: { id: string } }>(
        api,
        firm.billing.token,
        'createTimeEntry',
        { matterId: matter.id, timekeeperId: firm.attorney.id, date, minutes: 30, narrative: 'Work' },
        'timeEntry { id }',
      ).then((r) => r.timeEntry.id);
    const [kept, dropped] = [await entry('2026-02-02'), await entry('2026-02-03')];
    await mutate(api, firm.billing.token, 'approveTimeEntries', { ids: [kept, dropped] }, 'timeEntries { id }');
    const { timeEntries } = await mutate<{ timeEntries: { status: string }[] }>(
      api,
      firm.billing.token,
      'writeOffTimeEntries',
      { ids: [dropped] },
      'timeEntries { status }',
    );
    expect(timeEntries).toEqual([{ status: 'WRITTEN_OFF' }]);
    const { invoice } = await mutate<{ invoice: { id: string; total: { amount: string } } }>(
      api,
      firm.billing.token,
      'generateInvoice',
      { matterId: matter.id, periodEnd: '2026-02-28' },
      'invoice { id total { amount } }',
    );
    expect(invoice.total.amount).toBe('50.00');
    expect((await attempt(api, firm.billing.token, 'writeOffTimeEntries', { ids: [kept] })).__typename).toBe('ConflictError');
  });
});
