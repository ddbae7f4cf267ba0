import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { workerDatabaseUrl } from '../support/database.ts';
import { createMatter, expectType } from '../support/fixtures.ts';
import { localId } from '../support/ids.ts';
import { api, CreateMatter, clientId, firm, UpdateMatter, useAuditWorld } from './audit-world.ts';

useAuditWorld();

describe('a mutation that fails at commit', () => {
  // A deferred constraint trigger runs at COMMIT, after the change, its audit event and its domain
  // event were all written. It refuses audit events of matters titled "Doomed", and only when it
  // can see the domain event of the same transaction: proof that every row existed before the rollback.
  const install = `
    CREATE OR REPLACE FUNCTION lexgraph_test_refuse_doomed() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF NEW."after"->>'title' = 'Doomed' AND EXISTS (
        SELECT 1 FROM "DomainEvent" d
        WHERE d."entityId" = NEW."entityId" AND d.txid = (pg_current_xact_id()::text)::bigint
      ) AND EXISTS (SELECT 1 FROM "Matter" m WHERE m.id = NEW."entityId" AND m.title = 'Doomed') THEN
        RAISE EXCEPTION 'refused at commit by the test trigger';
      END IF;
      RETURN NULL;
    END $$;
    CREATE CONSTRAINT TRIGGER lexgraph_test_refuse_doomed AFTER INSERT ON "AuditEvent"
      DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION lexgraph_test_refuse_doomed();`;
  const uninstall = `
    DROP TRIGGER IF EXISTS lexgraph_test_refuse_doomed ON "AuditEvent";
    DROP FUNCTION IF EXISTS lexgraph_test_refuse_doomed();`;

  let db: pg.Client;
  beforeAll(async () => {
    db = new pg.Client({ connectionString: workerDatabaseUrl() });
    await db.connect();
    await db.query(uninstall);
    await db.query(install);
  });
  afterAll(async () => {
    await db.query(uninstall);
    await db.end();
  });

  const masked = {
    data: null,
    errors: [expect.objectContaining({ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } })],
  };

  it('rolls back the change, its audit event and its domain event, and the client gets a masked INTERNAL_SERVER_ERROR', async () => {
    const matter = await createMatter(api, firm.admin.token, { clientId, title: 'Survivor' });
    const id = localId(matter.id);
    const before = {
      matter: await api.prisma.matter.findUniqueOrThrow({ where: { id } }),
      audit: await api.prisma.auditEvent.count({ where: { entityId: id } }),
      events: await api.prisma.domainEvent.count({ where: { entityId: id } }),
    };

    const result = await api.gql(UpdateMatter, { input: { id: matter.id, title: 'Doomed' } }, { token: firm.admin.token });
    expect({ data: result.data, errors: result.errors }).toEqual(masked);
    expect(JSON.stringify(result.errors)).not.toMatch(/trigger|refused|AuditEvent|SQL/i);

    expect(await api.prisma.matter.findUniqueOrThrow({ where: { id } })).toEqual(before.matter);
    expect(await api.prisma.auditEvent.count({ where: { entityId: id } })).toBe(before.audit);
    expect(await api.prisma.auditEvent.count({ where: { action: 'matter.updated' } })).toBe(0);
    expect(await api.prisma.domainEvent.count({ where: { entityId: id } })).toBe(before.events);
    expect(await api.prisma.domainEvent.count({ where: { type: 'matter.updated' } })).toBe(0);

    // The same change under another title commits: the trigger, not the mutation, refused it.
    const fine = await api.gql(UpdateMatter, { input: { id: matter.id, title: 'Spared' } }, { token: firm.admin.token });
    expect(expectType(fine.data?.updateMatter, 'UpdateMatterPayload').matter.title).toBe('Spared');
    expect(await api.prisma.auditEvent.count({ where: { action: 'matter.updated' } })).toBe(1);
  });

  it('rolls back a created matter with its audit event, domain event and number', async () => {
    const firmId = localId(firm.firmId);
    const sequence = (await api.prisma.firm.findUniqueOrThrow({ where: { id: firmId } })).matterSequence;
    const result = await api.gql(CreateMatter, { input: { clientId, title: 'Doomed' } }, { token: firm.attorney.token });
    expect({ data: result.data, errors: result.errors }).toEqual(masked);
    expect(await api.prisma.matter.count()).toBe(0);
    expect(await api.prisma.matterMember.count()).toBe(0);
    expect(await api.prisma.auditEvent.count({ where: { action: 'matter.created' } })).toBe(0);
    expect(await api.prisma.domainEvent.count({ where: { type: 'matter.created' } })).toBe(0);
    expect((await api.prisma.firm.findUniqueOrThrow({ where: { id: firmId } })).matterSequence).toBe(sequence);
  });
});
