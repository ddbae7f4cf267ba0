import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.ts';
import { resetDatabase } from '../support/database.ts';
import { createFirm, type FirmFixture } from '../support/fixtures.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

const MattersWithRelations = graphql(`
  query NPlusOneMatters($first: Int!) {
    matters(first: $first, orderBy: { field: NUMBER, direction: ASC }) {
      totalCount
      edges {
        node {
          number
          client { name }
          responsibleAttorney { name }
          members(first: 10) { totalCount edges { node { role user { name email } } } }
        }
      }
    }
  }
`);

const decodeId = (globalId: string) => Buffer.from(globalId, 'base64').toString('utf8').split(':')[1];

let api: TestServer;
let firm: FirmFixture;
const MATTERS = 120;

beforeAll(async () => {
  api = await startTestServer();
  await resetDatabase();
  firm = await createFirm(api, 'Counting');
  const firmId = decodeId(firm.firmId);
  const users = await api.prisma.user.findMany({ where: { firmId } });
  const attorneys = users.filter((u) => u.role === 'ATTORNEY' || u.role === 'ADMIN');
  const clients = await Promise.all(
    Array.from({ length: 25 }, (_, i) => api.prisma.client.create({ data: { firmId, kind: 'PERSON', name: `Client ${i}` } })),
  );
  for (let i = 0; i < MATTERS; i += 1) {
    await api.prisma.matter.create({
      data: {
        firmId,
        clientId: clients[i % clients.length].id,
        responsibleAttorneyId: i % 4 === 0 ? null : attorneys[i % attorneys.length].id,
        number: `2026-${String(i).padStart(4, '0')}`,
        title: `Matter ${i}`,
        members: {
          create: users.slice(0, 1 + (i % 3)).map((u, j) => ({ firmId, userId: u.id, role: j === 0 ? 'LEAD' : 'ATTORNEY' })),
        },
      },
    });
  }
});
afterAll(() => api.close());

async function statementsFor(first: number): Promise<{ count: number; statements: string[] }> {
  api.statements.length = 0;
  const result = await api.gql(MattersWithRelations, { first }, { token: firm.admin.token });
  expect(result.errors).toBeUndefined();
  const edges = result.data?.matters.edges ?? [];
  expect(edges).toHaveLength(first);
  // The data really is there: every matter has its client and team, most have an attorney.
  expect(edges.every((e) => e.node.client.name.startsWith('Client '))).toBe(true);
  expect(edges.every((e) => e.node.members.edges.length >= 1 && e.node.members.edges[0].node.user.name)).toBe(true);
  expect(edges.filter((e) => e.node.responsibleAttorney).length).toBe(first - Math.ceil(first / 4));
  return { count: api.statements.length, statements: [...api.statements] };
}

describe('matters with client, responsible attorney and members', () => {
  it('issues the same number of SQL statements for a page of 10 as for a page of 100', async () => {
    const small = await statementsFor(10);
    const large = await statementsFor(100);
    const tables = large.statements.map((sql) => /FROM "public"\."(\w+)"/.exec(sql)?.[1] ?? sql.slice(0, 30));
    console.info(`SQL statements per request: page of 10 → ${small.count}, page of 100 → ${large.count} (${tables.join(', ')})`);
    expect(large.count).toBe(small.count);
    // Bounded: a handful of batched queries, nowhere near one per matter.
    expect(large.count).toBeLessThanOrEqual(10);
  });

  it('accepts the page of 100 written with literal arguments, as a user would type it in GraphiQL', async () => {
    const result = await api.gql(
      `{ matters(first: 100) { edges { node { number title client { name } responsibleAttorney { name }
           members(first: 10) { edges { node { role user { name } } } } } } } }`,
      undefined,
      { token: firm.admin.token },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data).toMatchObject({ matters: { edges: expect.any(Array) } });
  });
});
