import { createHash } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import http from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { resetDatabase } from '../../support/database.ts';
import { createFirm, type FirmFixture } from '../../support/fixtures.ts';
import { eventually } from '../../support/receivers.ts';
import { startTestServer, type TestServer } from '../../support/server.ts';
import { filesUnder, upload, uploadForm } from './support.ts';

const LIMIT = 20_000;

let api: TestServer;
let dataDir: string;
let firm: FirmFixture;

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'lexgraph-uploads-'));
  api = await startTestServer({ jobs: { DATA_DIR: dataDir, UPLOAD_MAX_BYTES: String(LIMIT) } });
});
afterAll(async () => {
  await api.close();
  await rm(dataDir, { recursive: true, force: true });
});
beforeEach(async () => {
  await resetDatabase();
  await rm(dataDir, { recursive: true, force: true });
  firm = await createFirm(api, 'Uploads');
});

async function expectNothingKept() {
  expect(await api.prisma.upload.count()).toBe(0);
  expect(await api.prisma.fileBlob.count()).toBe(0);
  expect(await filesUnder(dataDir)).toEqual([]);
}

const windowsProgram = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(62), Buffer.from('PE\0\0'), Buffer.alloc(400, 7)]);
const zipArchive = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0, 8, 0]), Buffer.alloc(100, 1)]);

