import { builder } from '../../core/graphql/builder.ts';
import { defineMutation } from '../../core/graphql/mutation.ts';
import { firmNode } from '../../core/graphql/node.ts';
import { toGlobalId } from '../../core/ids.ts';
import type { DocketEntry } from '../../generated/prisma/client.ts';
import { DocketEntryEntity } from '../../resolvers/cases/docket.entities.ts';
import { addDocketEntry } from '../../resolvers/cases/docket.ts';
import { subscribeDocketEntries } from '../../resolvers/cases/docket-subscriptions.ts';
import { MatterRef } from './matter.ts';

export const DocketEntryRef = builder.prismaNode('DocketEntry', {
  ...firmNode(DocketEntryEntity),
  description: "An entry on a matter's court docket; visible with its matter.",
  fields: (t) => ({
    number: t.exposeInt('number', { description: "The entry's number on the docket, unique per matter." }),
    filedAt: t.expose('filedAt', { type: 'DateTime', description: 'The filing date (midnight UTC).' }),
    description: t.exposeString('description', { description: 'What was filed or happened.' }),
    filedBy: t.exposeString('filedBy', { nullable: true, description: 'Who filed it, as the docket names them.' }),
    documentId: t.id({
      nullable: true,
      description: 'The global ID of the filed document, when one is attached.',
      resolve: (entry) => (entry.documentId ? toGlobalId('Document', entry.documentId) : null),
    }),
    matter: t.relation('matter', { description: 'The matter whose docket it is on.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When the entry was recorded in LexGraph.' }),
  }),
});

builder.prismaObjectField(MatterRef, 'docketEntries', (t) =>
  t.relatedConnection(
    'docketEntries',
    {
      cursor: 'id',
      description: "The matter's docket, by filing date, then entry number.",
      totalCount: true,
      query: () => ({ orderBy: [{ filedAt: 'asc' }, { number: 'asc' }, { id: 'asc' }] }),
    },
    { description: "A page of a matter's docket." },
    { description: 'A docket entry in the page.' },
  ),
);

const AddDocketEntryInput = builder.inputType('AddDocketEntryInput', {
  description: "An entry to add to a matter's docket.",
  fields: (t) => ({
    matterId: t.globalID({ required: true, for: MatterRef, description: 'The matter.' }),
    filedAt: t.field({ type: 'DateTime', required: true, description: 'The filing date; only the date (UTC) is kept.' }),
    description: t.string({ required: true, description: 'What was filed or happened.' }),
    filedBy: t.string({ description: 'Who filed it, e.g. "Plaintiff".' }),
    number: t.int({ description: "The court's entry number; defaults to the matter's next. Must not be on the docket already." }),
    documentId: t.globalID({ description: 'The filed document.' }),
  }),
});

defineMutation('addDocketEntry', {
  description: 'Adds an entry to the docket of a matter you may see. Admins, attorneys and paralegals.',
  input: AddDocketEntryInput,
  payload: { description: 'The entry added by `addDocketEntry`.', field: 'docketEntry', type: DocketEntryRef },
  resolve: async ({ matterId, documentId, ...input }, ctx) => ({
    docketEntry: await addDocketEntry(ctx, {
      ...input,
      matterId: matterId.id,
      // An ID of another type names no document: the service refuses it like an unknown one.
      documentId: documentId && (documentId.typename === 'Document' ? documentId.id : ''),
    }),
  }),
});

builder.subscriptionField('docketEntryAdded', (t) =>
  t.field({
    type: DocketEntryRef,
    description: 'Each entry added to the docket of a matter. "Not found" for a matter you may not see; entries stop if you lose access.',
    args: { matterId: t.arg.globalID({ for: MatterRef, required: true, description: 'The matter to watch.' }) },
    subscribe: (_root, args, ctx) => subscribeDocketEntries(ctx, args.matterId.id),
    resolve: (entry: DocketEntry) => entry,
  }),
);
