import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.ts';
import { expectType, PASSWORD } from '../support/fixtures.ts';
import { globalId } from '../support/ids.ts';
import {
  AuditTrail,
  api,
  attempt,
  ChangePassword,
  ChangeRole,
  CreateClient,
  clientId,
  everything,
  FIRM_MUTATIONS,
  firm,
  forbidden,
  freshWorld,
  NEW_PASSWORD,
  useRolesWorld,
} from './roles-world.ts';

useRolesWorld();

const CreateUser = graphql(`
  mutation RolesCreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      __typename
      ... on CreateUserPayload { user { id role } }
      ... on Error { message }
    }
  }
`);

describe('READ_ONLY', () => {
  beforeAll(freshWorld);

  it.each(FIRM_MUTATIONS)('cannot run %s: a FORBIDDEN error and nothing written', async (...args) => {
    const before = await everything();
    const result = await attempt(firm.readOnly, args);
    expect({ data: result.data, errors: result.errors }).toEqual(forbidden(args[0]));
    expect(await everything()).toEqual(before);
  });
});

// Each of these changes different rows, so they share one firm.
describe('READ_ONLY, for comparison', () => {
  beforeAll(freshWorld);

  it.each(FIRM_MUTATIONS)('is the only reason %s was refused: an admin may run it', async (...args) => {
    const result = await attempt(firm.admin, args);
    expect(result.errors).toBeUndefined();
    expect((result.data as Record<string, { __typename: string }>)[args[0]].__typename).toMatch(/Payload$/);
  });

  it('may change their own password', async () => {
    const result = await api.gql(
      ChangePassword,
      { input: { currentPassword: PASSWORD, newPassword: NEW_PASSWORD } },
      { token: firm.readOnly.token },
    );
    expect(expectType(result.data?.changePassword, 'ChangePasswordPayload').user.id).toBe(firm.readOnly.id);
  });
});

describe('admin-only operations', () => {
  beforeAll(freshWorld);
  const staff = ['attorney', 'paralegal', 'billing'] as const;

  it.each(staff)('a %s cannot create users, change roles or update the firm, and nothing is written', async (role) => {
    const actor = firm[role];
    const before = await everything();
    for (const args of FIRM_MUTATIONS.filter(([name]) => ['createUser', 'changeUserRole', 'updateFirm'].includes(name))) {
      const result = await attempt(actor, args);
      expect({ data: result.data, errors: result.errors }).toEqual(forbidden(args[0]));
    }
    const selfPromotion = await api.gql(ChangeRole, { input: { userId: actor.id, role: 'ADMIN' } }, { token: actor.token });
    expect({ data: selfPromotion.data, errors: selfPromotion.errors }).toEqual(forbidden('changeUserRole'));
    expect(await everything()).toEqual(before);
  });

  it.each([...staff, 'readOnly'] as const)('a %s cannot query the audit trail', async (role) => {
    const result = await api.gql(AuditTrail, {}, { token: firm[role].token });
    expect({ data: result.data, errors: result.errors }).toEqual(forbidden('auditEvents'));
  });

  it('an admin can query the audit trail', async () => {
    const result = await api.gql(AuditTrail, {}, { token: firm.admin.token });
    expect(result.errors).toBeUndefined();
    expect(result.data?.auditEvents.totalCount).toBe(await api.prisma.auditEvent.count());
  });

  it('only an admin can fetch an audit event through node(); for others it is null, as if missing', async () => {
    const event = await api.prisma.auditEvent.findFirstOrThrow({ where: { action: 'matter.created' } });
    const id = globalId('AuditEvent', event.id);
    const query = 'query AuditNode($id: ID!) { node(id: $id) { __typename id } }';
    expect((await api.gql(query, { id }, { token: firm.admin.token })).data).toEqual({ node: { __typename: 'AuditEvent', id } });
    for (const role of [...staff, 'readOnly'] as const) {
      const result = await api.gql(query, { id }, { token: firm[role].token });
      expect({ data: result.data, errors: result.errors }).toEqual({ data: { node: null }, errors: undefined });
    }
  });
});

describe('BILLING', () => {
  beforeEach(freshWorld);

  it('may add clients but not open matters', async () => {
    expectType(
      (await api.gql(CreateClient, { input: { name: 'Billed', kind: 'ORGANIZATION' } }, { token: firm.billing.token })).data?.createClient,
      'CreateClientPayload',
    );
    const before = await everything();
    const result = await attempt(firm.billing, ['createMatter', 'CreateMatterInput', () => ({ clientId, title: 'Billing matter' })]);
    expect({ data: result.data, errors: result.errors }).toEqual(forbidden('createMatter'));
    expect(await everything()).toEqual(before);
  });

  it('cannot create a user of any role', async () => {
    const result = await api.gql(
      CreateUser,
      { input: { name: 'Sneaky', email: 'sneaky@example.test', role: 'READ_ONLY', password: PASSWORD } },
      { token: firm.billing.token },
    );
    expect({ data: result.data, errors: result.errors }).toEqual(forbidden('createUser'));
  });
});
