import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { renderPdf } from '../../../src/jobs/jobs/render_pdf.ts';
import { searchDocuments } from '../../../src/resolvers/cases/index.ts';
import { graphql } from '../../gql/index.ts';
import { viewerOf } from '../../support/context.ts';
import { resetDatabase } from '../../support/database.ts';
import { createClient, createFirm, createMatter, expectType, type FirmFixture } from '../../support/fixtures.ts';
import { localId } from '../../support/ids.ts';
import { eventually } from '../../support/receivers.ts';
import { startTestServer, type TestServer } from '../../support/server.ts';
import { upload, uploadIdOf } from './support.ts';

const CreateDocument = graphql(`
  mutation ExtractionCreate($input: CreateDocumentInput!) {
    createDocument(input: $input) {
      __typename
      ... on CreateDocumentPayload { document { id } }
    }
  }
`);

const AddVersion = graphql(`
  mutation ExtractionAddVersion($input: AddDocumentVersionInput!) {
    addDocumentVersion(input: $input) { __typename }
  }
`);

let api: TestServer;
let dataDir: string;
let firm: FirmFixture;
let matterId: string;

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'lexgraph-extraction-'));
  api = await startTestServer({ worker: true, jobs: { DATA_DIR: dataDir } });
});
afterAll(async () => {
  await api.close();
  await rm(dataDir, { recursive: true, force: true });
});
beforeEach(async () => {
  await resetDatabase();
  firm = await createFirm(api, 'Extraction');
  matterId = (await createMatter(api, firm.attorney.token, { clientId: (await createClient(api, firm.attorney.token)).id })).id;
});

async function fileDocument(bytes: Buffer | string, name: string, title: string): Promise<string> {
  const uploadId = uploadIdOf(await upload(api, firm.attorney.token, bytes, name));
  const result = await api.gql(CreateDocument, { input: { matterId, uploadId, title } }, { token: firm.attorney.token });
  return localId(expectType(result.data?.createDocument, 'CreateDocumentPayload').document.id);
}

const extracted = (id: string) =>
  eventually(async () => (await api.prisma.document.findUniqueOrThrow({ where: { id } })).extractedText, 15_000, 'the extracted text');

/** The documents a web-search query finds through the database-maintained search column, best first. */
async function found(query: string): Promise<string[]> {
  const rows = await api.prisma.$queryRaw<{ id: string }[]>`
    SELECT id FROM "Document" WHERE "searchVector" @@ websearch_to_tsquery('english', ${query})
    ORDER BY ts_rank("searchVector", websearch_to_tsquery('english', ${query})) DESC, id`;
  return rows.map((r) => r.id);
}

describe('text extraction', () => {
  it('reads a text file into the document and makes its words searchable, title hits ranked above body hits', async () => {
    const inBody = await fileDocument('The parties agree to an indemnification cap of $2M.\n', 'terms.txt', 'Settlement terms');
    const inTitle = await fileDocument('Nothing relevant here.\n', 'memo.txt', 'Indemnification memo');
    expect(await extracted(inBody)).toBe('The parties agree to an indemnification cap of $2M.');
    await extracted(inTitle);
    expect(await found('indemnification')).toEqual([inTitle, inBody]);
    expect(await found('INDEMNIFICATION caps')).toEqual([inBody]);
    expect(await found('arbitration')).toEqual([]);
  });

  it('reads the text of a PDF', async () => {
    const pdf = await renderPdf({
      title: 'Motion to compel',
      fileName: 'motion.pdf',
      blocks: [{ kind: 'paragraph', text: 'Defendant refused to produce the spreadsheets of the escrow account.' }],
    });
    const id = await fileDocument(pdf, 'motion.pdf', 'Motion');
    expect(await extracted(id)).toContain('Defendant refused to produce the spreadsheets of the escrow account.');
    expect(await found('escrow spreadsheets')).toEqual([id]);
  });

  it('replaces the text with that of a new version, so old words stop matching', async () => {
    const id = await fileDocument('Draft mentions the warranty.\n', 'v1.txt', 'Contract');
    await extracted(id);
    const uploadId = uploadIdOf(await upload(api, firm.attorney.token, 'Final mentions the guarantee.\n', 'v2.txt'));
    await api.gql(
      AddVersion,
      { input: { documentId: Buffer.from(`Document:${id}`).toString('base64'), uploadId } },
      { token: firm.attorney.token },
    );
    await eventually(async () => (await found('guarantee')).includes(id) || null, 15_000, 'the new text');
    expect(await found('warranty')).toEqual([]);
  });

  it('answers searchDocuments with the documents the viewer can see, best first, with highlighted snippets and keyset pages', async () => {
    const inBody = await fileDocument('Minutes: the board approved the merger on Friday.\n', 'minutes.txt', 'Board minutes');
    const inTitle = await fileDocument('Nothing else here.\n', 'memo.txt', 'Merger memo');
    await extracted(inBody);
    await extracted(inTitle);
    const attorney = await viewerOf(api.prisma, firm.attorney.email);
    const hits = await searchDocuments({ prisma: api.prisma, viewer: attorney }, { query: 'merger' });
    expect(hits.map((h) => h.id)).toEqual([inTitle, inBody]);
    expect(hits[1]).toMatchObject({ title: 'Board minutes', snippet: expect.stringContaining('approved the <mark>merger</mark>') });
    expect(hits[0].rank).toBeGreaterThan(hits[1].rank);

    const firstPage = await searchDocuments({ prisma: api.prisma, viewer: attorney }, { query: 'merger', first: 1 });
    const secondPage = await searchDocuments({ prisma: api.prisma, viewer: attorney }, { query: 'merger', first: 1, after: firstPage[0] });
    expect([...firstPage, ...secondPage].map((h) => h.id)).toEqual([inTitle, inBody]);

    // The paralegal is not on the matter's team; another firm's admin sees nothing of this firm.
    const paralegal = await viewerOf(api.prisma, firm.paralegal.email);
    expect(await searchDocuments({ prisma: api.prisma, viewer: paralegal }, { query: 'merger' })).toEqual([]);
    const other = await createFirm(api, 'Other');
    expect(
      await searchDocuments({ prisma: api.prisma, viewer: await viewerOf(api.prisma, other.admin.email) }, { query: 'merger' }),
    ).toEqual([]);
  });
});
