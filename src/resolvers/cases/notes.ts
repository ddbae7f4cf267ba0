import { z } from 'zod';
import { personOf, requireRole, WRITERS } from '../../core/access.ts';
import { change } from '../../core/change.ts';
import type { Context } from '../../core/context.ts';
import { ForbiddenError, NotFoundError } from '../../core/errors.ts';
import { isUuid } from '../../core/ids.ts';
import { definedOnly, keep, parseInput } from '../../core/validation.ts';
import type { Note } from '../../generated/prisma/client.ts';
import { visibleMatterWhere } from './cases.access.ts';
import { findVisibleMatter } from './matters.ts';
import { noteCreated, noteUpdated } from './record.events.ts';

const Body = z.string().trim().min(1, 'Body is required').max(100_000, 'Body must be at most 100000 characters');

const CreateNoteInput = z.object({ matterId: z.string(), body: Body, pinned: z.boolean().nullish() });
const UpdateNoteInput = z.object({ id: z.string(), body: keep(Body), pinned: keep(z.boolean()) });

/** Adds a Markdown note to a matter the viewer may see (every role but READ_ONLY); unpinned by default. */
export async function createNote(ctx: Context, input: z.input<typeof CreateNoteInput>): Promise<Note> {
  const viewer = requireRole(ctx, WRITERS);
  const data = parseInput(CreateNoteInput, input);
  return change(ctx, async (w) => {
    const matter = await findVisibleMatter(w.tx, viewer, data.matterId);
    const note = await w.tx.note.create({
      data: { firmId: w.firmId, matterId: matter.id, authorId: personOf(viewer), body: data.body, pinned: data.pinned ?? false },
    });
    await w.record(noteCreated, { after: note });
    return note;
  });
}

/** Edits or (un)pins a note; its author may edit it, anyone who may write may pin it, admins may do both. */
export async function updateNote(ctx: Context, input: z.input<typeof UpdateNoteInput>): Promise<Note> {
  const viewer = requireRole(ctx, WRITERS);
  const { id, ...changes } = parseInput(UpdateNoteInput, input);
  return change(ctx, async (w) => {
    const before = isUuid(id) ? await w.tx.note.findFirst({ where: { id, matter: visibleMatterWhere(viewer) } }) : null;
    if (!before) throw new NotFoundError('Note');
    if (changes.body !== undefined && before.authorId !== viewer.id && viewer.role !== 'ADMIN')
      throw new ForbiddenError('Only its author or an admin may edit a note');
    const note = await w.tx.note.update({ where: { id: before.id }, data: definedOnly(changes) });
    await w.record(noteUpdated, { before, after: note });
    return note;
  });
}
