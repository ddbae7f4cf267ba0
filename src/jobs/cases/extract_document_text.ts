import type { Readable } from 'node:stream';
import { extractText, getDocumentProxy } from 'unpdf';
import { z } from 'zod';
import { defineTask, PermanentJobError } from '../../queue/task.ts';
import { EXTRACT_DOCUMENT_TEXT } from '../../resolvers/cases/documents.ts';
import { blobKey, blobStore } from '../../storage/index.ts';

/**
 * The most text kept per document: PostgreSQL refuses a tsvector over 1 MB, and the first 200,000
 * characters of a file are what a search hit needs.
 */
export const MAX_EXTRACTED_CHARS = 200_000;

async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** The text of a file's bytes: PDFs through unpdf (PDF.js), text and email as UTF-8. */
export async function textOf(bytes: Buffer, mimeType: string): Promise<string> {
  if (mimeType === 'application/pdf') {
    const pdf = await getDocumentProxy(new Uint8Array(bytes));
    try {
      return (await extractText(pdf, { mergePages: true })).text;
    } finally {
      await pdf.cleanup();
    }
  }
  return bytes.toString('utf8');
}

/**
 * Reads the text of a document version into its document's `extractedText` (which PostgreSQL
 * indexes for search with the title), while that version is still the current one; the text is
 * cut at {@link MAX_EXTRACTED_CHARS}. A file that cannot be read (a damaged PDF) fails for good.
 */
export const extract_document_text = defineTask({
  name: EXTRACT_DOCUMENT_TEXT,
  payload: z.object({ firmId: z.uuid(), versionId: z.uuid() }),
  async run({ firmId, versionId }, ctx) {
    const version = await ctx.prisma.documentVersion.findFirst({ where: { id: versionId, firmId } });
    if (!version) return { skipped: 'version gone' };
    const bytes = await readAll(await blobStore(ctx.settings.storage).read(blobKey(firmId, version.sha256)));
    let text: string;
    try {
      text = await textOf(bytes, version.mimeType);
    } catch (error) {
      throw new PermanentJobError(`Could not read the text of ${version.fileName}: ${(error as Error).message}`);
    }
    // NUL cannot be stored in a text column; whitespace runs only bloat it.
    const clean = text.replaceAll(String.fromCharCode(0), '').replace(/\s+/g, ' ').trim().slice(0, MAX_EXTRACTED_CHARS);
    const { count } = await ctx.prisma.document.updateMany({
      where: { id: version.documentId, currentVersionId: version.id },
      data: { extractedText: clean },
    });
    return { characters: clean.length, applied: count === 1 };
  },
});
