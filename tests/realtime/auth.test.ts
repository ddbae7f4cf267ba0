import { SignJWT } from 'jose';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { TokenService } from '../../src/auth/token.ts';
import { resetDatabase } from '../support/database.ts';
import { createFirm, type FirmFixture } from '../support/fixtures.ts';
import { collect, eventually, type RealtimeTestServer, rawSocket, startRealtimeServer, wsClient } from '../support/realtime.ts';
import { TEST_JWT_SECRET } from '../support/server.ts';

let api: RealtimeTestServer;
let firm: FirmFixture;

beforeAll(async () => {
  api = await startRealtimeServer({ realtime: { connectionInitTimeoutMs: 500, sessionCheckMs: 200 } });
});
afterAll(() => api.close());
beforeEach(async () => {
  await resetDatabase();
  firm = await createFirm(api, 'Auth');
});

async function closeCodeFor(connectionParams: Record<string, unknown> | null) {
  const raw = rawSocket(api.wsUrl);
  await raw.opened;
  if (connectionParams) raw.socket.send(JSON.stringify({ type: 'connection_init', payload: connectionParams }));
  return raw.closed;
}

describe('WebSocket authentication', () => {
  it('acknowledges a connection_init with a valid bearer token', async () => {
    const raw = rawSocket(api.wsUrl);
    await raw.opened;
    raw.socket.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${firm.attorney.token}` } }));
    await eventually(() => raw.messages.find((m) => (m as { type: string }).type === 'connection_ack'));
    raw.socket.close();
  });

  it('closes with 4401 when connection_init carries no token, a malformed one or a forged one', async () => {
    expect((await closeCodeFor({})).code).toBe(4401);
    expect((await closeCodeFor({ authorization: firm.attorney.token })).code).toBe(4401);
    expect((await closeCodeFor({ authorization: 'Bearer not-a-jwt' })).code).toBe(4401);
    const forged = await new SignJWT({ firm: 'x' })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('y')
      .setIssuer('lexgraph')
      .setExpirationTime('1h')
      .sign(new TextEncoder().encode('some-other-secret-that-is-long-enough-to-sign'));
    expect((await closeCodeFor({ authorization: `Bearer ${forged}` })).code).toBe(4401);
  });

  it('closes with 4401 for an expired token', async () => {
    const user = await api.prisma.user.findFirstOrThrow({ where: { email: firm.attorney.email } });
    const expired = await new SignJWT({ firm: user.firmId })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(user.id)
      .setIssuer('lexgraph')
      .setIssuedAt(Math.floor(Date.now() / 1000) - 7200)
      .setExpirationTime(Math.floor(Date.now() / 1000) - 3600)
      .sign(TEST_JWT_SECRET);
    expect((await closeCodeFor({ authorization: `Bearer ${expired}` })).code).toBe(4401);
  });

  it('closes with 4403 when the token is valid but the account is disabled', async () => {
    await api.prisma.user.updateMany({ where: { email: firm.paralegal.email }, data: { active: false } });
    expect(await closeCodeFor({ authorization: `Bearer ${firm.paralegal.token}` })).toMatchObject({ code: 4403 });
  });

  it('closes with 4408 when no connection_init arrives in time', async () => {
    expect((await closeCodeFor(null)).code).toBe(4408);
  });

  it('disconnects a connected user with 4403 once their account is disabled', async () => {
    const client = wsClient(api.wsUrl, firm.attorney.token);
    await client.connected;
    await api.prisma.user.updateMany({ where: { email: firm.attorney.email }, data: { active: false } });
    await eventually(() => client.closes[0], 5_000, 'the connection to close');
    expect(client.closes[0].code).toBe(4403);
    await client.dispose();
  });

  it('disconnects with 4401 when the token expires while connected', async () => {
    const user = await api.prisma.user.findFirstOrThrow({ where: { email: firm.attorney.email } });
    const shortLived = await new TokenService(TEST_JWT_SECRET, '2s').sign({ userId: user.id, firmId: user.firmId });
    const client = wsClient(api.wsUrl, shortLived);
    const metrics = collect(client, 'subscription { dashboardMetrics { openMatters } }');
    await metrics.next();
    await eventually(() => client.closes[0], 5_000, 'the connection to close');
    expect(client.closes[0]).toMatchObject({ code: 4401, reason: expect.stringMatching(/expired/) });
    await client.dispose();
  });
});
