import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.ts';
import { api, decodeId, expectedOrder, firm, matters, type PageResult, usePagingWorld, walk } from './paging-world.ts';

usePagingWorld();

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
