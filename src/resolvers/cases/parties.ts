import { z } from 'zod';
import { requireRole } from '../../core/access.ts';
import { change } from '../../core/change.ts';
import type { Context, Viewer } from '../../core/context.ts';
import { NotFoundError, ValidationError } from '../../core/errors.ts';
import { isUuid } from '../../core/ids.ts';
import { definedOnly, keep, optionalText, parseInput } from '../../core/validation.ts';
import type { Tx } from '../../db/client.ts';
import type { Matter, Party } from '../../generated/prisma/client.ts';
import { PartyKind, PartyRole } from '../../generated/prisma/enums.ts';
import { MATTER_EDITORS, visibleMatterWhere } from './cases.access.ts';
import { type ConflictResult, checkConflictsIn } from './conflicts.ts';
import { findVisibleMatter } from './matters.ts';
import { partyAdded, partyRemoved, partyUpdated } from './parties.events.ts';

/** Roles on the other side of a dispute (or who may be): adding such a party runs a conflict check. */
export const ADVERSE_ROLES: readonly PartyRole[] = ['PLAINTIFF', 'DEFENDANT', 'PETITIONER', 'RESPONDENT', 'OPPOSING_COUNSEL'];

const Name = z.string().trim().min(1, 'Name is required').max(300, 'Name must be at most 300 characters');
const Aliases = z
  .array(z.string().trim().min(1, 'An alias may not be empty').max(300, 'An alias must be at most 300 characters'))
  .max(20, 'At most 20 aliases')
  .transform((aliases) => [...new Set(aliases)]);
const Email = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email({ message: 'Enter a valid email address' }))
  .nullish();

const AddPartyInput = z.object({
  matterId: z.string(),
  name: Name,
  kind: z.enum(PartyKind),
  role: z.enum(PartyRole),
  aliases: Aliases.nullish(),
  email: Email,
  phone: optionalText(50),
  address: optionalText(1000),
  representedById: z.string().nullish(),
});

/** Omitted fields and null keep their values, except the contact details and representedById, which null clears. */
const UpdatePartyInput = z.object({
  id: z.string(),
  name: keep(Name),
  kind: keep(z.enum(PartyKind)),
  role: keep(z.enum(PartyRole)),
  aliases: keep(Aliases),
  email: Email,
  phone: optionalText(50).optional(),
  address: optionalText(1000).optional(),
  representedById: z.string().nullish(),
});

/** A party the viewer may see (with its matter), read inside `tx`; anything else is "not found". */
async function findVisibleParty(tx: Tx, viewer: Viewer, id: string): Promise<Party> {
  const party = isUuid(id) ? await tx.party.findFirst({ where: { id, matter: visibleMatterWhere(viewer) } }) : null;
  if (!party) throw new NotFoundError('Party');
  return party;
}

/** The representative must be another party of the same matter. */
async function checkRepresentative(tx: Tx, matterId: string, id: string | null | undefined, selfId?: string): Promise<void> {
  if (!id) return;
  if (id === selfId) throw ValidationError.field('representedById', 'A party cannot represent itself');
  const found = isUuid(id) && (await tx.party.count({ where: { id, matterId } })) > 0;
  if (!found) throw ValidationError.field('representedById', 'Representative must be a party of the same matter');
}

/** A party added, with the conflict hits for its name and aliases when its role is adverse (else none). */
export interface AddedParty {
  party: Party;
  conflicts: ConflictResult[];
}

/**
 * Adds a party to a matter the viewer may see (admins, attorneys and paralegals). For an adverse
 * role ({@link ADVERSE_ROLES}) its name and aliases are checked for conflicts in the same
 * transaction, and the check is audited; otherwise `conflicts` is empty.
 */
export async function addParty(ctx: Context, input: z.input<typeof AddPartyInput>): Promise<AddedParty> {
  const viewer = requireRole(ctx, MATTER_EDITORS);
  const { matterId, aliases, ...data } = parseInput(AddPartyInput, input);
  return change(ctx, async (w) => {
    const matter = await findVisibleMatter(w.tx, viewer, matterId);
    await checkRepresentative(w.tx, matter.id, data.representedById);
    const party = await w.tx.party.create({
      data: { ...data, aliases: aliases ?? [], firmId: w.firmId, matterId: matter.id, representedById: data.representedById ?? null },
    });
    await w.record(partyAdded, { after: party });
    const conflicts = ADVERSE_ROLES.includes(party.role)
      ? await checkConflictsIn(w, viewer.id, [party.name, ...party.aliases], { partyId: party.id })
      : [];
    return { party, conflicts };
  });
}

/** Changes the given fields of a party the viewer may see; admins, attorneys and paralegals. */
export async function updateParty(ctx: Context, input: z.input<typeof UpdatePartyInput>): Promise<Party> {
  const viewer = requireRole(ctx, MATTER_EDITORS);
  const { id, ...changes } = parseInput(UpdatePartyInput, input);
  return change(ctx, async (w) => {
    const before = await findVisibleParty(w.tx, viewer, id);
    await checkRepresentative(w.tx, before.matterId, changes.representedById, before.id);
    const party = await w.tx.party.update({ where: { id: before.id }, data: definedOnly(changes) });
    await w.record(partyUpdated, { before, after: party });
    return party;
  });
}

/** A party removed: its id and its matter as it now stands. */
export interface RemovedParty {
  partyId: string;
  matter: Matter;
}

/** Removes a party from its matter (parties it represented keep no representative); returns the matter. */
export async function removeParty(ctx: Context, input: { id: string }): Promise<RemovedParty> {
  const viewer = requireRole(ctx, MATTER_EDITORS);
  const { id } = parseInput(z.object({ id: z.string() }), input);
  return change(ctx, async (w) => {
    const before = await findVisibleParty(w.tx, viewer, id);
    await w.tx.party.delete({ where: { id: before.id } });
    await w.record(partyRemoved, { before });
    const matter = await w.tx.matter.findUniqueOrThrow({ where: { id: before.matterId } });
    return { partyId: before.id, matter };
  });
}
