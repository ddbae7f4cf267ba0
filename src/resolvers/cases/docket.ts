import { z } from 'zod';
import { requireRole } from '../../core/access.ts';
import { change } from '../../core/change.ts';
import type { Context } from '../../core/context.ts';
import { ValidationError } from '../../core/errors.ts';
import { isUuid } from '../../core/ids.ts';
import { optionalText, parseInput } from '../../core/validation.ts';
import type { Tx } from '../../db/client.ts';
import { type DocketEntry, Prisma } from '../../generated/prisma/client.ts';
import { MATTER_EDITORS } from './cases.access.ts';
import { docketEntryAdded } from './docket.events.ts';
import { findVisibleMatter } from './matters.ts';

const AddDocketEntryInput = z.object({
  matterId: z.string(),
  filedAt: z.date(),
  description: z.string().trim().min(1, 'Description is required').max(10_000, 'Description must be at most 10000 characters'),
  filedBy: optionalText(300),
  number: z
    .number()
    .int('Number must be a whole number')
    .min(1, 'Number must be at least 1')
    .max(1_000_000, 'Number must be at most 1000000')
    .nullish(),
  documentId: z.string().refine(isUuid, 'Document not found').nullish(),
});

// The matter's row is locked (FOR NO KEY UPDATE: it does not block rows that reference it) for the
// rest of the transaction, so concurrent entries on one matter take their numbers one at a time.
async function nextDocketNumber(tx: Tx, matterId: string): Promise<number> {
  await tx.$queryRaw`SELECT 1 FROM "Matter" WHERE id = ${matterId}::uuid FOR NO KEY UPDATE`;
  const { _max } = await tx.docketEntry.aggregate({ where: { matterId }, _max: { number: true } });
  return (_max.number ?? 0) + 1;
}

/**
 * Adds an entry to the docket of a matter the viewer may see (admins, attorneys and paralegals).
 * Without a `number` it gets the matter's next (highest + 1), safe under concurrent additions;
 * a number already on the docket is a validation error. `filedAt` keeps only its date.
 */
export async function addDocketEntry(ctx: Context, input: z.input<typeof AddDocketEntryInput>): Promise<DocketEntry> {
  const viewer = requireRole(ctx, MATTER_EDITORS);
  const data = parseInput(AddDocketEntryInput, input);
  return change(ctx, async (w) => {
    const matter = await findVisibleMatter(w.tx, viewer, data.matterId);
    const number = data.number ?? (await nextDocketNumber(w.tx, matter.id));
    const taken = `Docket entry ${number} already exists on this matter`;
    if (data.number && (await w.tx.docketEntry.count({ where: { matterId: matter.id, number } })) > 0)
      throw ValidationError.field('number', taken);
    try {
      const entry = await w.tx.docketEntry.create({
        data: {
          firmId: w.firmId,
          matterId: matter.id,
          number,
          filedAt: data.filedAt,
          description: data.description,
          filedBy: data.filedBy ?? null,
          documentId: data.documentId ?? null,
        },
      });
      await w.record(docketEntryAdded, { after: entry });
      return entry;
    } catch (error) {
      // A number given by hand can be taken by a concurrent entry after the check above.
      if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') throw ValidationError.field('number', taken);
      throw error;
    }
  });
}
