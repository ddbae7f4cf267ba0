import { z } from 'zod';
import { NOTHING, requireRole } from '../../core/access.ts';
import { change } from '../../core/change.ts';
import type { Context, Viewer } from '../../core/context.ts';
import { ConflictError, NotFoundError, ValidationError } from '../../core/errors.ts';
import { isUuid } from '../../core/ids.ts';
import { defineList } from '../../core/lists.ts';
import { inTurn } from '../../core/turns.ts';
import { definedOnly, keep, parseInput } from '../../core/validation.ts';
import type { Tx } from '../../db/client.ts';
import { type Matter, Prisma } from '../../generated/prisma/client.ts';
import { MatterStatus } from '../../generated/prisma/enums.ts';
import { MATTER_EDITORS, MATTER_MANAGERS, visibleMatterWhere } from './cases.access.ts';
import { MatterEntity } from './cases.entities.ts';
import { matterClosed, matterCreated, matterReopened, matterUpdated } from './cases.events.ts';

const optionalText = (max: number) => z.string().trim().max(max, `Must be at most ${max} characters`).nullish();
const MatterNumber = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9][A-Za-z0-9./-]{0,39}$/, 'Matter number is 1-40 letters, digits, ".", "/" or "-"');

const Title = z.string().trim().min(1, 'Title is required').max(500, 'Title must be at most 500 characters');
// The enum takes every status so GraphQL's MatterStatus fits; CLOSED is refused with a pointer.
const OpenStatus = z.enum(MatterStatus).refine((s) => s !== 'CLOSED', { message: 'Use closeMatter to close a matter' });

const CreateMatterInput = z.object({
  clientId: z.string(),
  title: Title,
  number: MatterNumber.nullish(),
  description: optionalText(20_000),
  practiceArea: optionalText(200),
  status: OpenStatus.nullish(),
  openedAt: z.date().nullish(),
  responsibleAttorneyId: z.string().nullish(),
});

/** Omitted fields and null keep their values, except description, practiceArea and responsibleAttorneyId, which null clears. */
const UpdateMatterInput = z.object({
  id: z.string(),
  title: keep(Title),
  number: keep(MatterNumber),
  description: optionalText(20_000),
  practiceArea: optionalText(200),
  status: keep(OpenStatus),
  openedAt: keep(z.date()),
  responsibleAttorneyId: z.string().nullish(),
});

export const MATTER_ORDER_FIELDS = { OPENED_AT: 'openedAt', NUMBER: 'number', TITLE: 'title', UPDATED_AT: 'updatedAt' } as const;

export interface MatterListInput {
  filter?: { status?: MatterStatus | null; clientId?: string | null; search?: string | null } | null;
  orderBy?: { field: keyof typeof MATTER_ORDER_FIELDS; direction: 'ASC' | 'DESC' } | null;
}

/** The matters the viewer may see, most recently opened first unless `orderBy` says otherwise. */
export const matterList = defineList<MatterListInput, keyof typeof MATTER_ORDER_FIELDS>({
  entity: MatterEntity,
  orders: MATTER_ORDER_FIELDS,
  defaultOrder: { field: 'OPENED_AT', direction: 'DESC' },
  where: ({ filter }): Prisma.MatterWhereInput => {
    const search = filter?.search?.trim();
    return {
      AND: [
        filter?.status ? { status: filter.status } : {},
        // An id that cannot exist matches nothing, like a foreign one.
        filter?.clientId ? (isUuid(filter.clientId) ? { clientId: filter.clientId } : NOTHING) : {},
        search ? { OR: [{ title: { contains: search, mode: 'insensitive' } }, { number: { contains: search, mode: 'insensitive' } }] } : {},
      ],
    };
  },
});

/** A matter the viewer may see, read inside `tx`; missing, foreign and hidden ones are all "not found". */
export async function findVisibleMatter(tx: Tx, viewer: Viewer, id: string): Promise<Matter> {
  const matter = isUuid(id) ? await tx.matter.findFirst({ where: { AND: [{ id }, visibleMatterWhere(viewer)] } }) : null;
  if (!matter) throw new NotFoundError('Matter');
  return matter;
}

async function checkResponsibleAttorney(tx: Tx, firmId: string, id: string | null | undefined, path: string): Promise<void> {
  if (!id) return;
  const user = isUuid(id) ? await tx.user.findFirst({ where: { id, firmId, active: true } }) : null;
  if (!user) throw ValidationError.field(path, 'Responsible attorney not found');
  if (user.role !== 'ATTORNEY' && user.role !== 'ADMIN')
    throw ValidationError.field(path, 'Responsible attorney must be an attorney or admin');
}

// Bumped inside the write's transaction, last before the insert, so a write that fails leaves
// neither a gap nor a repeat; callers take the firm's turn first (see createMatter).
async function nextMatterNumber(db: Tx, firmId: string, openedAt: Date): Promise<string> {
  for (;;) {
    const [{ matterSequence }] = await db.$queryRaw<{ matterSequence: number }[]>`
      UPDATE "Firm" SET "matterSequence" = "matterSequence" + 1 WHERE id = ${firmId}::uuid RETURNING "matterSequence"`;
    const number = `${openedAt.getUTCFullYear()}-${String(matterSequence).padStart(4, '0')}`;
    // A number typed in by hand may already hold this slot: skip it rather than collide.
    if (!(await db.matter.findFirst({ where: { firmId, number }, select: { id: true } }))) return number;
  }
}

