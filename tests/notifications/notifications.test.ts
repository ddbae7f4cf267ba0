import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { MAX_RECIPIENTS_PER_CALL, queueEmails } from '../../src/resolvers/notifications/index.ts';
import { graphql } from '../gql/index.ts';
import { resetDatabase } from '../support/database.ts';
import { createClient, createFirm, createMatter, expectType, type FirmFixture } from '../support/fixtures.ts';
import { eventually, type SmtpSink, startSmtpSink } from '../support/receivers.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

const AddMember = graphql(`
  mutation NotifyAddMember($input: AddMatterMemberInput!) { addMatterMember(input: $input) { __typename } }
`);

const MyNotifications = graphql(`
  query NotifyList($unreadOnly: Boolean) {
    notifications(first: 10, unreadOnly: $unreadOnly) { totalCount edges { node { id type title body entityId readAt } } }
  }
`);

const MarkRead = graphql(`
  mutation NotifyMarkRead($input: MarkNotificationReadInput!) {
    markNotificationRead(input: $input) {
      __typename
      ... on MarkNotificationReadPayload { notification { readAt } }
      ... on Error { message }
    }
  }
`);

const MarkAll = graphql(`
  mutation NotifyMarkAll($input: MarkAllNotificationsReadInput!) {
    markAllNotificationsRead(input: $input) { __typename ... on MarkAllNotificationsReadPayload { count } }
  }
`);

const SetPreference = graphql(`
  mutation NotifySetPreference($input: SetNotificationPreferenceInput!) {
    setNotificationPreference(input: $input) {
      __typename
      ... on SetNotificationPreferencePayload { preference { type email } }
      ... on ValidationError { issues { path message } }
    }
  }
`);

const Preferences = graphql(`
  query NotifyPreferences { notificationPreferences { type email } }
`);

let smtp: SmtpSink;
let api: TestServer;
let firm: FirmFixture;

beforeAll(async () => {
  smtp = await startSmtpSink();
  api = await startTestServer({ worker: true, jobs: { SMTP_URL: smtp.url } });
});
afterAll(async () => {
  await api.close();
  await smtp.close();
});
beforeEach(async () => {
  await resetDatabase();
  firm = await createFirm(api, 'Notify');
  smtp.messages.length = 0;
});

async function addToNewMatter(userId: string) {
  const client = await createClient(api, firm.attorney.token);
  const matter = await createMatter(api, firm.attorney.token, { clientId: client.id, title: 'Hale v. Stone' });
  const added = await api.gql(AddMember, { input: { matterId: matter.id, userId } }, { token: firm.attorney.token });
  expect(added.data?.addMatterMember.__typename).toBe('AddMatterMemberPayload');
  return matter;
}

