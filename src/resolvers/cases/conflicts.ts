import { z } from 'zod';
import { requireViewer } from '../../core/access.ts';
import { change, type Write } from '../../core/change.ts';
import type { Context } from '../../core/context.ts';
import { parseInput } from '../../core/validation.ts';
import type { Tx } from '../../db/client.ts';
import type { ConflictNameSource, PartyRole } from '../../generated/prisma/enums.ts';
import { conflictChecked } from './parties.events.ts';

/** At most this many names per check, and this many hits per name (the best ones). */
export const CONFLICT_LIMITS = { names: 50, hitsPerName: 20 } as const;

/** A record of the firm whose name (or alias, or former name) resembles a searched name. */
export interface ConflictHit {
  /** Trigram similarity of the normalised names, 0 to 1; 1 when they are equal once normalised. */
  score: number;
  /** The name that matched: the record's name, one of its aliases or a former name. */
  matchedName: string;
  source: ConflictNameSource;
  /** The record's own name. */
  name: string;
  clientId: string | null;
  partyId: string | null;
  /** The party's role on its matter; null for a client. */
  role: PartyRole | null;
  /** The party's matter, or the client's matters (at most 20). */
  matterIds: string[];
}

/** The hits for one searched name, best first. */
export interface ConflictResult {
  name: string;
  hits: ConflictHit[];
}

const Names = z
  .array(z.string().trim().min(1, 'A name is required').max(300, 'A name must be at most 300 characters'))
  .min(1, 'Give at least one name')
  .max(CONFLICT_LIMITS.names, `Give at most ${CONFLICT_LIMITS.names} names`);

interface HitRow {
  ord: bigint;
  clientId: string | null;
  partyId: string | null;
  source: ConflictNameSource;
  matchedName: string;
  score: number;
}

/** What a check leaves out: the record being added or the client a matter is opened for. */
export interface ConflictExclusion {
  partyId?: string;
  clientId?: string;
}

// One statement for every name: each is normalised as the stored keys are (lexgraph_conflict_key),
// the trigram index finds the candidates (`%`, similarity at least pg_trgm's threshold, 0.3), each
// record keeps its best-matching name, and an equal spelling (ignoring case and accents) wins a tie.
async function hitRows(tx: Tx, firmId: string, names: string[], exclude: ConflictExclusion): Promise<HitRow[]> {
  return tx.$queryRaw<HitRow[]>`
    WITH q AS (
      SELECT ord, lexgraph_conflict_key(name) AS key, lower(public.unaccent('public.unaccent'::regdictionary, name)) AS plain
      FROM unnest(${names}::text[]) WITH ORDINALITY AS t(name, ord)
    )
    SELECT q.ord, h."clientId", h."partyId", h.source, h."matchedName", h.score
    FROM q CROSS JOIN LATERAL (
      SELECT * FROM (
        SELECT DISTINCT ON (coalesce(c."clientId", c."partyId"))
          c."clientId", c."partyId", c.source, c.name AS "matchedName", similarity(c.key, q.key) AS score,
          lower(public.unaccent('public.unaccent'::regdictionary, c.name)) = q.plain AS exact
        FROM "ConflictName" c
        WHERE c.key % q.key AND c."firmId" = ${firmId}::uuid
          AND coalesce(c."clientId", c."partyId") IS DISTINCT FROM ${exclude.partyId ?? exclude.clientId ?? null}::uuid
        ORDER BY coalesce(c."clientId", c."partyId"), score DESC, exact DESC
      ) best
      ORDER BY score DESC, exact DESC, "matchedName", coalesce("clientId", "partyId")
      LIMIT ${CONFLICT_LIMITS.hitsPerName}
    ) h
    ORDER BY q.ord, h.score DESC, h.exact DESC, h."matchedName", coalesce(h."clientId", h."partyId")`;
}

async function findConflicts(tx: Tx, firmId: string, names: string[], exclude: ConflictExclusion): Promise<ConflictResult[]> {
  const rows = await hitRows(tx, firmId, names, exclude);
  const clientIds = [...new Set(rows.flatMap((r) => (r.clientId ? [r.clientId] : [])))];
  const partyIds = [...new Set(rows.flatMap((r) => (r.partyId ? [r.partyId] : [])))];
  const [clients, parties] = await Promise.all([
    tx.client.findMany({
      where: { id: { in: clientIds } },
      select: { id: true, name: true, matters: { select: { id: true }, orderBy: [{ openedAt: 'desc' }, { id: 'desc' }], take: 20 } },
    }),
    tx.party.findMany({ where: { id: { in: partyIds } }, select: { id: true, name: true, role: true, matterId: true } }),
  ]);
  const clientOf = new Map(clients.map((c) => [c.id, c]));
  const partyOf = new Map(parties.map((p) => [p.id, p]));
  return names.map((name, index) => ({
    name,
    hits: rows
      .filter((r) => Number(r.ord) === index + 1)
      .map((r) => {
        const client = r.clientId ? clientOf.get(r.clientId) : undefined;
        const party = r.partyId ? partyOf.get(r.partyId) : undefined;
        return {
          score: Math.round(Number(r.score) * 1000) / 1000,
          matchedName: r.matchedName,
          source: r.source,
          name: client?.name ?? party?.name ?? r.matchedName,
          clientId: r.clientId,
          partyId: r.partyId,
          role: party?.role ?? null,
          matterIds: client ? client.matters.map((m) => m.id) : party ? [party.matterId] : [],
        };
      }),
  }));
}

/**
 * Checks `names` against the firm's clients (and their former names), parties and aliases inside
 * a change, and audits the search (who searched which names, how many hits) with it.
 */
export async function checkConflictsIn(
  w: Write,
  actorId: string,
  names: string[],
  exclude: ConflictExclusion = {},
): Promise<ConflictResult[]> {
  const results = await findConflicts(w.tx, w.firmId, names, exclude);
  await w.record(conflictChecked, { id: actorId, after: { names, hits: results.map((r) => r.hits.length) } });
  return results;
}

/**
 * The likely matches for each of `names` among the firm's clients (and former names), parties and
 * aliases: case-, accent- and punctuation-insensitive, corporate suffixes ignored, fuzzy (trigram
 * similarity of at least 0.3); at most {@link CONFLICT_LIMITS} hits a name, best first. Never
 * another firm's records. Every signed-in user may check; the check is audited.
 */
export async function conflictCheck(ctx: Context, input: { names: string[] }): Promise<ConflictResult[]> {
  const viewer = requireViewer(ctx);
  const names = parseInput(z.object({ names: Names }), input).names;
  return change(ctx, (w) => checkConflictsIn(w, viewer.id, names));
}

/**
 * The conflict hits for the client a matter was opened for: its name and former names against
 * everyone else on the firm's record (the client itself left out). Audited like any check.
 */
export async function clientConflicts(ctx: Context, clientId: string): Promise<ConflictResult[]> {
  const viewer = requireViewer(ctx);
  return change(ctx, async (w) => {
    const client = await w.tx.client.findFirst({ where: { id: clientId, firmId: w.firmId } });
    if (!client) return [];
    return checkConflictsIn(w, viewer.id, [client.name, ...client.formerNames], { clientId });
  });
}