describe('POST /files', () => {
  it('accepts a PDF, recognised from its bytes, and answers its upload id, type, size and SHA-256', async () => {
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n');
    const answer = await upload(api, firm.attorney.token, pdf, 'complaint.bin');
    expect(answer.status).toBe(201);
    expect(answer.body).toEqual({
      uploadId: expect.any(String),
      fileName: 'complaint.bin',
      mimeType: 'application/pdf',
      size: pdf.length,
      sha256: createHash('sha256').update(pdf).digest('hex'),
    });
  });

  it('refuses content of a type outside the allow-list with 415, whatever the file is called, and keeps nothing', async () => {
    for (const [bytes, name] of [
      [windowsProgram, 'brief.pdf'],
      [zipArchive, 'exhibits.docx'],
      [Buffer.from([0, 1, 2, 3, 255, 254, 0, 0, 9, 200]), 'notes.txt'],
    ] as const) {
      const answer = await upload(api, firm.attorney.token, bytes, name);
      expect(answer.status, name).toBe(415);
      expect(answer.body.errors?.[0]).toEqual({
        message: expect.stringContaining('Files of this type are not accepted'),
        extensions: { code: 'UNSUPPORTED_FILE_TYPE' },
      });
    }
    await expectNothingKept();
  });

  it('refuses an upload over UPLOAD_MAX_BYTES with 413 while it streams, with or without a declared length, and keeps nothing', async () => {
    const text = 'The quick brown fox. '.repeat(2_000);
    const chunks = [text.slice(0, 15_000), text.slice(15_000)];
    const streamed = await fetch(`${api.url}/files?name=big.txt`, {
      method: 'POST',
      headers: { authorization: `Bearer ${firm.attorney.token}` },
      body: new ReadableStream({
        start(controller) {
          for (const chunk of chunks) controller.enqueue(new TextEncoder().encode(chunk));
          controller.close();
        },
      }),
      duplex: 'half',
    } as RequestInit);
    expect(streamed.status).toBe(413);
    expect(await streamed.json()).toEqual({
      errors: [{ message: `The file is larger than the limit of ${LIMIT} bytes`, extensions: { code: 'PAYLOAD_TOO_LARGE' } }],
    });

    const declared = await upload(api, firm.attorney.token, text, 'big.txt');
    expect(declared.status).toBe(413);
    expect(declared.body.errors?.[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
    const form = await uploadForm(api, firm.attorney.token, text, 'big.txt');
    expect(form.status).toBe(413);
    expect(form.body.errors?.[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
    await expectNothingKept();
  });

  it('accepts a file of exactly UPLOAD_MAX_BYTES', async () => {
    const answer = await upload(api, firm.attorney.token, 'x'.repeat(LIMIT), 'exact.txt');
    expect(answer.status).toBe(201);
    expect(answer.body.size).toBe(LIMIT);
  });

  it('stores identical content once per firm however often and under whatever names it is uploaded', async () => {
    const text = 'Settlement terms, draft 3.\n';
    const first = await upload(api, firm.attorney.token, text, 'terms.txt');
    const second = await uploadForm(api, firm.paralegal.token, text, 'copy of terms.txt');
    expect(first.status).toBe(201);
    expect(second.status).toBe(201);
    expect(second.body.uploadId).not.toBe(first.body.uploadId);
    expect(second.body.sha256).toBe(first.body.sha256);
    expect(await api.prisma.upload.count()).toBe(2);
    expect(await api.prisma.fileBlob.count()).toBe(1);
    expect(await filesUnder(join(dataDir, 'files'))).toHaveLength(1);

    const other = await createFirm(api, 'Other');
    expect((await upload(api, other.attorney.token, text, 'terms.txt')).status).toBe(201);
    expect(await api.prisma.fileBlob.count()).toBe(2);
    expect(await filesUnder(join(dataDir, 'files'))).toHaveLength(2);
    expect(await filesUnder(join(dataDir, 'incoming'))).toEqual([]);
  });

  it('stores content once when the same bytes arrive in several uploads at the same time', async () => {
    const text = 'Privilege log, produced twice by mistake.\n';
    const answers = await Promise.all([1, 2, 3, 4, 5].map((n) => upload(api, firm.attorney.token, text, `log-${n}.txt`)));
    expect(answers.map((a) => a.status)).toEqual([201, 201, 201, 201, 201]);
    expect(new Set(answers.map((a) => a.body.uploadId)).size).toBe(5);
    expect(await api.prisma.fileBlob.count()).toBe(1);
    expect(await filesUnder(join(dataDir, 'files'))).toHaveLength(1);
  });

  it('keeps nothing of an upload the client abandons halfway', async () => {
    const request = http.request(`${api.url}/files?name=half.txt`, {
      method: 'POST',
      headers: { authorization: `Bearer ${firm.attorney.token}`, 'content-length': '10000' },
    });
    request.on('error', () => {});
    request.write('a'.repeat(4_000));
    await eventually(async () => (await filesUnder(join(dataDir, 'incoming'))).length === 1 || undefined, 10_000, 'the spooled part');
    request.destroy();
    await eventually(async () => (await filesUnder(dataDir)).length === 0 || undefined, 10_000, 'the spool file removed');
    await expectNothingKept();
  });

  it('tells Outlook messages and old Office files apart by name within their shared container, and refuses it under other names', async () => {
    const container = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(1_000)]);
    expect((await upload(api, firm.attorney.token, container, 'From client.msg')).body.mimeType).toBe('application/vnd.ms-outlook');
    expect((await upload(api, firm.attorney.token, container, 'brief.DOC')).body.mimeType).toBe('application/msword');
    expect((await upload(api, firm.attorney.token, container, 'brief.pdf')).status).toBe(415);
  });

  it('recognises text without a signature: email by its header block, CSV by its name, anything else as plain text', async () => {
    const email =
      'From: counsel@example.test\r\nTo: client@example.test\r\nSubject: Draft\r\nDate: Mon, 1 Dec 2026 10:00:00 +0000\r\n\r\nSee attached.\r\n';
    expect((await upload(api, firm.attorney.token, email, 'message.eml')).body.mimeType).toBe('message/rfc822');
    expect((await upload(api, firm.attorney.token, 'a,b\n1,2\n', 'figures.csv')).body.mimeType).toBe('text/csv');
    expect((await upload(api, firm.attorney.token, 'Zeugenaussage: Müller sagt aus.', 'notes.md')).body.mimeType).toBe('text/plain');
  });

  it('refuses an empty file, a request without a session and a read-only user', async () => {
    const empty = await upload(api, firm.attorney.token, '', 'empty.txt');
    expect(empty.status).toBe(400);
    expect(empty.body.errors?.[0].message).toBe('The file is empty');
    const anonymous = await fetch(`${api.url}/files`, { method: 'POST', body: 'text' });
    expect(anonymous.status).toBe(401);
    expect((await upload(api, firm.readOnly.token, 'text', 'a.txt')).status).toBe(403);
    await expectNothingKept();
  });
});
