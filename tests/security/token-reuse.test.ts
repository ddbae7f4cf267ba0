import { createHash, randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { resetDatabase, workerDatabaseUrl } from '../support/database.ts';
import { createFirm, type FirmFixture } from '../support/fixtures.ts';
import { waitForLockWaiters } from '../support/locks.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

const RESET = `mutation Reset($input: ResetPasswordInput!) {
  resetPassword(input: $input) { __typename ... on ResetPasswordPayload { email } ... on ValidationError { issues { path message } } }
}`;

let api: TestServer;
let firm: FirmFixture;

beforeAll(async () => {
  api = await startTestServer();
});
afterAll(() => api.close());
beforeEach(async () => {
  await resetDatabase();
  firm = await createFirm(api, 'Tokens');
});

describe('reset and invitation tokens', () => {
  it.each(['PASSWORD_RESET', 'INVITATION'] as const)('are spent once by 5 concurrent resetPassword calls (%s)', async (purpose) => {
    const user = await api.prisma.user.findUniqueOrThrow({ where: { email: firm.attorney.email } });
    const token = randomBytes(32).toString('base64url');
    const row = await api.prisma.userToken.create({
      data: {
        firmId: user.firmId,
        userId: user.id,
        purpose,
        tokenHash: createHash('sha256').update(token).digest('hex'),
        expiresAt: new Date(Date.now() + 3_600_000),
      },
    });
    // Hold the token's row so that all five requests reach the database before any of them commits.
    const db = new pg.Client({ connectionString: workerDatabaseUrl() });
    await db.connect();
    try {
      await db.query('BEGIN');
      await db.query('SELECT 1 FROM "UserToken" WHERE id = $1 FOR UPDATE', [row.id]);
      const attempts = Array.from({ length: 5 }, (_, i) => api.gql(RESET, { input: { token, password: `concurrent-password-${i}` } }));
      await waitForLockWaiters(db, 5);
      await db.query('COMMIT');
      const results = (await Promise.all(attempts)).map((r) => (r.data as { resetPassword: { __typename: string } }).resetPassword);
      expect(results.filter((r) => r.__typename === 'ResetPasswordPayload')).toHaveLength(1);
      expect(results.filter((r) => r.__typename === 'ValidationError')).toHaveLength(4);
      expect(await api.prisma.auditEvent.count({ where: { action: 'user.password_reset' } })).toBe(1);
    } finally {
      await db.end();
    }
  });
});
