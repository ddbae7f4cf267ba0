import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { ClientOrderField, MatterOrderField, OrderDirection } from '../gql/graphql.ts';
import {
  api,
  CLIENT_COUNT,
  ClientsPage,
  clients,
  decodeId,
  expectedOrder,
  firm,
  MATTER_COUNT,
  MattersPage,
  matters,
  otherFirm,
  PAGE,
  type PageResult,
  usePagingWorld,
  walk,
} from './paging-world.ts';

usePagingWorld();

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
