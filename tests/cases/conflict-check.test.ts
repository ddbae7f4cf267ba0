import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.ts';
import { resetDatabase } from '../support/database.ts';
import { createClient, createFirm, createMatter, expectType, type FirmFixture } from '../support/fixtures.ts';
import { localId } from '../support/ids.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

const ConflictCheck = graphql(`
  query ConflictCheck($names: [String!]!) {
    conflictCheck(names: $names) {
      name
      hits { score matchedName matchedOn name role restricted client { id } party { id } matters { id } }
    }
  }
`);

const AddParty = graphql(`
  mutation ConflictAddParty($input: AddPartyInput!) {
    addParty(input: $input) {
      __typename
      ... on AddPartyPayload { party { id name aliases } conflicts { name hits { name matchedName score } } }
      ... on ValidationError { issues { path message } }
      ... on Error { message }
    }
  }
`);

const OpenMatter = graphql(`
  mutation ConflictCreateMatter($input: CreateMatterInput!) {
    createMatter(input: $input) {
      __typename
      ... on CreateMatterPayload { matter { id } conflicts { name hits { name role matchedOn matters { id } } } }
    }
  }
`);

let api: TestServer;
let firm: FirmFixture;
let matterId: string;
let clientId: string;

beforeAll(async () => {
  api = await startTestServer();
});
afterAll(() => api.close());
beforeEach(async () => {
  await resetDatabase();
  firm = await createFirm(api, 'Conflicts');
  clientId = (await createClient(api, firm.admin.token, 'Acme Corp.')).id;
  matterId = (await createMatter(api, firm.admin.token, { clientId, title: 'Acme v. Müller' })).id;
});

async function addParty(input: { name: string; role?: 'DEFENDANT' | 'WITNESS'; aliases?: string[] }, token = firm.admin.token) {
  const result = await api.gql(
    AddParty,
    { input: { matterId, kind: 'ORGANIZATION', role: input.role ?? 'DEFENDANT', name: input.name, aliases: input.aliases } },
    { token },
  );
  return expectType(result.data?.addParty, 'AddPartyPayload');
}

async function check(names: string[], token = firm.admin.token) {
  const result = await api.gql(ConflictCheck, { names }, { token });
  expect(result.errors).toBeUndefined();
  return result.data?.conflictCheck ?? [];
}

describe('conflictCheck', () => {
  it('finds "Acme Corp." for "ACME Corporation" and "Müller GmbH" for "Muller", whatever the case, accents and suffixes', async () => {
    await addParty({ name: 'Müller GmbH' });
    const [acme, muller] = await check(['ACME Corporation', 'Muller']);
    expect(acme.name).toBe('ACME Corporation');
    expect(acme.hits[0]).toMatchObject({ name: 'Acme Corp.', matchedOn: 'CLIENT', score: 1, role: null, restricted: false });
    expect(acme.hits[0].matters.map((m) => m.id)).toEqual([matterId]);
    expect(muller.hits[0]).toMatchObject({ name: 'Müller GmbH', matchedOn: 'PARTY', role: 'DEFENDANT', score: 1 });
    expect(muller.hits[0].party).not.toBeNull();
  });

  it('ranks the exact spelling first, then the same name with another suffix, then similar names', async () => {
    await addParty({ name: 'Acme Widgets Ltd' });
    await addParty({ name: 'ACME Corporation' });
    await addParty({ name: 'Zenith Holdings' });
    const [result] = await check(['ACME Corporation']);
    expect(result.hits.map((h) => h.name)).toEqual(['ACME Corporation', 'Acme Corp.', 'Acme Widgets Ltd']);
    expect(result.hits[0].score).toBe(1);
    expect(result.hits[2].score).toBeLessThan(1);
  });

  it("matches aliases and a client's former names, and names what matched", async () => {
    await addParty({ name: 'Globex International', aliases: ['Initech S.A.'] });
    await api.prisma.client.updateMany({ where: { name: 'Acme Corp.' }, data: { formerNames: ['Road Runner Supplies Inc.'] } });
    const [alias, former] = await check(['Initech', 'road-runner supplies']);
    expect(alias.hits[0]).toMatchObject({ name: 'Globex International', matchedName: 'Initech S.A.', matchedOn: 'PARTY_ALIAS' });
    expect(former.hits[0]).toMatchObject({ name: 'Acme Corp.', matchedName: 'Road Runner Supplies Inc.', matchedOn: 'CLIENT_FORMER_NAME' });
  });

  it("never shows another firm's records", async () => {
    const other = await createFirm(api, 'Elsewhere');
    const otherClient = await createClient(api, other.admin.token, 'Acme Corporation');
    await createMatter(api, other.admin.token, { clientId: otherClient.id });
    const [mine] = await check(['Acme'], firm.admin.token);
    expect(mine.hits.map((h) => h.name)).toEqual(['Acme Corp.']);
    const [theirs] = await check(['Acme'], other.admin.token);
    expect(theirs.hits.map((h) => h.name)).toEqual(['Acme Corporation']);
  });

  it('lists a party on a matter the searcher may not see as a restricted hit without the party or its matter', async () => {
    await addParty({ name: 'Hidden Ventures LLC' });
    const [result] = await check(['Hidden Ventures'], firm.paralegal.token);
    expect(result.hits).toEqual([
      expect.objectContaining({ name: 'Hidden Ventures LLC', restricted: true, party: null, matters: [], role: 'DEFENDANT' }),
    ]);
  });

  it('audits who searched which names', async () => {
    await check(['Wile E. Coyote', 'Acme']);
    const audit = await api.prisma.auditEvent.findFirstOrThrow({ where: { action: 'conflict.checked' } });
    expect(audit.actorId).toBe(localId(firm.admin.id));
    expect(audit.after).toEqual({ names: ['Wile E. Coyote', 'Acme'], hits: [0, 1] });
  });

  it('refuses an empty list and empty names with a validation error', async () => {
    const none = await api.gql(ConflictCheck, { names: [] }, { token: firm.admin.token });
    expect(none.errors?.[0]).toMatchObject({ message: 'Give at least one name', extensions: { code: 'VALIDATION_FAILED' } });
    const blank = await api.gql(ConflictCheck, { names: ['  '] }, { token: firm.admin.token });
    expect(blank.errors?.[0]).toMatchObject({ message: 'A name is required' });
  });
});

describe('conflict hits in payloads', () => {
  it('addParty with an adverse role returns the hits for its name and aliases, leaving the party itself out', async () => {
    const added = await addParty({ name: 'Acme Corporation', aliases: ['Acme Holdings'] });
    expect(added.conflicts.map((c) => c.name)).toEqual(['Acme Corporation', 'Acme Holdings']);
    expect(added.conflicts[0].hits.map((h) => h.name)).toEqual(['Acme Corp.']);
  });

  it('addParty with a role that is not adverse returns no hits', async () => {
    const added = await addParty({ name: 'Acme Corporation', role: 'WITNESS' });
    expect(added.conflicts).toEqual([]);
  });

  it("createMatter returns the hits for its client's name among the other records", async () => {
    await addParty({ name: 'ACME Corp' });
    const result = await api.gql(OpenMatter, { input: { clientId, title: 'Second' } }, { token: firm.admin.token });
    const payload = expectType(result.data?.createMatter, 'CreateMatterPayload');
    expect(payload.conflicts).toEqual([
      { name: 'Acme Corp.', hits: [{ name: 'ACME Corp', role: 'DEFENDANT', matchedOn: 'PARTY', matters: [{ id: matterId }] }] },
    ]);
  });
});
