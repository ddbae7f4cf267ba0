import pg from 'pg';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.ts';
import { workerDatabaseUrl } from '../support/database.ts';
import { expectType } from '../support/fixtures.ts';
import { localId } from '../support/ids.ts';
import { waitForLockWaiters } from '../support/locks.ts';
import {
  AuditTrail,
  api,
  attempt,
  ChangeRole,
  CreateClient,
  everything,
  FIRM_MUTATIONS,
  firm,
  forbidden,
  freshWorld,
  matterId,
  useRolesWorld,
} from './roles-world.ts';

useRolesWorld();

const Me = graphql(`
  query RolesMe { me { id role } }
`);

const UpdateFirm = graphql(`
  mutation RolesUpdateFirm($input: UpdateFirmInput!) {
    updateFirm(input: $input) {
      __typename
      ... on UpdateFirmPayload { firm { id name openMatterAccess } }
      ... on Error { message }
    }
  }
`);

/** What only admins and attorneys may do to a matter. */
const MANAGER_MUTATIONS = FIRM_MUTATIONS.filter(([name]) =>
  ['closeMatter', 'reopenMatter', 'addMatterMember', 'removeMatterMember'].includes(name),
);

describe('PARALEGAL', () => {
  beforeAll(freshWorld);

  it.each(MANAGER_MUTATIONS)('cannot %s, even on a matter on their team, and nothing is written', async (...args) => {
    const before = await everything();
    const result = await attempt(firm.paralegal, args);
    expect({ data: result.data, errors: result.errors }).toEqual(forbidden(args[0]));
    expect(await everything()).toEqual(before);
  });
});

describe('PARALEGAL next to an attorney', () => {
  beforeEach(freshWorld);

  it.each(MANAGER_MUTATIONS)('an attorney on the same team can %s', async (...args) => {
    const result = await attempt(firm.attorney, args);
    expect(result.errors).toBeUndefined();
    expect((result.data as Record<string, { __typename: string }>)[args[0]].__typename).toMatch(/Payload$/);
  });

  it('can still edit a matter on their team', async () => {
    const result = await attempt(firm.paralegal, ['updateMatter', 'UpdateMatterInput', () => ({ id: matterId, title: 'Paralegal edit' })]);
    expect(result.data).toEqual({ updateMatter: { __typename: 'UpdateMatterPayload' } });
  });
});

describe('the last admin', () => {
  beforeEach(freshWorld);

  it('cannot demote themselves: a ConflictError, and the role and audit trail stay as they were', async () => {
    const before = await everything();
    const result = await api.gql(ChangeRole, { input: { userId: firm.admin.id, role: 'ATTORNEY' } }, { token: firm.admin.token });
    expect(result.data?.changeUserRole).toEqual({ __typename: 'ConflictError', message: 'A firm must keep at least one admin' });
    expect(await everything()).toEqual(before);
    expect((await api.gql(Me, {}, { token: firm.admin.token })).data?.me?.role).toBe('ADMIN');
  });

  it('can step down once another admin exists', async () => {
    const promoted = await api.gql(ChangeRole, { input: { userId: firm.attorney.id, role: 'ADMIN' } }, { token: firm.admin.token });
    expect(expectType(promoted.data?.changeUserRole, 'ChangeUserRolePayload').user.role).toBe('ADMIN');
    const demoted = await api.gql(ChangeRole, { input: { userId: firm.admin.id, role: 'ATTORNEY' } }, { token: firm.admin.token });
    expect(expectType(demoted.data?.changeUserRole, 'ChangeUserRolePayload').user).toEqual({ id: firm.admin.id, role: 'ATTORNEY' });
  });
});

describe('two admins demoting each other at the same moment', () => {
  beforeEach(freshWorld);

  it('leave the firm with one admin: one change succeeds, the other is a ConflictError', async () => {
    const promoted = await api.gql(ChangeRole, { input: { userId: firm.attorney.id, role: 'ADMIN' } }, { token: firm.admin.token });
    expectType(promoted.data?.changeUserRole, 'ChangeUserRolePayload');
    // Our own transaction locks both admins' rows, so both requests get as far as writing the
    // role and wait there; when we roll back they proceed together.
    const db = new pg.Client({ connectionString: workerDatabaseUrl() });
    await db.connect();
    try {
      await db.query('BEGIN');
      await db.query('SELECT id FROM "User" WHERE id = ANY($1::uuid[]) FOR UPDATE', [[localId(firm.admin.id), localId(firm.attorney.id)]]);
      const pending = Promise.all([
        api.gql(ChangeRole, { input: { userId: firm.attorney.id, role: 'ATTORNEY' } }, { token: firm.admin.token }),
        api.gql(ChangeRole, { input: { userId: firm.admin.id, role: 'ATTORNEY' } }, { token: firm.attorney.token }),
      ]);
      await waitForLockWaiters(db, 2);
      await db.query('ROLLBACK');
      const outcomes = (await pending).map((r) => r.data?.changeUserRole?.__typename).sort();
      expect(outcomes).toEqual(['ChangeUserRolePayload', 'ConflictError']);
    } finally {
      await db.end();
    }
    expect(await api.prisma.user.count({ where: { firmId: localId(firm.firmId), role: 'ADMIN' } })).toBe(1);
  });
});

describe('a changed role', () => {
  beforeEach(freshWorld);

  it('takes effect on the very next request with the same token', async () => {
    const before = await api.gql(CreateClient, { input: { name: 'Before', kind: 'PERSON' } }, { token: firm.attorney.token });
    expectType(before.data?.createClient, 'CreateClientPayload');

    const demoted = await api.gql(ChangeRole, { input: { userId: firm.attorney.id, role: 'READ_ONLY' } }, { token: firm.admin.token });
    expectType(demoted.data?.changeUserRole, 'ChangeUserRolePayload');
    expect((await api.gql(Me, {}, { token: firm.attorney.token })).data?.me?.role).toBe('READ_ONLY');
    const after = await api.gql(CreateClient, { input: { name: 'After', kind: 'PERSON' } }, { token: firm.attorney.token });
    expect({ data: after.data, errors: after.errors }).toEqual(forbidden('createClient'));
    expect(await api.prisma.client.count({ where: { name: 'After' } })).toBe(0);
  });

  it('grants admin rights on the very next request too', async () => {
    expect((await api.gql(AuditTrail, {}, { token: firm.paralegal.token })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const promoted = await api.gql(ChangeRole, { input: { userId: firm.paralegal.id, role: 'ADMIN' } }, { token: firm.admin.token });
    expectType(promoted.data?.changeUserRole, 'ChangeUserRolePayload');
    const trail = await api.gql(AuditTrail, {}, { token: firm.paralegal.token });
    expect(trail.errors).toBeUndefined();
    expect(trail.data?.auditEvents.totalCount).toBeGreaterThan(0);
    const renamed = await api.gql(UpdateFirm, { input: { name: 'Renamed by paralegal' } }, { token: firm.paralegal.token });
    expect(expectType(renamed.data?.updateFirm, 'UpdateFirmPayload').firm.name).toBe('Renamed by paralegal');
  });
});
