import pg from 'pg';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.ts';
import { resetDatabase, workerDatabaseUrl } from '../support/database.ts';
import { createClient, createFirm, createMatter, expectType, type FirmFixture } from '../support/fixtures.ts';
import { localId } from '../support/ids.ts';
import { waitForLockWaiters } from '../support/locks.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

const CreateClient = graphql(`
  mutation ValidationCreateClient($input: CreateClientInput!) {
    createClient(input: $input) {
      __typename
      ... on CreateClientPayload { client { id } }
      ... on ValidationError { message issues { path message } }
      ... on Error { message }
    }
  }
`);

const UpdateClient = graphql(`
  mutation ValidationUpdateClient($input: UpdateClientInput!) {
    updateClient(input: $input) {
      __typename
      ... on UpdateClientPayload { client { id name email } }
      ... on ValidationError { message issues { path message } }
      ... on Error { message }
    }
  }
`);

const CreateMatter = graphql(`
  mutation ValidationCreateMatter($input: CreateMatterInput!) {
    createMatter(input: $input) {
      __typename
      ... on CreateMatterPayload { matter { id number } }
      ... on ValidationError { message issues { path message } }
      ... on Error { message }
    }
  }
`);

const UpdateMatter = graphql(`
  mutation ValidationUpdateMatter($input: UpdateMatterInput!) {
    updateMatter(input: $input) {
      __typename
      ... on UpdateMatterPayload { matter { id number } }
      ... on ValidationError { message issues { path message } }
      ... on Error { message }
    }
  }
`);

let api: TestServer;
let firm: FirmFixture;
let clientId: string;

beforeAll(async () => {
  api = await startTestServer();
});
afterAll(() => api.close());
beforeEach(async () => {
  await resetDatabase();
  firm = await createFirm(api, 'Validation');
  clientId = (await createClient(api, firm.admin.token)).id;
});

/** Rows a refused mutation must leave alone. */
async function counts() {
  const p = api.prisma;
  return {
    clients: await p.client.count(),
    matters: await p.matter.count(),
    auditEvents: await p.auditEvent.count(),
    domainEvents: await p.domainEvent.count(),
  };
}

describe('ValidationError', () => {
  it('names every refused field of createClient with its path and message, and nothing is written', async () => {
    const before = await counts();
    const result = await api.gql(
      CreateClient,
      { input: { name: '   ', kind: 'PERSON', email: 'not-an-email' } },
      { token: firm.attorney.token },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.createClient).toEqual({
      __typename: 'ValidationError',
      message: '2 input fields are invalid',
      issues: [
        { path: ['name'], message: 'Name is required' },
        { path: ['email'], message: 'Enter a valid email address' },
      ],
    });
    expect(await counts()).toEqual(before);
  });

  it('uses the field path of updateClient input and leaves the client as it was', async () => {
    const before = await api.prisma.client.findFirstOrThrow();
    const result = await api.gql(
      UpdateClient,
      { input: { id: clientId, email: 'still@not', phone: 'x'.repeat(51) } },
      { token: firm.attorney.token },
    );
    expect(result.data?.updateClient).toEqual({
      __typename: 'ValidationError',
      message: '2 input fields are invalid',
      issues: [
        { path: ['email'], message: 'Enter a valid email address' },
        { path: ['phone'], message: 'Must be at most 50 characters' },
      ],
    });
    expect(await api.prisma.client.findFirstOrThrow()).toEqual(before);
  });

  it('names an empty title and a malformed number of createMatter, writing nothing', async () => {
    const before = await counts();
    const result = await api.gql(
      CreateMatter,
      { input: { clientId, title: '', number: 'no spaces allowed' } },
      { token: firm.attorney.token },
    );
    expect(result.data?.createMatter).toEqual({
      __typename: 'ValidationError',
      message: '2 input fields are invalid',
      issues: [
        { path: ['title'], message: 'Title is required' },
        { path: ['number'], message: 'Matter number is 1-40 letters, digits, ".", "/" or "-"' },
      ],
    });
    expect(await counts()).toEqual(before);
  });
});

