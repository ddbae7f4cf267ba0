import { builder } from '../../core/graphql/builder.ts';
import { defineMutation } from '../../core/graphql/mutation.ts';
import { firmNode } from '../../core/graphql/node.ts';
import { createNote, updateNote } from '../../resolvers/cases/notes.ts';
import { NoteEntity } from '../../resolvers/cases/record.entities.ts';
import { MatterRef } from './matter.ts';

export const NoteRef = builder.prismaNode('Note', {
  ...firmNode(NoteEntity),
  description: 'A Markdown note on a matter; visible with its matter.',
  fields: (t) => ({
    body: t.exposeString('body', { description: 'The note, in Markdown.' }),
    pinned: t.exposeBoolean('pinned', { description: 'Pinned notes come first.' }),
    author: t.relation('author', { nullable: true, description: 'Who wrote it; null once their account is gone.' }),
    matter: t.relation('matter', { description: 'The matter it is on.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When it was written.' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime', description: 'When it last changed.' }),
  }),
});

builder.prismaObjectField(MatterRef, 'notes', (t) =>
  t.relatedConnection(
    'notes',
    {
      cursor: 'id',
      description: "The matter's notes: pinned ones first, then newest first.",
      totalCount: true,
      query: () => ({ orderBy: [{ pinned: 'desc' }, { createdAt: 'desc' }, { id: 'desc' }] }),
    },
    { description: "A page of a matter's notes." },
    { description: 'A note in the page.' },
  ),
);

const CreateNoteInput = builder.inputType('CreateNoteInput', {
  description: 'A note to add to a matter.',
  fields: (t) => ({
    matterId: t.globalID({ required: true, for: MatterRef, description: 'The matter.' }),
    body: t.string({ required: true, description: 'The note, in Markdown (at most 100,000 characters).' }),
    pinned: t.boolean({ description: 'Pin it; defaults to false.' }),
  }),
});

defineMutation('createNote', {
  description: 'Adds a note to a matter you may see. Any role but READ_ONLY.',
  input: CreateNoteInput,
  payload: { description: 'The note created by `createNote`.', field: 'note', type: NoteRef },
  resolve: async (input, ctx) => ({ note: await createNote(ctx, { ...input, matterId: input.matterId.id }) }),
});

const UpdateNoteInput = builder.inputType('UpdateNoteInput', {
  description: 'Note fields to change; omitted fields keep their values.',
  fields: (t) => ({
    id: t.globalID({ required: true, for: NoteRef, description: 'The note.' }),
    body: t.string({ description: 'The new text (its author or an admin only).' }),
    pinned: t.boolean({ description: 'Pin or unpin it.' }),
  }),
});

defineMutation('updateNote', {
  description:
    'Edits, pins or unpins a note on a matter you may see. Any role but READ_ONLY; only its author or an admin may edit the text.',
  input: UpdateNoteInput,
  payload: { description: 'The note after `updateNote`.', field: 'note', type: NoteRef },
  resolve: async (input, ctx) => ({ note: await updateNote(ctx, { ...input, id: input.id.id }) }),
});
