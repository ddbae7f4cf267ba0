import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.ts';
import { resetDatabase } from '../support/database.ts';
import { createClient, createFirm, createMatter, expectType } from '../support/fixtures.ts';
import { localId } from '../support/ids.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

const CreateMatter = graphql(`
  mutation NumbersCreateMatter($input: CreateMatterInput!) {
    createMatter(input: $input) {
      __typename
      ... on CreateMatterPayload { matter { id number } }
      ... on Error { message }
    }
  }
`);

let api: TestServer;

beforeAll(async () => {
  api = await startTestServer();
});
afterAll(() => api.close());
beforeEach(() => resetDatabase());

const sequenceOf = (number: string) => Number(/^\d{4}-(\d+)$/.exec(number)?.[1]);

describe('automatic matter numbers', () => {
  it('gives 20 concurrent creations in one firm 20 distinct, consecutive numbers', async () => {
    const firm = await createFirm(api, 'Busy');
    const { id: clientId } = await createClient(api, firm.admin.token);
    const first = await createMatter(api, firm.admin.token, { clientId, openedAt: '2026-03-01' });
    expect(first.number).toBe('2026-0001');

    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        api.gql(CreateMatter, { input: { clientId, title: `Concurrent ${i}`, openedAt: '2026-03-02' } }, { token: firm.admin.token }),
      ),
    );
    expect(results.flatMap((r) => r.errors ?? [])).toEqual([]);
    const numbers = results.map((r) => expectType(r.data?.createMatter, 'CreateMatterPayload').matter.number);
    expect(new Set(numbers).size).toBe(20);
    expect(numbers.map(sequenceOf).sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => i + 2));
    expect(numbers.every((n) => n.startsWith('2026-'))).toBe(true);

    const firmRow = await api.prisma.firm.findUniqueOrThrow({ where: { id: localId(firm.firmId) } });
    expect(firmRow.matterSequence).toBe(21);
    expect(await api.prisma.matter.count()).toBe(21);
  });

  it("numbers each firm's matters from its own sequence", async () => {
    const one = await createFirm(api, 'One');
    const two = await createFirm(api, 'Two');
    const clientOne = await createClient(api, one.admin.token);
    const clientTwo = await createClient(api, two.admin.token);
    const numbers = await Promise.all([
      createMatter(api, one.admin.token, { clientId: clientOne.id, openedAt: '2026-05-05' }),
      createMatter(api, two.admin.token, { clientId: clientTwo.id, openedAt: '2026-05-05' }),
    ]);
    expect(numbers.map((m) => m.number)).toEqual(['2026-0001', '2026-0001']);
  });
});
