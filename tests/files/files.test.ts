import { createHash } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.ts';
import { resetDatabase } from '../support/database.ts';
import { createFirm, expectType, type FirmFixture } from '../support/fixtures.ts';
import { eventually } from '../support/receivers.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

const RenderPdf = graphql(`
  mutation FilesRenderPdf($input: RenderPdfInput!) {
    renderPdf(input: $input) {
      __typename
      ... on RenderPdfPayload { job { id } }
      ... on ValidationError { issues { path message } }
    }
  }
`);

const Files = graphql(`
  query FilesList { files(first: 10) { edges { node { id name mimeType size sha256 downloadPath } } } }
`);

let api: TestServer;
let firm: FirmFixture;

beforeAll(async () => {
  api = await startTestServer({ worker: true });
});
afterAll(() => api.close());
beforeEach(async () => {
  await resetDatabase();
  firm = await createFirm(api, 'Files');
});

async function renderedFile(token: string) {
  const queued = await api.gql(
    RenderPdf,
    {
      input: {
        title: 'Invoice <42>',
        fileName: 'invoice-42.pdf',
        blocks: [
          { kind: 'heading', text: 'Services' },
          { kind: 'paragraph', text: 'Advice on the merger.' },
          { kind: 'table', columns: ['Item', 'Amount'], rows: [['Advice', '1,200.00']] },
        ],
      },
    },
    { token },
  );
  expectType(queued.data?.renderPdf, 'RenderPdfPayload');
  return eventually(async () => (await api.gql(Files, {}, { token })).data?.files.edges[0]?.node, 10_000, 'the stored file');
}

describe('render_pdf and file download', () => {
  it('renders a PDF into a stored file that users of the firm download with their token', async () => {
    const file = await renderedFile(firm.paralegal.token);
    expect(file).toMatchObject({ name: 'invoice-42.pdf', mimeType: 'application/pdf' });
    const response = await fetch(`${api.url}${file.downloadPath}`, { headers: { authorization: `Bearer ${firm.readOnly.token}` } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="invoice-42.pdf"');
    const bytes = Buffer.from(await response.arrayBuffer());
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    expect(bytes.length).toBe(file.size);
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(file.sha256);
  });

  it("keeps another firm's files invisible: 404 on download, null from node, absent from files", async () => {
    const file = await renderedFile(firm.admin.token);
    const other = await createFirm(api, 'Other');
    const response = await fetch(`${api.url}${file.downloadPath}`, { headers: { authorization: `Bearer ${other.admin.token}` } });
    expect(response.status).toBe(404);
    const missing = await fetch(`${api.url}/files/00000000-0000-7000-8000-000000000000`, {
      headers: { authorization: `Bearer ${other.admin.token}` },
    });
    expect(response.status).toBe(missing.status);
    expect((await fetch(`${api.url}${file.downloadPath}`)).status).toBe(401);
    const node = await api.gql('query($id: ID!) { node(id: $id) { id } }', { id: file.id }, { token: other.admin.token });
    expect(node.data).toEqual({ node: null });
    expect(node.errors).toBeUndefined();
    expect((await api.gql(Files, {}, { token: other.admin.token })).data?.files.edges).toEqual([]);
  });

  it('refuses a bad document definition with field paths and queues nothing', async () => {
    const result = await api.gql(RenderPdf, { input: { title: '', fileName: 'x.exe', blocks: [] } }, { token: firm.admin.token });
    const error = expectType(result.data?.renderPdf, 'ValidationError');
    expect(error.issues.map((i) => i.path)).toEqual([
      ['document', 'title'],
      ['document', 'fileName'],
    ]);
    expect(await api.prisma.backgroundJob.count()).toBe(0);
  });
});
