import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ClientOrderField, MatterOrderField, OrderDirection } from '../gql/graphql.ts';
import { graphql } from '../gql/index.ts';
import { resetDatabase } from '../support/database.ts';
import { createFirm, type FirmFixture } from '../support/fixtures.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

const MattersPage = graphql(`
  query PaginationMatters($first: Int, $after: String, $last: Int, $before: String, $orderBy: MatterOrder, $filter: MatterFilter) {
    matters(first: $first, after: $after, last: $last, before: $before, orderBy: $orderBy, filter: $filter) {
      totalCount
      edges { cursor node { id } }
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    }
  }
`);

const ClientsPage = graphql(`
  query PaginationClients($first: Int, $after: String, $last: Int, $before: String, $orderBy: ClientOrder) {
    clients(first: $first, after: $after, last: $last, before: $before, orderBy: $orderBy) {
      totalCount
      edges { cursor node { id } }
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    }
  }
`);

const UsersPage = graphql(`
  query PaginationUsers($first: Int, $after: String, $last: Int, $before: String) {
    users(first: $first, after: $after, last: $last, before: $before) {
      totalCount
      edges { cursor node { id } }
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    }
  }
`);

const AuditPage = graphql(`
  query PaginationAudit($first: Int, $after: String, $last: Int, $before: String, $filter: AuditEventFilter) {
    auditEvents(first: $first, after: $after, last: $last, before: $before, filter: $filter) {
      totalCount
      edges { cursor node { id } }
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    }
  }
`);

const MatterMembersPage = graphql(`
  query PaginationMatterMembers($first: Int, $last: Int) {
    matters(first: 1) { edges { node { members(first: $first, last: $last) { totalCount } } } }
  }
`);

const MATTER_COUNT = 60;
const CLIENT_COUNT = 61;
const PAGE = 7;

interface Row {
  id: string;
  key: string | number;
}

const decodeId = (globalId: string) => Buffer.from(globalId, 'base64').toString('utf8').split(':')[1];

/** The order the API promises: the sort key, then id, both in the requested direction. */
function expectedOrder(rows: Row[], direction: OrderDirection): string[] {
  const sign = direction === 'ASC' ? 1 : -1;
  return [...rows]
    .sort((a, b) => {
      if (a.key !== b.key) return (a.key < b.key ? -1 : 1) * sign;
      return (a.id < b.id ? -1 : 1) * sign;
    })
    .map((r) => r.id);
}

interface PageResult {
  totalCount: number;
  edges: { cursor: string; node: { id: string } }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor?: string | null; endCursor?: string | null };
}

/** Walks a connection to its end with `first`/`after`, and from its end with `last`/`before`. */
async function walk(
  fetchPage: (args: { first?: number; after?: string; last?: number; before?: string }) => Promise<PageResult>,
  direction: 'forward' | 'backward',
): Promise<{ ids: string[]; pages: number }> {
  const ids: string[] = [];
  let cursor: string | undefined;
  for (let pages = 1; pages <= 50; pages += 1) {
    const page =
      direction === 'forward' ? await fetchPage({ first: PAGE, after: cursor }) : await fetchPage({ last: PAGE, before: cursor });
    const pageIds = page.edges.map((e) => decodeId(e.node.id));
    if (direction === 'forward') ids.push(...pageIds);
    else ids.unshift(...pageIds);
    const more = direction === 'forward' ? page.pageInfo.hasNextPage : page.pageInfo.hasPreviousPage;
    if (more) expect(page.edges).toHaveLength(PAGE);
    if (!more) return { ids, pages };
    cursor = (direction === 'forward' ? page.pageInfo.endCursor : page.pageInfo.startCursor) ?? undefined;
    expect(cursor).toBeTruthy();
  }
  throw new Error('pagination did not end after 50 pages');
}

