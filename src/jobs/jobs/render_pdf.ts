import { createHash } from 'node:crypto';
import PDFDocument from 'pdfkit';
import { z } from 'zod';
import { defineTask } from '../../queue/task.ts';
import { DocumentDefinition, RENDER_PDF } from '../../resolvers/jobs/index.ts';
import { blobStore } from '../../storage/index.ts';
import { keepBlob } from '../../storage/keep.ts';

/** Draws a document definition with pdfkit and returns the PDF bytes. */
export function renderPdf(definition: DocumentDefinition): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    // A fixed creation date keeps the same definition rendering to the same bytes.
    const doc = new PDFDocument({ size: 'A4', margin: 50, info: { Title: definition.title, CreationDate: new Date(0) } });
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.fontSize(20).text(definition.title).moveDown();
    for (const block of definition.blocks) {
      if (block.kind === 'heading') doc.fontSize(14).text(block.text).moveDown(0.5);
      else if (block.kind === 'paragraph') doc.fontSize(11).text(block.text).moveDown();
      else {
        doc.fontSize(10).text(block.columns.join('  |  '), { underline: true });
        for (const row of block.rows) doc.text(row.join('  |  '));
        doc.moveDown();
      }
    }
    doc.end();
  });
}

/**
 * Renders a document definition to a PDF and stores it as a StoredFile of the firm (bytes in the
 * blob store, with SHA-256 and size). Two steps, rendering and storing, are reported as progress;
 * the job's result names the file.
 */
export const render_pdf = defineTask({
  name: RENDER_PDF,
  payload: z.object({ firmId: z.uuid(), createdById: z.uuid().nullish(), document: DocumentDefinition }),
  async run({ firmId, createdById, document }, ctx) {
    await ctx.progress(0, 2);
    const bytes = await renderPdf(document);
    await ctx.progress(1, 2);
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const content = { firmId, sha256, size: bytes.length, mimeType: 'application/pdf' };
    await keepBlob(ctx.prisma, blobStore(ctx.settings.storage), { ...content, source: bytes });
    const file = await ctx.prisma.storedFile.create({
      data: {
        ...content,
        name: document.fileName,
        jobId: ctx.jobId,
        createdById: createdById ?? null,
      },
      select: { id: true, size: true, sha256: true },
    });
    await ctx.progress(2, 2);
    return { fileId: file.id, size: file.size, sha256: file.sha256 };
  },
});
