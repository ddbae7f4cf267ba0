import { builder } from '../../core/graphql/builder.ts';
import { entityLoader, loader } from '../../core/loaders.ts';
import type { Client, Matter, Party } from '../../generated/prisma/client.ts';
import { ConflictNameSource } from '../../generated/prisma/enums.ts';
import { ClientEntity, MatterEntity } from '../../resolvers/cases/cases.entities.ts';
import { type ConflictHit, type ConflictResult, clientConflicts, conflictCheck } from '../../resolvers/cases/conflicts.ts';
import { PartyEntity } from '../../resolvers/cases/parties.entities.ts';
import { ClientRef } from './client.ts';
import { MatterRef } from './matter.ts';

const ConflictMatchSourceEnum = builder.enumType(ConflictNameSource, {
  name: 'ConflictMatchSource',
  description: 'Which name of a record a conflict hit matched.',
  values: {
    CLIENT: { description: "A client's name." },
    CLIENT_FORMER_NAME: { description: 'A name the client was known by before.' },
    PARTY: { description: "A party's name." },
    PARTY_ALIAS: { description: "One of a party's aliases." },
  },
});

// Imported lazily by name: party.ts imports this module for addParty's payload.
const PartyRoleName = 'PartyRole' as never;
const PartyName = 'Party' as never;

const ConflictHitRef = builder.objectRef<ConflictHit>('ConflictHit').implement({
  description:
    'A record of your firm whose name resembles the name searched. Every hit is listed; a party on a matter you may not see shows no `party` and no `matters`, and `restricted` says so.',
  fields: (t) => ({
    score: t.exposeFloat('score', {
      description: 'Similarity from 0 to 1 (1: the same name once case, accents, punctuation and corporate suffixes are ignored).',
    }),
    matchedName: t.exposeString('matchedName', { description: "The name that matched: the record's name, an alias or a former name." }),
    matchedOn: t.expose('source', { type: ConflictMatchSourceEnum, description: 'Which kind of name matched.' }),
    name: t.exposeString('name', { description: "The record's own name." }),
    role: t.field({
      type: PartyRoleName,
      nullable: true,
      description: "The party's role on its matter; null for a client.",
      resolve: (hit) => hit.role as never,
    }),
    client: t.field({
      type: ClientRef,
      nullable: true,
      description: 'The client that matched; null for a party.',
      resolve: async (hit, _args, ctx) =>
        hit.clientId ? ((await loader(ctx, entityLoader(ClientEntity)).load(hit.clientId)) as Client | null) : null,
    }),
    party: t.field({
      type: PartyName,
      nullable: true,
      description: 'The party that matched; null for a client, or when you may not see its matter.',
      resolve: async (hit, _args, ctx) =>
        (hit.partyId ? ((await loader(ctx, entityLoader(PartyEntity)).load(hit.partyId)) as Party | null) : null) as never,
    }),
    matters: t.field({
      type: [MatterRef],
      description: "The party's matter, or the client's matters (at most 20), that you may see.",
      resolve: async (hit, _args, ctx) => visibleMatters(ctx, hit),
    }),
    restricted: t.boolean({
      description: 'True when the record belongs to matters you may not see (ask an admin about the conflict).',
      resolve: async (hit, _args, ctx) => (await visibleMatters(ctx, hit)).length < hit.matterIds.length,
    }),
  }),
});

async function visibleMatters(ctx: Parameters<typeof loader>[0], hit: ConflictHit): Promise<Matter[]> {
  const rows = await loader(ctx, entityLoader(MatterEntity)).loadMany(hit.matterIds);
  return rows.filter((row): row is Matter => row !== null && !(row instanceof Error));
}

export const ConflictCheckResultRef = builder.objectRef<ConflictResult>('ConflictCheckResult').implement({
  description: 'The conflict hits for one name.',
  fields: (t) => ({
    name: t.exposeString('name', { description: 'The name searched, as given.' }),
    hits: t.field({ type: [ConflictHitRef], description: 'Likely matches, best first (at most 20).', resolve: (r) => r.hits }),
  }),
});

builder.queryField('conflictCheck', (t) =>
  t.field({
    type: [ConflictCheckResultRef],
    description:
      "Checks names (at most 50) against your firm's clients and their former names, and every matter's parties and their aliases: case-, accent- and punctuation-insensitive, corporate suffixes (Inc., Corp., LLC, Ltd, GmbH…) ignored, fuzzy. One result per name, in the order given. The check is audited.",
    args: { names: t.arg.stringList({ required: true, description: 'The names to check, e.g. a new client and the other side.' }) },
    resolve: (_root, args, ctx) => conflictCheck(ctx, { names: args.names }),
  }),
);

builder.objectField('CreateMatterPayload' as never, 'conflicts', (t) =>
  t.field({
    type: [ConflictCheckResultRef],
    description:
      "The conflict hits for the matter's client (its name, then its former names) among everyone else on your firm's record; the check is audited.",
    resolve: (payload: { matter: Matter }, _args, ctx) => clientConflicts(ctx, payload.matter.clientId),
  }),
);