let api: TestServer;
let firm: FirmFixture;
let otherFirm: FirmFixture;
let clientIds: string[];
let matters: {
  id: string;
  openedAt: Date;
  number: string;
  title: string;
  updatedAt: Date;
  status: 'OPEN' | 'PENDING' | 'CLOSED';
  clientId: string;
}[];
let clients: { id: string; name: string; createdAt: Date; updatedAt: Date }[];

beforeAll(async () => {
  api = await startTestServer();
  await resetDatabase();
  firm = await createFirm(api, 'Paging');
  otherFirm = await createFirm(api, 'Elsewhere');
  const firmId = decodeId(firm.firmId);
  const otherFirmId = decodeId(otherFirm.firmId);

  // Clients with deliberately tied names and timestamps; random v4 ids so id order is unrelated to insertion order.
  const base = Date.UTC(2025, 0, 1);
  clients = Array.from({ length: CLIENT_COUNT }, (_, i) => ({
    id: randomUUID(),
    name: `Client ${String(i % 6).padStart(2, '0')}`,
    createdAt: new Date(base + (i % 4) * 86_400_000),
    updatedAt: new Date(base + (i % 3) * 3_600_000),
  }));
  await api.prisma.client.createMany({ data: clients.map((c) => ({ ...c, firmId, kind: 'ORGANIZATION' as const })) });
  clientIds = clients.slice(0, 3).map((c) => c.id);

  const statuses = ['OPEN', 'PENDING', 'CLOSED'] as const;
  matters = Array.from({ length: MATTER_COUNT }, (_, i) => ({
    id: randomUUID(),
    number: `2025-${String((i * 37) % 1000).padStart(4, '0')}`,
    title: i % 10 === 0 ? `Estate of Kowalski ${i}` : `Matter ${String(i % 5).padStart(2, '0')}`,
    openedAt: new Date(base + (i % 7) * 86_400_000),
    updatedAt: new Date(base + (i % 4) * 60_000),
    status: statuses[i % 3],
    clientId: clientIds[i % 3],
  }));
  await api.prisma.matter.createMany({ data: matters.map((m) => ({ ...m, firmId })) });

  // The other firm has matters and clients of its own, which must never show up.
  const foreignClient = await api.prisma.client.create({ data: { firmId: otherFirmId, kind: 'PERSON', name: 'Client 00' } });
  await api.prisma.matter.createMany({
    data: Array.from({ length: 5 }, (_, i) => ({
      firmId: otherFirmId,
      clientId: foreignClient.id,
      number: `2025-${String(i).padStart(4, '0')}`,
      title: 'Matter 00',
      openedAt: new Date(base),
      updatedAt: new Date(base),
    })),
  });
});
afterAll(() => api.close());

const MATTER_FIELDS: MatterOrderField[] = ['OPENED_AT', 'NUMBER', 'TITLE', 'UPDATED_AT'];
const CLIENT_FIELDS: ClientOrderField[] = ['NAME', 'CREATED_AT', 'UPDATED_AT'];
const DIRECTIONS: OrderDirection[] = ['ASC', 'DESC'];

const matterKey = (field: MatterOrderField, m: (typeof matters)[number]) =>
  field === 'OPENED_AT' ? m.openedAt.getTime() : field === 'UPDATED_AT' ? m.updatedAt.getTime() : field === 'NUMBER' ? m.number : m.title;
const clientKey = (field: ClientOrderField, c: (typeof clients)[number]) =>
  field === 'NAME' ? c.name : field === 'CREATED_AT' ? c.createdAt.getTime() : c.updatedAt.getTime();

