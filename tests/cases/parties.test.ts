import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.ts';
import { resetDatabase } from '../support/database.ts';
import { createClient, createFirm, createMatter, expectType, type FirmFixture } from '../support/fixtures.ts';
import { localId } from '../support/ids.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

const AddParty = graphql(`
  mutation PartiesAdd($input: AddPartyInput!) {
    addParty(input: $input) {
      __typename
      ... on AddPartyPayload { party { id name role aliases representedBy { id } matter { id } } }
      ... on ValidationError { issues { path message } }
      ... on Error { message }
    }
  }
`);

const UpdateParty = graphql(`
  mutation PartiesUpdate($input: UpdatePartyInput!) {
    updateParty(input: $input) {
      __typename
      ... on UpdatePartyPayload { party { id name aliases email representedBy { id } } }
      ... on ValidationError { issues { path message } }
      ... on Error { message }
    }
  }
`);

const RemoveParty = graphql(`
  mutation PartiesRemove($input: RemovePartyInput!) {
    removeParty(input: $input) {
      __typename
      ... on RemovePartyPayload { removedPartyId matter { parties(first: 10) { totalCount } } }
      ... on Error { message }
    }
  }
`);

const MatterParties = graphql(`
  query PartiesOfMatter($id: ID!) {
    node(id: $id) { ... on Matter { parties(first: 10) { totalCount edges { node { name role } } } } }
  }
`);

let api: TestServer;
let firm: FirmFixture;
let matterId: string;

beforeAll(async () => {
  api = await startTestServer();
});
afterAll(() => api.close());
beforeEach(async () => {
  await resetDatabase();
  firm = await createFirm(api, 'Parties');
  const client = await createClient(api, firm.admin.token, 'Roadrunner Inc.');
  matterId = (await createMatter(api, firm.admin.token, { clientId: client.id, title: 'Roadrunner v. Coyote' })).id;
});

async function add(
  input: { name: string; role?: 'DEFENDANT' | 'OPPOSING_COUNSEL' | 'WITNESS'; representedById?: string; matterId?: string },
  token = firm.admin.token,
) {
  return api.gql(AddParty, { input: { matterId, kind: 'PERSON', role: 'DEFENDANT', ...input } }, { token });
}

const counts = async () => ({
  parties: await api.prisma.party.count(),
  events: await api.prisma.domainEvent.count(),
  audit: await api.prisma.auditEvent.count(),
});

describe('parties', () => {
  it("lists a matter's parties by name, each with its representative", async () => {
    const counsel = expectType((await add({ name: 'Lee Lawyer', role: 'OPPOSING_COUNSEL' })).data?.addParty, 'AddPartyPayload').party;
    const coyote = expectType((await add({ name: 'Wile E. Coyote', representedById: counsel.id })).data?.addParty, 'AddPartyPayload');
    expect(coyote.party.representedBy?.id).toBe(counsel.id);
    const listed = await api.gql(MatterParties, { id: matterId }, { token: firm.admin.token });
    const parties = ((listed.data?.node ?? {}) as unknown as { parties: { totalCount: number; edges: { node: { name: string } }[] } })
      .parties;
    expect(parties.totalCount).toBe(2);
    expect(parties.edges.map((e) => e.node.name)).toEqual(['Lee Lawyer', 'Wile E. Coyote']);
  });

  it('records party.added, party.updated and party.removed with the public payload and the matter', async () => {
    const party = expectType((await add({ name: 'Wile E. Coyote' })).data?.addParty, 'AddPartyPayload').party;
    const updated = await api.gql(
      UpdateParty,
      { input: { id: party.id, aliases: ['Coyote Genius'], email: 'WILE@acme.test' } },
      { token: firm.admin.token },
    );
    expect(expectType(updated.data?.updateParty, 'UpdatePartyPayload').party).toMatchObject({
      aliases: ['Coyote Genius'],
      email: 'wile@acme.test',
    });
    const removed = await api.gql(RemoveParty, { input: { id: party.id } }, { token: firm.admin.token });
    expect(removed.data?.removeParty).toEqual({
      __typename: 'RemovePartyPayload',
      removedPartyId: party.id,
      matter: { parties: { totalCount: 0 } },
    });
    const events = await api.prisma.domainEvent.findMany({ where: { entityType: 'Party' }, orderBy: { occurredAt: 'asc' } });
    expect(events.map((e) => [e.type, e.matterId])).toEqual([
      ['party.added', localId(matterId)],
      ['party.updated', localId(matterId)],
      ['party.removed', localId(matterId)],
    ]);
    expect(events[1].payload).toMatchObject({ name: 'Wile E. Coyote', aliases: ['Coyote Genius'], role: 'DEFENDANT' });
    expect(await api.prisma.conflictName.count({ where: { partyId: localId(party.id) } })).toBe(0);
  });

  it('refuses a representative from another matter and an empty name, writing nothing', async () => {
    const client = await createClient(api, firm.admin.token);
    const otherMatter = await createMatter(api, firm.admin.token, { clientId: client.id });
    const elsewhere = expectType(
      (await add({ name: 'Far Away Counsel', matterId: otherMatter.id })).data?.addParty,
      'AddPartyPayload',
    ).party;
    const before = await counts();
    const refused = await add({ name: '  ', representedById: elsewhere.id });
    expect(refused.data?.addParty).toEqual({
      __typename: 'ValidationError',
      message: 'Name is required',
      issues: [{ path: ['name'], message: 'Name is required' }],
    });
    const foreign = await add({ name: 'Wile E. Coyote', representedById: elsewhere.id });
    expect(foreign.data?.addParty).toEqual({
      __typename: 'ValidationError',
      message: 'Representative must be a party of the same matter',
      issues: [{ path: ['representedById'], message: 'Representative must be a party of the same matter' }],
    });
    expect(await counts()).toEqual(before);
  });

  it('treats a matter the viewer may not see as not found, and refuses read-only users', async () => {
    const hidden = await add({ name: 'Wile E. Coyote' }, firm.paralegal.token);
    expect(hidden.data?.addParty).toEqual({ __typename: 'NotFoundError', message: 'Matter not found' });
    const readOnly = await add({ name: 'Wile E. Coyote' }, firm.readOnly.token);
    expect(readOnly.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await api.prisma.party.count()).toBe(0);
  });
});
