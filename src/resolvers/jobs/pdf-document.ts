import { z } from 'zod';

/** The task that renders a PDF; its file is `src/jobs/jobs/render_pdf.ts`. */
export const RENDER_PDF = 'render_pdf';

const Block = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('heading'), text: z.string().max(500) }),
  z.object({ kind: z.literal('paragraph'), text: z.string().max(20_000) }),
  z.object({
    kind: z.literal('table'),
    columns: z.array(z.string().max(200)).min(1).max(8),
    rows: z.array(z.array(z.string().max(500))).max(2000),
  }),
]);

/** What `render_pdf` draws: a title and blocks in order. Billing renders invoices with it. */
export const DocumentDefinition = z.object({
  title: z.string().min(1).max(300),
  fileName: z.string().regex(/^[\w.\- ]{1,200}\.pdf$/, 'fileName must end in .pdf and use letters, digits, ".", "-", "_" or spaces'),
  blocks: z.array(Block).max(500),
});

export type DocumentDefinition = z.infer<typeof DocumentDefinition>;