describe('matters pagination', () => {
  for (const field of MATTER_FIELDS) {
    for (const direction of DIRECTIONS) {
      it(`walks every matter by ${field} ${direction} forward and backward in the same order, with no duplicates or gaps`, async () => {
        const expected = expectedOrder(
          matters.map((m) => ({ id: m.id, key: matterKey(field, m) })),
          direction,
        );
        const fetchPage = async (args: { first?: number; after?: string; last?: number; before?: string }) => {
          const result = await api.gql(MattersPage, { ...args, orderBy: { field, direction } }, { token: firm.admin.token });
          expect(result.errors).toBeUndefined();
          const page = result.data?.matters as PageResult;
          expect(page.totalCount).toBe(MATTER_COUNT);
          return page;
        };
        const forward = await walk(fetchPage, 'forward');
        expect(forward.pages).toBe(Math.ceil(MATTER_COUNT / PAGE));
        expect(new Set(forward.ids).size).toBe(forward.ids.length);
        expect(forward.ids).toEqual(expected);

        const backward = await walk(fetchPage, 'backward');
        expect(backward.pages).toBe(Math.ceil(MATTER_COUNT / PAGE));
        expect(new Set(backward.ids).size).toBe(backward.ids.length);
        expect(backward.ids).toEqual(expected);
      });
    }
  }

  it('lists matters most recently opened first (ties by id, descending) when no order is given', async () => {
    const result = await api.gql(MattersPage, { first: 100 }, { token: firm.admin.token });
    const ids = result.data?.matters.edges.map((e) => decodeId(e.node.id));
    expect(ids).toEqual(
      expectedOrder(
        matters.map((m) => ({ id: m.id, key: m.openedAt.getTime() })),
        'DESC',
      ),
    );
  });

  it('resumes after a cursor taken from the middle of a run of tied sort keys', async () => {
    const orderBy = { field: 'TITLE' as const, direction: 'ASC' as const };
    const expected = expectedOrder(
      matters.map((m) => ({ id: m.id, key: m.title })),
      'ASC',
    );
    const first = await api.gql(MattersPage, { first: 20, orderBy }, { token: firm.admin.token });
    // Titles repeat every five rows, so the 10th row sits inside a run of equal titles.
    const middle = first.data?.matters.edges[9];
    expect(matters.find((m) => m.id === decodeId(middle?.node.id ?? ''))?.title).toBe(matters.find((m) => m.id === expected[10])?.title);
    const after = await api.gql(MattersPage, { first: 5, after: middle?.cursor, orderBy }, { token: firm.admin.token });
    expect(after.data?.matters.edges.map((e) => decodeId(e.node.id))).toEqual(expected.slice(10, 15));
    const before = await api.gql(MattersPage, { last: 5, before: middle?.cursor, orderBy }, { token: firm.admin.token });
    expect(before.data?.matters.edges.map((e) => decodeId(e.node.id))).toEqual(expected.slice(4, 9));
  });
  it("treats a cursor naming another firm's matter, or no matter at all, like a missing one: an empty page", async () => {
    const orderBy = { field: 'TITLE' as const, direction: 'ASC' as const };
    const own = await api.gql(MattersPage, { first: 1, orderBy }, { token: firm.admin.token });
    const edge = own.data?.matters.edges[0];
    const cursorFor = (id: string) =>
      Buffer.from(
        Buffer.from(edge?.cursor ?? '', 'base64')
          .toString('utf8')
          .replace(decodeId(edge?.node.id ?? ''), id),
      ).toString('base64');
    // Sanity: a cursor built this way from one of our own matters works.
    const ownId = decodeId(edge?.node.id ?? '');
    const resumed = await api.gql(MattersPage, { first: 2, after: cursorFor(ownId), orderBy }, { token: firm.admin.token });
    expect(resumed.data?.matters.edges).toHaveLength(2);

    const foreign = await api.prisma.matter.findFirstOrThrow({ where: { firmId: decodeId(otherFirm.firmId) } });
    for (const id of [foreign.id, randomUUID()]) {
      for (const args of [
        { first: 10, after: cursorFor(id) },
        { last: 10, before: cursorFor(id) },
      ]) {
        const result = await api.gql(MattersPage, { ...args, orderBy }, { token: firm.admin.token });
        expect(result.errors).toBeUndefined();
        expect(result.data?.matters.edges).toEqual([]);
        expect(result.data?.matters.totalCount).toBe(MATTER_COUNT);
      }
    }
  });
});

