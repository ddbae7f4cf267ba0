import { createHash } from 'node:crypto';
import type { PrismaClient } from '../../src/db/client.ts';
import type { DocumentCategory } from '../../src/generated/prisma/enums.ts';
import { renderPdf } from '../../src/jobs/jobs/render_pdf.ts';
import { blobStore, type StorageSettings } from '../../src/storage/index.ts';
import { keepBlob } from '../../src/storage/keep.ts';

interface DemoDocument {
  title: string;
  category: DocumentCategory;
  privileged: boolean;
  fileName: string;
  mimeType: string;
  text: string;
}

const DOCUMENTS: DemoDocument[] = [
  {
    title: 'Complaint',
    category: 'PLEADING',
    privileged: false,
    fileName: 'complaint.pdf',
    mimeType: 'application/pdf',
    text: 'Plaintiff alleges breach of the supply agreement: the goods delivered in March did not meet the agreed specifications, and the defendant refused to cure.',
  },
  {
    title: 'Engagement letter',
    category: 'CORRESPONDENCE',
    privileged: true,
    fileName: 'engagement-letter.txt',
    mimeType: 'text/plain',
    text: 'We are pleased to confirm our engagement. Fees are billed monthly at the hourly rates set out below; the retainer is held in trust.',
  },
  {
    title: 'Email from opposing counsel',
    category: 'CORRESPONDENCE',
    privileged: false,
    fileName: 'opposing-counsel.eml',
    mimeType: 'message/rfc822',
    text: 'From: counsel@opposing.example\r\nTo: priya.raman@demo.law\r\nSubject: Proposed deposition dates\r\nDate: Tue, 2 Dec 2026 09:30:00 +0000\r\n\r\nWe propose deposing your client on 14 or 15 January. Please confirm availability.\r\n',
  },
  {
    title: 'Research memo on indemnification',
    category: 'MEMO',
    privileged: true,
    fileName: 'indemnification-memo.txt',
    mimeType: 'text/plain',
    text: 'Question presented: whether the indemnification clause covers consequential damages. Short answer: likely not, given the express carve-out in section 9.2.',
  },
];

async function bytesOf(document: DemoDocument): Promise<Buffer> {
  if (document.mimeType !== 'application/pdf') return Buffer.from(document.text);
  return renderPdf({ title: document.title, fileName: document.fileName, blocks: [{ kind: 'paragraph', text: document.text }] });
}

/**
 * Seeds a few documents (a PDF pleading, a letter, an email, a memo) on the demo firm's first three
 * matters, bytes in the file store and text already extracted, so search and downloads show them.
 */
export async function seedDocuments(prisma: PrismaClient, storage: StorageSettings): Promise<void> {
  const matters = await prisma.matter.findMany({ orderBy: { number: 'asc' }, take: 3, include: { members: true } });
  const store = blobStore(storage);
  for (const [index, matter] of matters.entries()) {
    for (const demo of DOCUMENTS.slice(index, index + 2)) {
      const bytes = await bytesOf(demo);
      const sha256 = createHash('sha256').update(bytes).digest('hex');
      const blob = await keepBlob(prisma, store, {
        firmId: matter.firmId,
        sha256,
        size: bytes.length,
        mimeType: demo.mimeType,
        source: bytes,
      });
      const uploaderId = matter.responsibleAttorneyId ?? matter.members[0]?.userId ?? null;
      const document = await prisma.document.create({
        data: {
          firmId: matter.firmId,
          matterId: matter.id,
          title: demo.title,
          category: demo.category,
          privileged: demo.privileged,
          createdById: uploaderId,
          extractedText: demo.text.replace(/\s+/g, ' ').trim(),
        },
      });
      const version = await prisma.documentVersion.create({
        data: {
          firmId: matter.firmId,
          documentId: document.id,
          number: 1,
          blobId: blob.id,
          fileName: demo.fileName,
          mimeType: demo.mimeType,
          size: bytes.length,
          sha256,
          uploadedById: uploaderId,
        },
      });
      await prisma.document.update({ where: { id: document.id }, data: { currentVersionId: version.id } });
    }
  }
}