describe('matter numbers', () => {
  it('refuses a number already used in the firm with a ValidationError on ["number"], writing nothing', async () => {
    await createMatter(api, firm.admin.token, { clientId, number: 'LIT-7' });
    const before = await counts();
    const result = await api.gql(CreateMatter, { input: { clientId, title: 'Second', number: 'LIT-7' } }, { token: firm.admin.token });
    expect(result.data?.createMatter).toEqual({
      __typename: 'ValidationError',
      message: 'Matter number LIT-7 is already in use',
      issues: [{ path: ['number'], message: 'Matter number LIT-7 is already in use' }],
    });
    expect(await counts()).toEqual(before);
  });

  it('refuses renaming a matter to another matter\'s number with a ValidationError on ["number"]', async () => {
    await createMatter(api, firm.admin.token, { clientId, number: 'LIT-7' });
    const other = await createMatter(api, firm.admin.token, { clientId, number: 'LIT-8' });
    const result = await api.gql(UpdateMatter, { input: { id: other.id, number: 'LIT-7' } }, { token: firm.admin.token });
    expect(result.data?.updateMatter).toEqual({
      __typename: 'ValidationError',
      message: 'Matter number LIT-7 is already in use',
      issues: [{ path: ['number'], message: 'Matter number LIT-7 is already in use' }],
    });
    expect((await api.prisma.matter.findMany({ orderBy: { number: 'asc' } })).map((m) => m.number)).toEqual(['LIT-7', 'LIT-8']);
  });

  it('accepts the same number in a different firm', async () => {
    await createMatter(api, firm.admin.token, { clientId, number: 'LIT-7' });
    const other = await createFirm(api, 'Elsewhere');
    const otherClient = await createClient(api, other.admin.token);
    const result = await api.gql(
      CreateMatter,
      { input: { clientId: otherClient.id, title: 'Same number', number: 'LIT-7' } },
      { token: other.admin.token },
    );
    expect(expectType(result.data?.createMatter, 'CreateMatterPayload').matter.number).toBe('LIT-7');
    expect(await api.prisma.matter.count({ where: { number: 'LIT-7' } })).toBe(2);
  });

  it('gives concurrent requests for the same new number one matter and ValidationErrors on ["number"], never an internal error', async () => {
    // A transaction of our own holds the number without committing: every request passes the
    // "is it free?" check, then waits on the unique index. When we roll back, they race for real.
    const db = new pg.Client({ connectionString: workerDatabaseUrl() });
    await db.connect();
    try {
      await db.query('BEGIN');
      await db.query(
        `INSERT INTO "Matter" (id, "firmId", "clientId", number, title, "updatedAt")
         VALUES (gen_random_uuid(), $1, $2, 'RACE-1', 'Placeholder', now())`,
        [localId(firm.firmId), localId(clientId)],
      );
      const pending = Promise.all(
        Array.from({ length: 5 }, (_, i) =>
          api.gql(CreateMatter, { input: { clientId, title: `Race ${i}`, number: 'RACE-1' } }, { token: firm.admin.token }),
        ),
      );
      await waitForLockWaiters(db, 5);
      await db.query('ROLLBACK');
      const results = await pending;

      expect(results.flatMap((r) => r.errors ?? [])).toEqual([]);
      const outcomes = results.map((r) => r.data?.createMatter?.__typename).sort();
      expect(outcomes).toEqual(['CreateMatterPayload', 'ValidationError', 'ValidationError', 'ValidationError', 'ValidationError']);
      for (const r of results) {
        const outcome = r.data?.createMatter;
        if (outcome?.__typename === 'ValidationError') {
          expect(outcome.issues).toEqual([{ path: ['number'], message: 'Matter number RACE-1 is already in use' }]);
        }
      }
      expect(await api.prisma.matter.count({ where: { number: 'RACE-1' } })).toBe(1);
      expect(await api.prisma.auditEvent.count({ where: { action: 'matter.created' } })).toBe(1);
    } finally {
      await db.end();
    }
  });

  it('skips a number someone already chose by hand when numbering the next matter', async () => {
    const year = new Date().getUTCFullYear();
    await createMatter(api, firm.admin.token, { clientId, number: `${year}-0001` });
    const result = await api.gql(CreateMatter, { input: { clientId, title: 'Numbered for me' } }, { token: firm.admin.token });
    expect(result.errors).toBeUndefined();
    expect(expectType(result.data?.createMatter, 'CreateMatterPayload').matter.number).toBe(`${year}-0002`);
  });
});
