import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resetDatabase } from '../support/database.ts';
import { createFirm, type FirmFixture } from '../support/fixtures.ts';
import { eventually, rawSocket } from '../support/realtime.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

let api: TestServer;
let wsUrl: string;
let firm: FirmFixture;

beforeAll(async () => {
  api = await startTestServer();
  wsUrl = `${api.url.replace(/^http/, 'ws')}/graphql`;
  await resetDatabase();
  firm = await createFirm(api, 'Params');
});
afterAll(async () => {
  await api?.close();
});

describe('connection_init authorization', () => {
  it.each(['authorization', 'Authorization', 'AUTHORIZATION'])(
    'accepts the token under %s, as clients copy it from their HTTP headers',
    async (key) => {
      const raw = rawSocket(wsUrl);
      await raw.opened;
      raw.socket.send(JSON.stringify({ type: 'connection_init', payload: { [key]: `Bearer ${firm.admin.token}` } }));
      await eventually(() => raw.messages.find((m) => (m as { type: string }).type === 'connection_ack'));
      raw.socket.close();
    },
  );

  it('still refuses a connection without one with 4401 and says what to send', async () => {
    const raw = rawSocket(wsUrl);
    await raw.opened;
    raw.socket.send(JSON.stringify({ type: 'connection_init', payload: { Authentication: `Bearer ${firm.admin.token}` } }));
    expect(await raw.closed).toEqual({ code: 4401, reason: expect.stringContaining('authorization') });
  });
});