describe('clients pagination', () => {
  for (const field of CLIENT_FIELDS) {
    for (const direction of DIRECTIONS) {
      it(`walks every client by ${field} ${direction} forward and backward in the same order, with no duplicates or gaps`, async () => {
        const expected = expectedOrder(
          clients.map((c) => ({ id: c.id, key: clientKey(field, c) })),
          direction,
        );
        const fetchPage = async (args: { first?: number; after?: string; last?: number; before?: string }) => {
          const result = await api.gql(ClientsPage, { ...args, orderBy: { field, direction } }, { token: firm.admin.token });
          expect(result.errors).toBeUndefined();
          const page = result.data?.clients as PageResult;
          expect(page.totalCount).toBe(CLIENT_COUNT);
          return page;
        };
        const forward = await walk(fetchPage, 'forward');
        expect(forward.pages).toBe(Math.ceil(CLIENT_COUNT / PAGE));
        expect(new Set(forward.ids).size).toBe(forward.ids.length);
        expect(forward.ids).toEqual(expected);

        const backward = await walk(fetchPage, 'backward');
        expect(new Set(backward.ids).size).toBe(backward.ids.length);
        expect(backward.ids).toEqual(expected);
      });
    }
  }
});

describe('users and audit events pagination', () => {
  it("walks the firm's users by name (ties by id) forward and backward, with no duplicates or gaps", async () => {
    const firmId = decodeId(firm.firmId);
    await api.prisma.user.createMany({
      data: Array.from({ length: 23 }, (_, i) => ({
        id: randomUUID(),
        firmId,
        email: `namesake-${i}-${randomUUID()}@example.test`,
        name: `Namesake ${i % 4}`,
        role: 'PARALEGAL' as const,
        passwordHash: 'x',
      })),
    });
    try {
      const users = await api.prisma.user.findMany({ where: { firmId }, select: { id: true, name: true } });
      const expected = expectedOrder(
        users.map((u) => ({ id: u.id, key: u.name })),
        'ASC',
      );
      const fetchPage = async (args: { first?: number; after?: string; last?: number; before?: string }) => {
        const result = await api.gql(UsersPage, args, { token: firm.admin.token });
        expect(result.errors).toBeUndefined();
        const page = result.data?.users as PageResult;
        expect(page.totalCount).toBe(users.length);
        return page;
      };
      expect((await walk(fetchPage, 'forward')).ids).toEqual(expected);
      expect((await walk(fetchPage, 'backward')).ids).toEqual(expected);
    } finally {
      await api.prisma.user.deleteMany({ where: { firmId, email: { startsWith: 'namesake-' } } });
    }
  });

  it('walks the audit trail newest first (ties by id, descending) forward and backward, with no duplicates or gaps', async () => {
    const firmId = decodeId(firm.firmId);
    const at = (i: number) => new Date(Date.UTC(2024, 5, 1) + (i % 5) * 1000);
    await api.prisma.auditEvent.createMany({
      data: Array.from({ length: 40 }, (_, i) => ({
        id: randomUUID(),
        firmId,
        action: 'pagination.test',
        entityType: 'Matter',
        entityId: matters[i % matters.length].id,
        createdAt: at(i),
      })),
    });
    const events = await api.prisma.auditEvent.findMany({ where: { firmId, action: 'pagination.test' } });
    const expected = expectedOrder(
      events.map((e) => ({ id: e.id, key: e.createdAt.getTime() })),
      'DESC',
    );
    const fetchPage = async (args: { first?: number; after?: string; last?: number; before?: string }) => {
      const result = await api.gql(AuditPage, { ...args, filter: { action: 'pagination.test' } }, { token: firm.admin.token });
      expect(result.errors).toBeUndefined();
      const page = result.data?.auditEvents as PageResult;
      expect(page.totalCount).toBe(events.length);
      return page;
    };
    expect((await walk(fetchPage, 'forward')).ids).toEqual(expected);
    expect((await walk(fetchPage, 'backward')).ids).toEqual(expected);
  });
});

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
