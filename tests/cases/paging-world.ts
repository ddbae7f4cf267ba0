import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, expect } from 'vitest';
import type { OrderDirection } from '../gql/graphql.ts';
import { graphql } from '../gql/index.ts';
import { resetDatabase } from '../support/database.ts';
import { createFirm, type FirmFixture } from '../support/fixtures.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

export const MattersPage = graphql(`
  query PaginationMatters($first: Int, $after: String, $last: Int, $before: String, $orderBy: MatterOrder, $filter: MatterFilter) {
    matters(first: $first, after: $after, last: $last, before: $before, orderBy: $orderBy, filter: $filter) {
      totalCount
      edges { cursor node { id } }
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    }
  }
`);

export const ClientsPage = graphql(`
  query PaginationClients($first: Int, $after: String, $last: Int, $before: String, $orderBy: ClientOrder) {
    clients(first: $first, after: $after, last: $last, before: $before, orderBy: $orderBy) {
      totalCount
      edges { cursor node { id } }
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    }
  }
`);

export const MATTER_COUNT = 60;

export const CLIENT_COUNT = 61;

export const PAGE = 7;

export interface Row {
  id: string;
  key: string | number;
}

export const decodeId = (globalId: string) => Buffer.from(globalId, 'base64').toString('utf8').split(':')[1];

/** The order the API promises: the sort key, then id, both in the requested direction. */
export function expectedOrder(rows: Row[], direction: OrderDirection): string[] {
  const sign = direction === 'ASC' ? 1 : -1;
  return [...rows]
    .sort((a, b) => {
      if (a.key !== b.key) return (a.key < b.key ? -1 : 1) * sign;
      return (a.id < b.id ? -1 : 1) * sign;
    })
    .map((r) => r.id);
}

export interface PageResult {
  totalCount: number;
  edges: { cursor: string; node: { id: string } }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor?: string | null; endCursor?: string | null };
}

/** Walks a connection to its end with `first`/`after`, and from its end with `last`/`before`. */
export async function walk(
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

export let api: TestServer;
export let firm: FirmFixture;
export let otherFirm: FirmFixture;
export let clientIds: string[];
export let matters: {
  id: string;
  openedAt: Date;
  number: string;
  title: string;
  updatedAt: Date;
  status: 'OPEN' | 'PENDING' | 'CLOSED';
  clientId: string;
}[];

export let clients: { id: string; name: string; createdAt: Date; updatedAt: Date }[];

/** Seeds the two firms these tests page through before them, and stops the server after. */
export function usePagingWorld(): void {
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
}
