import { describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.ts';
import { createMatter, expectType, PASSWORD } from '../support/fixtures.ts';
import { globalId, localId } from '../support/ids.ts';
import { api, CreateMatter, clientId, firm, UpdateMatter, useAuditWorld } from './audit-world.ts';

useAuditWorld();

const Trail = graphql(`
  query AuditTrailFor($entityId: ID!) {
    auditEvents(first: 10, filter: { entityId: $entityId }) {
      totalCount
      edges { node { action entityType entityId actor { id } before after requestId occurredAt } }
    }
  }
`);

const AllTrail = graphql(`
  query AuditTrailAll { auditEvents(first: 100) { totalCount edges { node { action before after } } } }
`);

const CloseMatter = graphql(`
  mutation AuditCloseMatter($input: CloseMatterInput!) {
    closeMatter(input: $input) {
      __typename
      ... on CloseMatterPayload { matter { id closedAt } }
      ... on Error { message }
    }
  }
`);

/** Runs one mutation and returns the single audit event it wrote (failing if it wrote none or several). */
async function onlyAuditEventOf(run: () => Promise<{ data?: unknown; errors?: unknown }>) {
  const before = new Set((await api.prisma.auditEvent.findMany({ select: { id: true } })).map((e) => e.id));
  const result = await run();
  expect(result.errors).toBeUndefined();
  expect(JSON.stringify(result.data)).toMatch(/Payload/);
  const written = (await api.prisma.auditEvent.findMany()).filter((e) => !before.has(e.id));
  expect(written).toHaveLength(1);
  return written[0];
}

const mutate = (mutation: string, inputType: string, input: Record<string, unknown>, token?: string) => () =>
  api.gql(`mutation AuditOne($input: ${inputType}!) { ${mutation}(input: $input) { __typename } }`, { input }, token ? { token } : {});

describe('audit events', () => {
  it('every mutation writes exactly one, naming the actor, the action and the entity', async () => {
    const admin = localId(firm.admin.id);
    const expectEvent = (event: { actorId: string | null; action: string; entityType: string; entityId: string }, expected: object) =>
      expect({ actorId: event.actorId, action: event.action, entityType: event.entityType, entityId: event.entityId }).toEqual(expected);

    const registered = await onlyAuditEventOf(
      mutate('registerFirm', 'RegisterFirmInput', {
        firmName: 'Fresh Firm',
        adminName: 'Fay',
        adminEmail: 'fay@fresh.test',
        password: PASSWORD,
      }),
    );
    const fay = await api.prisma.user.findUniqueOrThrow({ where: { email: 'fay@fresh.test' } });
    expectEvent(registered, { actorId: fay.id, action: 'firm.registered', entityType: 'Firm', entityId: fay.firmId });

    const userCreated = await onlyAuditEventOf(
      mutate(
        'createUser',
        'CreateUserInput',
        { name: 'Una', email: 'una@audit.test', role: 'ATTORNEY', password: PASSWORD },
        firm.admin.token,
      ),
    );
    const una = await api.prisma.user.findUniqueOrThrow({ where: { email: 'una@audit.test' } });
    expectEvent(userCreated, { actorId: admin, action: 'user.created', entityType: 'User', entityId: una.id });

    expectEvent(
      await onlyAuditEventOf(
        mutate('changeUserRole', 'ChangeUserRoleInput', { userId: globalId('User', una.id), role: 'PARALEGAL' }, firm.admin.token),
      ),
      {
        actorId: admin,
        action: 'user.role_changed',
        entityType: 'User',
        entityId: una.id,
      },
    );
    expectEvent(
      await onlyAuditEventOf(
        mutate(
          'changePassword',
          'ChangePasswordInput',
          { currentPassword: PASSWORD, newPassword: 'another-long-password' },
          firm.readOnly.token,
        ),
      ),
      { actorId: localId(firm.readOnly.id), action: 'user.password_changed', entityType: 'User', entityId: localId(firm.readOnly.id) },
    );
    expectEvent(await onlyAuditEventOf(mutate('updateFirm', 'UpdateFirmInput', { name: 'Audit & Partners' }, firm.admin.token)), {
      actorId: admin,
      action: 'firm.updated',
      entityType: 'Firm',
      entityId: localId(firm.firmId),
    });

    const attorney = localId(firm.attorney.id);
    const clientCreated = await onlyAuditEventOf(
      mutate('createClient', 'CreateClientInput', { name: 'Acme', kind: 'ORGANIZATION' }, firm.attorney.token),
    );
    const acme = await api.prisma.client.findFirstOrThrow({ where: { name: 'Acme' } });
    expectEvent(clientCreated, { actorId: attorney, action: 'client.created', entityType: 'Client', entityId: acme.id });
    const acmeId = globalId('Client', acme.id);
    expectEvent(
      await onlyAuditEventOf(mutate('updateClient', 'UpdateClientInput', { id: acmeId, phone: '555-0100' }, firm.attorney.token)),
      {
        actorId: attorney,
        action: 'client.updated',
        entityType: 'Client',
        entityId: acme.id,
      },
    );

    const matterCreated = await onlyAuditEventOf(
      mutate('createMatter', 'CreateMatterInput', { clientId: acmeId, title: 'Acme v. Roe' }, firm.attorney.token),
    );
    const matter = await api.prisma.matter.findFirstOrThrow({ where: { title: 'Acme v. Roe' } });
    expectEvent(matterCreated, { actorId: attorney, action: 'matter.created', entityType: 'Matter', entityId: matter.id });
    const matterId = globalId('Matter', matter.id);
    for (const [mutation, inputType, input, action] of [
      ['updateMatter', 'UpdateMatterInput', { id: matterId, practiceArea: 'Litigation' }, 'matter.updated'],
      ['closeMatter', 'CloseMatterInput', { id: matterId }, 'matter.closed'],
      ['reopenMatter', 'ReopenMatterInput', { id: matterId }, 'matter.reopened'],
    ] as const) {
      expectEvent(await onlyAuditEventOf(mutate(mutation, inputType, input, firm.attorney.token)), {
        actorId: attorney,
        action,
        entityType: 'Matter',
        entityId: matter.id,
      });
    }

    const added = await onlyAuditEventOf(
      mutate('addMatterMember', 'AddMatterMemberInput', { matterId, userId: firm.billing.id, role: 'BILLING' }, firm.attorney.token),
    );
    const membership = await api.prisma.matterMember.findFirstOrThrow({ where: { userId: localId(firm.billing.id) } });
    expectEvent(added, { actorId: attorney, action: 'matter.member_added', entityType: 'MatterMember', entityId: membership.id });
    expect(added.after).toMatchObject({ matterId: matter.id, userId: localId(firm.billing.id), role: 'BILLING' });
    const removed = await onlyAuditEventOf(
      mutate('removeMatterMember', 'RemoveMatterMemberInput', { matterId, userId: firm.billing.id }, firm.attorney.token),
    );
    expectEvent(removed, { actorId: attorney, action: 'matter.member_removed', entityType: 'MatterMember', entityId: membership.id });
    expect(removed.before).toMatchObject({ matterId: matter.id, userId: localId(firm.billing.id) });
    expect(removed.after).toBeNull();
  });

  it('createMatter records the new matter as `after`, with no `before`, the actor and the request id', async () => {
    const response = await api.gql(
      CreateMatter,
      { input: { clientId, title: 'Roe v. Doe', practiceArea: 'Family', openedAt: '2026-02-03' } },
      { token: firm.attorney.token, headers: { 'x-request-id': 'audit-test-request-1' } },
    );
    const matter = expectType(response.data?.createMatter, 'CreateMatterPayload').matter;
    const trail = await api.gql(Trail, { entityId: matter.id }, { token: firm.admin.token });
    expect(trail.errors).toBeUndefined();
    expect(trail.data?.auditEvents.totalCount).toBe(1);
    expect(trail.data?.auditEvents.edges[0].node).toEqual({
      action: 'matter.created',
      entityType: 'Matter',
      entityId: matter.id,
      actor: { id: firm.attorney.id },
      before: null,
      after: expect.objectContaining({
        id: localId(matter.id),
        number: matter.number,
        title: 'Roe v. Doe',
        practiceArea: 'Family',
        status: 'OPEN',
        clientId: localId(clientId),
        openedAt: '2026-02-03T00:00:00.000Z',
        closedAt: null,
      }),
      requestId: 'audit-test-request-1',
      occurredAt: expect.any(String),
    });
  });

  it('updateMatter records the matter before and after the change', async () => {
    const matter = await createMatter(api, firm.admin.token, { clientId, title: 'Old title', responsibleAttorneyId: firm.attorney.id });
    const original = await api.prisma.matter.findUniqueOrThrow({ where: { id: localId(matter.id) } });
    const updated = await api.gql(
      UpdateMatter,
      { input: { id: matter.id, title: 'New title', description: 'Now described' } },
      { token: firm.attorney.token },
    );
    expect(expectType(updated.data?.updateMatter, 'UpdateMatterPayload').matter.title).toBe('New title');
    const trail = await api.gql(Trail, { entityId: matter.id }, { token: firm.admin.token });
    const events = trail.data?.auditEvents.edges.map((e) => e.node) ?? [];
    expect(events.map((e) => e.action)).toEqual(['matter.updated', 'matter.created']);
    const [update] = events;
    expect(update.before).toEqual(JSON.parse(JSON.stringify(original)));
    expect(update.after).toEqual({
      ...JSON.parse(JSON.stringify(original)),
      title: 'New title',
      description: 'Now described',
      updatedAt: expect.any(String),
    });
    expect(update.actor).toEqual({ id: firm.attorney.id });
  });

  it('closeMatter records the status and closing date before and after', async () => {
    const matter = await createMatter(api, firm.admin.token, { clientId, openedAt: '2026-01-10', responsibleAttorneyId: firm.attorney.id });
    const closed = await api.gql(
      CloseMatter,
      { input: { id: matter.id, closedAt: '2026-04-30T12:00:00Z' } },
      { token: firm.attorney.token },
    );
    expectType(closed.data?.closeMatter, 'CloseMatterPayload');
    const trail = await api.gql(Trail, { entityId: matter.id }, { token: firm.admin.token });
    const close = trail.data?.auditEvents.edges[0].node;
    expect(close?.action).toBe('matter.closed');
    expect(close?.before).toMatchObject({ status: 'OPEN', closedAt: null });
    expect(close?.after).toMatchObject({ status: 'CLOSED', closedAt: '2026-04-30T12:00:00.000Z' });
  });

  it('never contain a password hash', async () => {
    for (const run of [
      mutate(
        'createUser',
        'CreateUserInput',
        { name: 'Pat', email: 'pat@audit.test', role: 'ADMIN', password: PASSWORD },
        firm.admin.token,
      ),
      mutate('changeUserRole', 'ChangeUserRoleInput', { userId: firm.paralegal.id, role: 'ATTORNEY' }, firm.admin.token),
      mutate(
        'changePassword',
        'ChangePasswordInput',
        { currentPassword: PASSWORD, newPassword: 'yet-another-password' },
        firm.attorney.token,
      ),
    ]) {
      await onlyAuditEventOf(run);
    }
    const rows = await api.prisma.auditEvent.findMany();
    expect(rows.map((r) => r.action)).toEqual(
      expect.arrayContaining(['firm.registered', 'user.created', 'user.role_changed', 'user.password_changed']),
    );
    const stored = JSON.stringify(rows);
    expect(stored).not.toMatch(/passwordHash/i);
    expect(stored).not.toMatch(/\$argon2/);
    const created = rows.find((r) => r.action === 'user.created' && (r.after as { email?: string }).email === 'pat@audit.test');
    expect(created?.after).toMatchObject({ email: 'pat@audit.test', role: 'ADMIN' });

    const viaApi = await api.gql(AllTrail, {}, { token: firm.admin.token });
    expect(viaApi.data?.auditEvents.totalCount).toBe(rows.length);
    expect(JSON.stringify(viaApi.data)).not.toMatch(/passwordHash|\$argon2/i);
  });
});
