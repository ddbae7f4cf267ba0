import { buffer } from 'node:stream/consumers';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { blobKey, blobStore } from '../../src/storage/index.ts';
import { resetDatabase } from '../support/database.ts';
import { createFirm, type FirmFixture } from '../support/fixtures.ts';
import { localId } from '../support/ids.ts';
import { eventually, type SmtpSink, startSmtpSink } from '../support/receivers.ts';
import { startTestServer, type TestServer } from '../support/server.ts';
import { attempt, clientWithMatter, mutate } from './support.ts';

let api: TestServer;
let smtp: SmtpSink;
let firm: FirmFixture;

beforeAll(async () => {
  smtp = await startSmtpSink();
  api = await startTestServer({ worker: true, jobs: { SMTP_URL: smtp.url } });
});
afterAll(async () => {
  await api.close();
  await smtp.close();
});
beforeEach(async () => {
  await resetDatabase();
  smtp.messages.length = 0;
  firm = await createFirm(api, 'Paper');
});

async function pdfText(bytes: Uint8Array): Promise<string> {
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(bytes)), { mergePages: true });
  return text;
}

/** An issued invoice of 2.5 h at 240.00 (600.00) for a client with an email address. */
async function issuedInvoice(): Promise<string> {
  const { matter } = await clientWithMatter(api, firm);
  await mutate(
    api,
    firm.billing.token,
    'setRate',
    { timekeeperId: firm.attorney.id, rate: '240.00', effectiveFrom: '2026-01-01' },
    'rate { id }',
  );
  const { timeEntry } = await mutate<{ timeEntry: { id: string } }>(
    api,
    firm.billing.token,
    'createTimeEntry',
    {
      matterId: matter.id,
      timekeeperId: firm.attorney.id,
      date: '2026-02-02',
      minutes: 150,
      narrative: 'Hearing',
      taskCode: 'L450',
      activityCode: 'A109',
    },
    'timeEntry { id }',
  );
  await mutate(api, firm.billing.token, 'approveTimeEntries', { ids: [timeEntry.id] }, 'timeEntries { id }');
  const { invoice } = await mutate<{ invoice: { id: string } }>(
    api,
    firm.billing.token,
    'generateInvoice',
    { matterId: matter.id, periodEnd: '2026-02-28' },
    'invoice { id }',
  );
  await mutate(api, firm.billing.token, 'issueInvoice', { invoiceId: invoice.id, issuedOn: '2026-03-01' }, 'invoice { id }');
  return invoice.id;
}

const pdfOf = (invoiceId: string) =>
  eventually(
    async () => {
      const invoice = await api.prisma.invoice.findUniqueOrThrow({ where: { id: localId(invoiceId) } });
      return invoice.pdfJobId ? api.prisma.storedFile.findFirst({ where: { jobId: invoice.pdfJobId } }) : null;
    },
    20_000,
    'the invoice PDF',
  );

describe('invoice PDF and email', () => {
  it('renders the issued invoice to a PDF whose text holds the invoice number and total', async () => {
    const invoiceId = await issuedInvoice();
    const file = await pdfOf(invoiceId);
    expect(file.mimeType).toBe('application/pdf');
    const text = await pdfText(await buffer(await blobStore(api.jobs.storage).read(blobKey(file.firmId, file.sha256))));
    expect(text).toContain('INV-000001');
    expect(text).toContain('600.00 USD');
    expect(text).toContain('L450');
  });

  it('emails the invoice with its PDF attached to the test SMTP server, once the PDF exists', async () => {
    const invoiceId = await issuedInvoice();
    await pdfOf(invoiceId);
    await mutate(api, firm.billing.token, 'sendInvoice', { invoiceId, to: 'ap@client.example' }, 'invoice { id }');
    const mail = await eventually(() => smtp.messages.find((m) => m.subject?.includes('INV-000001')), 20_000, 'the invoice email');
    expect(mail.to && 'text' in mail.to ? mail.to.text : '').toBe('ap@client.example');
    expect(mail.text).toContain('600.00 USD');
    expect(mail.attachments.map((a) => [a.filename, a.contentType])).toEqual([['invoice-INV-000001.pdf', 'application/pdf']]);
    expect(await pdfText(mail.attachments[0].content)).toContain('INV-000001');
  });

  it('lets only billing staff send, and refuses to email a void invoice', async () => {
    const invoiceId = await issuedInvoice();
    await pdfOf(invoiceId);
    expect((await attempt(api, firm.attorney.token, 'sendInvoice', { invoiceId, to: 'ap@client.example' })).__typename).toBe('FORBIDDEN');
    await mutate(api, firm.billing.token, 'voidInvoice', { invoiceId }, 'invoice { id }');
    expect((await attempt(api, firm.billing.token, 'sendInvoice', { invoiceId, to: 'ap@client.example' })).__typename).toBe(
      'ConflictError',
    );
    expect(await api.prisma.emailMessage.count({ where: { template: 'invoice' } })).toBe(0);
  });
});
