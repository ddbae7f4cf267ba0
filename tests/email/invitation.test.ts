import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.ts';
import { resetDatabase } from '../support/database.ts';
import { createFirm, expectType, type FirmFixture, PASSWORD } from '../support/fixtures.ts';
import { eventually, type SmtpSink, startSmtpSink } from '../support/receivers.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

const InviteUser = graphql(`
  mutation EmailInviteUser($input: InviteUserInput!) {
    inviteUser(input: $input) {
      __typename
      ... on InviteUserPayload { user { id email role } }
      ... on Error { message }
    }
  }
`);

const RequestReset = graphql(`
  mutation EmailRequestReset($input: RequestPasswordResetInput!) {
    requestPasswordReset(input: $input) { __typename ... on RequestPasswordResetPayload { accepted } }
  }
`);

const ResetPassword = graphql(`
  mutation EmailResetPassword($input: ResetPasswordInput!) {
    resetPassword(input: $input) {
      __typename
      ... on ResetPasswordPayload { email }
      ... on ValidationError { issues { path message } }
    }
  }
`);

const Login = graphql(`
  mutation EmailLogin($input: LoginInput!) { login(input: $input) { __typename } }
`);

const REJECTED = 'bounce@example.test';
let smtp: SmtpSink;
let api: TestServer;
let firm: FirmFixture;

beforeAll(async () => {
  smtp = await startSmtpSink([REJECTED]);
  api = await startTestServer({ worker: true, jobs: { SMTP_URL: smtp.url } });
});
afterAll(async () => {
  await api.close();
  await smtp.close();
});
beforeEach(async () => {
  await resetDatabase();
  firm = await createFirm(api, 'Mail');
  smtp.messages.length = 0;
});

const tokenFrom = (text: string) => /token=([\w-]+)/.exec(text)?.[1] ?? '';

describe('invitation email', () => {
  it('arrives at the SMTP server with the right recipient, subject and escaped content, and its link sets a password', async () => {
    const name = '<b>Ana</b> & "Co"';
    const result = await api.gql(
      InviteUser,
      { input: { name, email: 'Ana@Example.test', role: 'PARALEGAL' } },
      { token: firm.admin.token },
    );
    expect(expectType(result.data?.inviteUser, 'InviteUserPayload').user).toMatchObject({ email: 'ana@example.test', role: 'PARALEGAL' });

    const mail = await eventually(() => smtp.messages[0], 10_000, 'the invitation email');
    expect(mail.to && !Array.isArray(mail.to) ? mail.to.value[0].address : null).toBe('ana@example.test');
    expect(mail.subject).toBe('Mail Admin invited you to Mail LLP on LexGraph');
    expect(mail.html).toContain('&lt;b&gt;Ana&lt;/b&gt; &amp; &quot;Co&quot;');
    expect(mail.html).not.toContain('<b>Ana</b>');
    expect(mail.text).toContain(`Hello ${name},`);
    const token = tokenFrom(mail.text ?? '');
    expect(mail.text).toContain(`http://lexgraph.test/set-password?token=${token}`);

    const reset = await api.gql(ResetPassword, { input: { token, password: 'a-brand-new-password' } });
    expect(expectType(reset.data?.resetPassword, 'ResetPasswordPayload').email).toBe('ana@example.test');
    const login = await api.gql(Login, { input: { email: 'ana@example.test', password: 'a-brand-new-password' } });
    expect(login.data?.login.__typename).toBe('LoginPayload');
    const again = await api.gql(ResetPassword, { input: { token, password: 'another-password-1' } });
    expect(expectType(again.data?.resetPassword, 'ValidationError').issues[0].path).toEqual(['token']);

    const message = await api.prisma.emailMessage.findFirstOrThrow({ where: { to: 'ana@example.test' } });
    expect(message).toMatchObject({ status: 'SENT', template: 'invitation' });
  });

  it('is not sent when the mutation rolls back after enqueueing it', async () => {
    // Fails the transaction at its audit write, which comes after the email was queued.
    await api.prisma.$executeRawUnsafe(`
      CREATE OR REPLACE FUNCTION fail_invite() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN IF NEW.action = 'user.invited' THEN RAISE EXCEPTION 'audit store unavailable'; END IF; RETURN NEW; END $$`);
    await api.prisma.$executeRawUnsafe(
      'CREATE TRIGGER fail_invite BEFORE INSERT ON "AuditEvent" FOR EACH ROW EXECUTE FUNCTION fail_invite()',
    );
    try {
      const result = await api.gql(
        InviteUser,
        { input: { name: 'Rolled Back', email: 'rb@example.test', role: 'ATTORNEY' } },
        { token: firm.admin.token },
      );
      expect(result.errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    } finally {
      await api.prisma.$executeRawUnsafe('DROP TRIGGER fail_invite ON "AuditEvent"');
    }
    expect(await api.prisma.user.count({ where: { email: 'rb@example.test' } })).toBe(0);
    expect(await api.prisma.emailMessage.count()).toBe(0);
    expect(await api.prisma.backgroundJob.count()).toBe(0);
    const [{ count }] = await api.prisma.$queryRaw<{ count: bigint }[]>`SELECT count(*) FROM graphile_worker._private_jobs`;
    expect(count).toBe(0n);
    await new Promise((r) => setTimeout(r, 300));
    expect(smtp.messages).toHaveLength(0);
  });

  it('records a permanent SMTP rejection as failed after one attempt instead of retrying', async () => {
    await api.gql(InviteUser, { input: { name: 'Bounce', email: REJECTED, role: 'ATTORNEY' } }, { token: firm.admin.token });
    const message = await eventually(
      () => api.prisma.emailMessage.findFirst({ where: { to: REJECTED, status: 'FAILED' } }),
      10_000,
      'the rejected email to fail',
    );
    expect(message.lastError).toMatch(/550/);
    // The message row is marked first, then the job's own record as the task returns.
    const job = await eventually(
      () => api.prisma.backgroundJob.findFirst({ where: { task: 'send_email', status: { not: 'RUNNING' } } }),
      10_000,
      'the send_email job to finish',
    );
    expect(job).toMatchObject({ status: 'FAILED', attempts: 1 });
    expect(job.lastError).toMatch(/SMTP rejected the message/);
  });
});

describe('password reset', () => {
  it('emails a working reset link to a known address and nothing for an unknown one', async () => {
    const unknown = await api.gql(RequestReset, { input: { email: 'nobody@example.test' } });
    expect(unknown.data?.requestPasswordReset).toEqual({ __typename: 'RequestPasswordResetPayload', accepted: true });
    const known = await api.gql(RequestReset, { input: { email: firm.attorney.email } });
    expect(known.data?.requestPasswordReset).toEqual({ __typename: 'RequestPasswordResetPayload', accepted: true });

    const mail = await eventually(() => smtp.messages[0], 10_000, 'the reset email');
    expect(mail.subject).toBe('Reset your LexGraph password');
    await new Promise((r) => setTimeout(r, 200));
    expect(smtp.messages).toHaveLength(1);

    const reset = await api.gql(ResetPassword, { input: { token: tokenFrom(mail.text ?? ''), password: 'reset-password-123' } });
    expect(expectType(reset.data?.resetPassword, 'ResetPasswordPayload').email).toBe(firm.attorney.email);
    expect((await api.gql(Login, { input: { email: firm.attorney.email, password: PASSWORD } })).data?.login.__typename).toBe(
      'InvalidCredentialsError',
    );
  });
});