async function assertNumberFree(tx: Tx, firmId: string, number: string, exceptId?: string): Promise<void> {
  const taken = await tx.matter.findFirst({
    where: { firmId, number, NOT: exceptId ? { id: exceptId } : undefined },
    select: { id: true },
  });
  if (taken) throw ValidationError.field('number', `Matter number ${number} is already in use`);
}

/**
 * Runs a write that sets a matter's number. A concurrent request can take the number between
 * {@link assertNumberFree} and the write; the unique index then refuses it, and the caller gets the
 * same ValidationError as when the number was taken earlier (not an internal error).
 */
async function writingNumber<T>(number: string, write: Promise<T>): Promise<T> {
  try {
    return await write;
  } catch (error) {
    if (
      error instanceof Prisma.PrismaClientKnownRequestError &&
      error.code === 'P2002' &&
      JSON.stringify(error.meta ?? {}).includes('number')
    ) {
      throw ValidationError.field('number', `Matter number ${number} is already in use`);
    }
    throw error;
  }
}

/**
 * Opens a matter for one of the firm's clients. Without a number it gets the firm's next
 * `<year>-<sequence>`; a non-admin creator joins the matter's team so they keep seeing it.
 */
export async function createMatter(ctx: Context, input: z.input<typeof CreateMatterInput>): Promise<Matter> {
  const viewer = requireRole(ctx, MATTER_EDITORS);
  const data = parseInput(CreateMatterInput, input);
  const openedAt = data.openedAt ?? new Date();
  const write = () =>
    change(ctx, async (w) => {
      const client = isUuid(data.clientId) ? await w.tx.client.findFirst({ where: { id: data.clientId, firmId: w.firmId } }) : null;
      if (!client) throw ValidationError.field('clientId', 'Client not found');
      await checkResponsibleAttorney(w.tx, w.firmId, data.responsibleAttorneyId, 'responsibleAttorneyId');
      if (data.number) await assertNumberFree(w.tx, w.firmId, data.number);
      const number = data.number ?? (await nextMatterNumber(w.tx, w.firmId, openedAt));
      const matter = await writingNumber(
        number,
        w.tx.matter.create({
          data: {
            firmId: w.firmId,
            clientId: client.id,
            number,
            title: data.title,
            description: data.description ?? null,
            practiceArea: data.practiceArea ?? null,
            status: data.status ?? 'OPEN',
            openedAt,
            responsibleAttorneyId: data.responsibleAttorneyId ?? null,
            members: viewer.role === 'ADMIN' ? undefined : { create: { firmId: w.firmId, userId: viewer.id, role: 'LEAD' } },
          },
        }),
      );
      await w.record(matterCreated, { after: matter });
      return matter;
    });
  // Numbered creations of one firm queue here, not on the firm row's lock with a pooled connection each.
  return data.number ? write() : inTurn(`firm-row:${viewer.firmId}`, write);
}

/** Changes the given fields of a matter the viewer may see; closing and reopening have their own mutations. */
export async function updateMatter(ctx: Context, input: z.input<typeof UpdateMatterInput>): Promise<Matter> {
  const viewer = requireRole(ctx, MATTER_EDITORS);
  const { id, ...changes } = parseInput(UpdateMatterInput, input);
  return change(ctx, async (w) => {
    const before = await findVisibleMatter(w.tx, viewer, id);
    if (changes.status && before.status === 'CLOSED') throw new ConflictError('Reopen the matter to change its status');
    await checkResponsibleAttorney(w.tx, w.firmId, changes.responsibleAttorneyId, 'responsibleAttorneyId');
    if (changes.number && changes.number !== before.number) await assertNumberFree(w.tx, w.firmId, changes.number, id);
    const matter = await writingNumber(changes.number ?? before.number, w.tx.matter.update({ where: { id }, data: definedOnly(changes) }));
    await w.record(matterUpdated, { before, after: matter });
    return matter;
  });
}

const CloseMatterInput = z.object({ id: z.string(), closedAt: z.date().nullish() });

/** Closes an open or pending matter; `closedAt` defaults to now and may not precede the opening. */
export async function closeMatter(ctx: Context, input: z.input<typeof CloseMatterInput>): Promise<Matter> {
  const viewer = requireRole(ctx, MATTER_MANAGERS);
  const data = parseInput(CloseMatterInput, input);
  return change(ctx, async (w) => {
    const before = await findVisibleMatter(w.tx, viewer, data.id);
    if (before.status === 'CLOSED') throw new ConflictError('Matter is already closed');
    const closedAt = data.closedAt ?? new Date();
    if (closedAt < before.openedAt) throw ValidationError.field('closedAt', 'A matter cannot close before it opened');
    const matter = await w.tx.matter.update({ where: { id: before.id }, data: { status: 'CLOSED', closedAt } });
    await w.record(matterClosed, { before, after: matter });
    return matter;
  });
}

const ReopenMatterInput = z.object({ id: z.string() });

/** Reopens a closed matter, clearing its closing date. */
export async function reopenMatter(ctx: Context, input: z.input<typeof ReopenMatterInput>): Promise<Matter> {
  const viewer = requireRole(ctx, MATTER_MANAGERS);
  const data = parseInput(ReopenMatterInput, input);
  return change(ctx, async (w) => {
    const before = await findVisibleMatter(w.tx, viewer, data.id);
    if (before.status !== 'CLOSED') throw new ConflictError('Only a closed matter can be reopened');
    const matter = await w.tx.matter.update({ where: { id: before.id }, data: { status: 'OPEN', closedAt: null } });
    await w.record(matterReopened, { before, after: matter });
    return matter;
  });
}
