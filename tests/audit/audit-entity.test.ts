import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.ts';
import { resetDatabase } from '../support/database.ts';
import { createClient, createFirm, createMatter } from '../support/fixtures.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

const AuditTrail = graphql(`
  query AuditTrailEntities {
    auditEvents(first: 50) {
      edges {
        node {
          action
          entityType
          entity {
            __typename
            id
            ... on Matter { title }
            ... on Client { name }
            ... on User { email }
            ... on Firm { name }
          }
        }
      }
    }
  }
`);

let api: TestServer;
beforeAll(async () => {
  api = await startTestServer();
});
afterAll(() => api.close());
beforeEach(() => resetDatabase());

describe('audit trail entities', () => {
  it('resolves each event to the object it changed, one query per kind of object', async () => {
    const firm = await createFirm(api, 'Audit');
    const clients = [await createClient(api, firm.admin.token, 'Alpha'), await createClient(api, firm.admin.token, 'Beta')];
    const matters = [];
    for (const client of clients)
      matters.push(await createMatter(api, firm.admin.token, { clientId: client.id, title: `Matter for ${client.name}` }));

    api.statements.length = 0;
    const result = await api.gql(AuditTrail, {}, { token: firm.admin.token });
    const events = result.data?.auditEvents.edges.map((e) => e.node) ?? [];
    const byAction = (action: string) => events.filter((e) => e.action === action).map((e) => e.entity);
    expect(byAction('matter.created')).toEqual(
      expect.arrayContaining(matters.map((m) => ({ __typename: 'Matter', id: m.id, title: m.title }))),
    );
    expect(byAction('client.created')).toEqual(
      expect.arrayContaining(clients.map((c) => ({ __typename: 'Client', id: c.id, name: c.name }))),
    );
    expect(byAction('firm.registered')).toEqual([{ __typename: 'Firm', id: firm.firmId, name: 'Audit LLP' }]);
    expect(byAction('user.created')).toHaveLength(4);
    const matterLookups = api.statements.filter((sql) => /FROM "public"\."Matter"/.test(sql));
    expect(matterLookups).toHaveLength(1);
  });
});
