import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_LOGIN, seedDemo } from '../../prisma/seed.ts';
import { resetDatabase } from '../support/database.ts';
import { collect, untilReceived, wsClient } from '../support/realtime.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

let api: TestServer;
let readme: string;

beforeAll(async () => {
  api = await startTestServer();
  await resetDatabase();
  await seedDemo(api.prisma);
  readme = await readFile('README.md', 'utf8');
});
afterAll(async () => {
  await api?.close();
});

/** The README's code blocks in `language`, in order, exactly as written. */
function blocks(language: string): string[] {
  return [...readme.matchAll(new RegExp(`\`\`\`${language}\\n([\\s\\S]*?)\`\`\``, 'g'))].map((m) => m[1]);
}
const graphqlBlock = (start: string) => {
  const found = blocks('graphql').find((b) => b.trimStart().startsWith(start));
  if (!found) throw new Error(`the README has no graphql block starting with ${start}`);
  return found;
};

async function signIn(): Promise<string> {
  const result = await api.gql<{ login: { token: string; user: { role: string } } }, never>(graphqlBlock('mutation {\n  login('));
  expect(result.data?.login.user.role).toBe('ADMIN');
  return result.data?.login.token as string;
}

describe('the README’s examples run verbatim against the demo seed', () => {
  it('signs in with the demo login and pages through open matters', async () => {
    expect(graphqlBlock('mutation {\n  login(')).toContain(DEMO_LOGIN.password);
    const token = await signIn();
    const page = await api.gql<{ matters: { totalCount: number } }, never>(graphqlBlock('query OpenMatters'), undefined, { token });
    expect(page.errors).toBeUndefined();
    expect(page.data?.matters.totalCount).toBeGreaterThan(0);
  });

  it('runs the GET example with its header', async () => {
    const token = await signIn();
    const curl = blocks('sh').find((b) => b.startsWith('curl '));
    if (!curl) throw new Error('the README has no curl example');
    const url = /curl '([^']+)'/.exec(curl)?.[1] as string;
    const headers = Object.fromEntries(
      [...curl.matchAll(/-H '([^:]+): ([^']+)'/g)].map(([, name, value]) => [name, value.replace('<token>', token)]),
    );
    const response = await fetch(url.replace('http://localhost:4000', api.url), { headers });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ data: { me: { name: expect.any(String), role: 'ADMIN' } } });
  });

  it('fetches a real client id first and opens a matter for it', async () => {
    const token = await signIn();
    const clients = await api.gql<{ clients: { edges: { node: { id: string } }[] } }, never>(graphqlBlock('query FirstClient'), undefined, {
      token,
    });
    const clientId = clients.data?.clients.edges[0].node.id as string;
    const opened = await api.gql<{ createMatter: { __typename: string; matter: { status: string } } }, { clientId: string }>(
      graphqlBlock('mutation OpenMatter'),
      { clientId },
      { token },
    );
    expect(opened.data?.createMatter).toMatchObject({ __typename: 'CreateMatterPayload', matter: { status: 'OPEN' } });
  });

  it('runs the subscription example and sees a matter being opened', async () => {
    const token = await signIn();
    const client = wsClient(`${api.url.replace(/^http/, 'ws')}/graphql`, token);
    const live = collect<{ matterEvents: { type: string; matter: { title: string } } }>(client, graphqlBlock('subscription'));
    try {
      await client.connected;
      const clients = await api.gql<{ clients: { edges: { node: { id: string } }[] } }, never>(
        graphqlBlock('query FirstClient'),
        undefined,
        {
          token,
        },
      );
      const clientId = clients.data?.clients.edges[0].node.id as string;
      const created = () => live.results.find((r) => r.data?.matterEvents.type === 'CREATED')?.data;
      await untilReceived(
        () => api.gql(graphqlBlock('mutation OpenMatter'), { clientId }, { token }),
        () => created() !== undefined,
      );
      expect(created()?.matterEvents.matter.title).toBe('Acme v. Widgets');
    } finally {
      live.stop();
      await client.dispose();
    }
  });
});
