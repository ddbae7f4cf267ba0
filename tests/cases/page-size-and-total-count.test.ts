import { describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.ts';
import {
  api,
  ClientsPage,
  clientIds,
  decodeId,
  expectedOrder,
  firm,
  MATTER_COUNT,
  MattersPage,
  matters,
  otherFirm,
  type PageResult,
  usePagingWorld,
  walk,
} from './paging-world.ts';

usePagingWorld();

const MatterMembersPage = graphql(`
  query PaginationMatterMembers($first: Int, $last: Int) {
    matters(first: 1) { edges { node { members(first: $first, last: $last) { totalCount } } } }
  }
`);

describe('page size limits', () => {
  const cases: [string, Record<string, number>][] = [
    ['first: 101', { first: 101 }],
    ['last: 101', { last: 101 }],
    ['first: -1', { first: -1 }],
    ['last: -5', { last: -5 }],
  ];
  for (const [label, args] of cases) {
    it(`refuses ${label} on matters, clients and a matter's members with a 400 BAD_USER_INPUT before running any query`, async () => {
      const name = Object.keys(args)[0];
      const value = Object.values(args)[0];
      const message = `\`${name}\` must be between 0 and 100; got ${value}`;
      const send = [
        () => api.gql(MattersPage, args, { token: firm.admin.token }),
        () => api.gql(ClientsPage, args, { token: firm.admin.token }),
        () => api.gql(MatterMembersPage, args, { token: firm.admin.token }),
      ];
      for (const request of send) {
        api.statements.length = 0;
        const result = await request();
        expect(result.status).toBe(400);
        expect(result.errors).toEqual([expect.objectContaining({ message, extensions: { code: 'BAD_USER_INPUT', argumentName: name } })]);
        expect(result.data).toBeUndefined();
        expect(api.statements.filter((sql) => /"(Matter|Client|MatterMember)"/.test(sql))).toEqual([]);
      }
    });
  }

  it("points the error at the nested connection's field, once, however many parents the page has", async () => {
    const query = 'query ($n: Int) { matters(first: 50) { edges { node { id members(first: $n) { totalCount } } } } }';
    const result = await api.gql(query, { n: 500 }, { token: firm.admin.token });
    expect(result.status).toBe(400);
    expect(result.errors).toEqual([
      expect.objectContaining({
        message: '`first` must be between 0 and 100; got 500',
        locations: [{ line: 1, column: query.indexOf('members') + 1 }],
      }),
    ]);
  });

  it('accepts exactly 100', async () => {
    const result = await api.gql(MattersPage, { first: 100 }, { token: firm.admin.token });
    expect(result.errors).toBeUndefined();
    expect(result.data?.matters.edges).toHaveLength(MATTER_COUNT);
    const nested = await api.gql(MatterMembersPage, { last: 100 }, { token: firm.admin.token });
    expect(nested.errors).toBeUndefined();
  });
});

describe('totalCount', () => {
  const count = async (filter: Record<string, unknown>) => {
    const result = await api.gql(MattersPage, { first: 3, filter }, { token: firm.admin.token });
    expect(result.errors).toBeUndefined();
    return result.data?.matters.totalCount;
  };
  const clientGlobalId = (id: string) => Buffer.from(`Client:${id}`).toString('base64');

  it('counts only the matters the filter lets through, not just the page', async () => {
    expect(await count({})).toBe(MATTER_COUNT);
    expect(await count({ status: 'OPEN' })).toBe(matters.filter((m) => m.status === 'OPEN').length);
    expect(await count({ status: 'CLOSED' })).toBe(matters.filter((m) => m.status === 'CLOSED').length);
    expect(await count({ clientId: clientGlobalId(clientIds[1]) })).toBe(matters.filter((m) => m.clientId === clientIds[1]).length);
    expect(await count({ search: 'kowalski' })).toBe(matters.filter((m) => m.title.includes('Kowalski')).length);
    expect(await count({ search: '2025-0' })).toBe(matters.filter((m) => m.number.includes('2025-0')).length);
    expect(await count({ status: 'PENDING', clientId: clientGlobalId(clientIds[1]) })).toBe(
      matters.filter((m) => m.status === 'PENDING' && m.clientId === clientIds[1]).length,
    );
    // Another firm's client filters to nothing, like one that does not exist.
    const foreign = await api.prisma.client.findFirstOrThrow({ where: { firmId: decodeId(otherFirm.firmId) } });
    expect(await count({ clientId: clientGlobalId(foreign.id) })).toBe(0);
  });

  it('keeps totalCount and the filtered pages consistent while walking', async () => {
    const filter = { status: 'OPEN' as const };
    const expected = expectedOrder(
      matters.filter((m) => m.status === 'OPEN').map((m) => ({ id: m.id, key: m.title })),
      'DESC',
    );
    const fetchPage = async (args: { first?: number; after?: string; last?: number; before?: string }) => {
      const result = await api.gql(
        MattersPage,
        { ...args, filter, orderBy: { field: 'TITLE', direction: 'DESC' } },
        { token: firm.admin.token },
      );
      const page = result.data?.matters as PageResult;
      expect(page.totalCount).toBe(expected.length);
      return page;
    };
    expect((await walk(fetchPage, 'forward')).ids).toEqual(expected);
    expect((await walk(fetchPage, 'backward')).ids).toEqual(expected);
  });
});