describe('notifications', () => {
  it('tell a user they were added to a matter, in the app and by email, but not the one who added them', async () => {
    const matter = await addToNewMatter(firm.paralegal.id);
    const list = await api.gql(MyNotifications, {}, { token: firm.paralegal.token });
    const [notice] = list.data?.notifications.edges.map((e) => e.node) ?? [];
    expect(notice).toMatchObject({
      type: 'matter.member_added',
      title: `You were added to ${matter.number} Hale v. Stone`,
      entityId: matter.id,
      readAt: null,
    });
    const mail = await eventually(() => smtp.messages[0], 10_000, 'the notification email');
    expect(mail.subject).toBe(notice.title);
    expect(mail.to && !Array.isArray(mail.to) ? mail.to.value[0].address : null).toBe(firm.paralegal.email);
    expect((await api.gql(MyNotifications, {}, { token: firm.attorney.token })).data?.notifications.totalCount).toBe(0);
  });

  it('are marked read one at a time or all at once, and only by their owner', async () => {
    await addToNewMatter(firm.paralegal.id);
    await addToNewMatter(firm.paralegal.id);
    const list = await api.gql(MyNotifications, { unreadOnly: true }, { token: firm.paralegal.token });
    const [first] = list.data?.notifications.edges.map((e) => e.node) ?? [];
    expect(list.data?.notifications.totalCount).toBe(2);

    const foreign = await api.gql(MarkRead, { input: { id: first.id } }, { token: firm.billing.token });
    expect(expectType(foreign.data?.markNotificationRead, 'NotFoundError').message).toBe('Notification not found');
    const read = await api.gql(MarkRead, { input: { id: first.id } }, { token: firm.paralegal.token });
    expect(expectType(read.data?.markNotificationRead, 'MarkNotificationReadPayload').notification.readAt).toEqual(expect.any(String));
    expect((await api.gql(MyNotifications, { unreadOnly: true }, { token: firm.paralegal.token })).data?.notifications.totalCount).toBe(1);

    const all = await api.gql(MarkAll, { input: {} }, { token: firm.paralegal.token });
    expect(all.data?.markAllNotificationsRead).toEqual({ __typename: 'MarkAllNotificationsReadPayload', count: 1 });
    expect((await api.gql(MyNotifications, { unreadOnly: true }, { token: firm.paralegal.token })).data?.notifications.totalCount).toBe(0);
    expect(await api.prisma.auditEvent.count({ where: { action: { startsWith: 'notification.' } } })).toBe(2);
  });

  it('reach a user by email only as their preferences say', async () => {
    const set = await api.gql(SetPreference, { input: { type: 'matter.member_added', email: 'OFF' } }, { token: firm.paralegal.token });
    expect(expectType(set.data?.setNotificationPreference, 'SetNotificationPreferencePayload').preference).toEqual({
      type: 'matter.member_added',
      email: 'OFF',
    });
    const prefs = await api.gql(Preferences, {}, { token: firm.paralegal.token });
    expect(prefs.data?.notificationPreferences).toContainEqual({ type: 'matter.member_added', email: 'OFF' });
    expect(prefs.data?.notificationPreferences).toContainEqual({ type: 'matter.closed', email: 'IMMEDIATE' });

    await addToNewMatter(firm.paralegal.id);
    expect((await api.gql(MyNotifications, {}, { token: firm.paralegal.token })).data?.notifications.totalCount).toBe(1);
    expect(await api.prisma.emailMessage.count()).toBe(0);

    const bad = await api.gql(SetPreference, { input: { type: 'matter.exploded', email: 'OFF' } }, { token: firm.paralegal.token });
    expect(expectType(bad.data?.setNotificationPreference, 'ValidationError').issues[0].path).toEqual(['type']);
  });
});

describe('notification digest (cron task)', () => {
  it('collects the notifications a user set to DIGEST into one email, once', async () => {
    await api.gql(SetPreference, { input: { type: 'matter.member_added', email: 'DIGEST' } }, { token: firm.paralegal.token });
    const first = await addToNewMatter(firm.paralegal.id);
    const second = await addToNewMatter(firm.paralegal.id);
    expect(await api.prisma.emailMessage.count()).toBe(0);

    await api.prisma.$executeRaw`SELECT graphile_worker.add_job('notification_digest', '{}'::json)`;
    const mail = await eventually(() => smtp.messages[0], 10_000, 'the digest');
    expect(mail.subject).toBe('Your LexGraph digest: 2 notifications');
    expect(mail.text).toContain(`- You were added to ${first.number} Hale v. Stone`);
    expect(mail.text).toContain(`- You were added to ${second.number} Hale v. Stone`);
    expect(await api.prisma.notification.count({ where: { digestedAt: null } })).toBe(0);

    await api.prisma.$executeRaw`SELECT graphile_worker.add_job('notification_digest', '{}'::json)`;
    await eventually(
      async () => (await api.prisma.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM graphile_worker._private_jobs`)[0].n === 0n,
      10_000,
      'the second run',
    );
    expect(smtp.messages).toHaveLength(1);
  });
});

describe('bulk email', () => {
  it(`queues one job per message and refuses more than ${MAX_RECIPIENTS_PER_CALL} recipients a call`, async () => {
    const { firmId } = await api.prisma.user.findFirstOrThrow({ where: { email: firm.admin.email } });
    const message = (i: number) => ({
      firmId,
      to: `r${i}@example.test`,
      template: 'notification' as const,
      vars: { name: `R${i}`, title: 'Hello', body: 'Body', link: 'http://lexgraph.test' },
    });
    await expect(
      api.prisma.$transaction((tx) =>
        queueEmails(
          tx,
          api.jobs,
          Array.from({ length: MAX_RECIPIENTS_PER_CALL + 1 }, (_, i) => message(i)),
        ),
      ),
    ).rejects.toThrow(RangeError);
    expect(await api.prisma.emailMessage.count()).toBe(0);

    await api.prisma.$transaction((tx) => queueEmails(tx, api.jobs, [message(1), message(2), message(3)]));
    expect(await api.prisma.backgroundJob.count({ where: { task: 'send_email' } })).toBe(3);
    await eventually(() => smtp.messages.length === 3, 10_000, 'three emails');
  });
});
