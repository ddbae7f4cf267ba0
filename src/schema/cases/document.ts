import { builder } from '../../core/graphql/builder.ts';
import { defineMutation } from '../../core/graphql/mutation.ts';
import { firmNode } from '../../core/graphql/node.ts';
import { DocumentCategory } from '../../generated/prisma/enums.ts';
import { DocumentEntity, DocumentVersionEntity } from '../../resolvers/cases/documents.entities.ts';
import { addDocumentVersion, createDocument, deleteDocument, restoreDocument } from '../../resolvers/cases/documents.ts';
import { MatterRef } from './matter.ts';

export const DocumentCategoryEnum = builder.enumType(DocumentCategory, {
  name: 'DocumentCategory',
  description: 'What kind of paper a document is.',
  values: {
    PLEADING: { description: 'A complaint, answer or other pleading.' },
    MOTION: { description: 'A motion or its supporting papers.' },
    ORDER: { description: "A court's order or judgment." },
    BRIEF: { description: 'A brief or memorandum of law.' },
    CORRESPONDENCE: { description: 'Letters and email.' },
    CONTRACT: { description: 'An agreement or its drafts.' },
    EVIDENCE: { description: 'An exhibit or other evidence.' },
    DISCOVERY: { description: 'Discovery requests, responses and productions.' },
    MEMO: { description: 'An internal memo or note to file.' },
    OTHER: { description: 'Anything else.' },
  },
});

builder.prismaNode('DocumentVersion', {
  ...firmNode(DocumentVersionEntity),
  description: 'One uploaded version of a document. Download it from `downloadPath` with your bearer token.',
  fields: (t) => ({
    number: t.exposeInt('number', { description: 'Version number: 1 for the first upload, then counting up.' }),
    fileName: t.exposeString('fileName', { description: 'The uploaded file name, e.g. "complaint.pdf".' }),
    mimeType: t.exposeString('mimeType', { description: 'MIME type recognised from the content, e.g. "application/pdf".' }),
    size: t.exposeInt('size', { description: 'Size in bytes.' }),
    sha256: t.exposeString('sha256', { description: 'Hex SHA-256 of the content (also the download ETag).' }),
    downloadPath: t.string({
      description:
        'Path to GET the content (Range requests allowed) with `Authorization: Bearer <token>`; only users who can see the matter may.',
      resolve: (v) => `/files/${v.id}`,
    }),
    uploadedBy: t.relation('uploadedBy', { nullable: true, description: 'Who uploaded it; null once their account is gone.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When it was uploaded.' }),
  }),
});

export const DocumentRef = builder.prismaNode('Document', {
  ...firmNode(DocumentEntity),
  description: 'A document on a matter, with its versions. Deleted documents disappear until an admin restores them.',
  // Select mode keeps the extracted text out of every query.
  select: { id: true },
  fields: (t) => ({
    title: t.exposeString('title', { description: 'Title, e.g. "Complaint".' }),
    category: t.expose('category', { type: DocumentCategoryEnum, description: 'What kind of paper it is.' }),
    privileged: t.exposeBoolean('privileged', { description: 'Whether it is attorney-client privileged or work product.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When it was added.' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime', description: 'When it or its current version last changed.' }),
    matter: t.relation('matter', { description: 'The matter it belongs to.' }),
    currentVersion: t.relation('currentVersion', { nullable: true, description: 'The latest version.' }),
    versions: t.relatedConnection(
      'versions',
      {
        cursor: 'id',
        description: 'Every version, newest first.',
        totalCount: true,
        query: () => ({ orderBy: [{ number: 'desc' }, { id: 'desc' }] }),
      },
      { description: "A page of a document's versions." },
      { description: 'A version in the page.' },
    ),
  }),
});

builder.prismaObjectField(MatterRef, 'documents', (t) =>
  t.relatedConnection(
    'documents',
    {
      cursor: 'id',
      description: "The matter's documents (deleted ones left out), newest first.",
      totalCount: true,
      query: () => ({ where: { deletedAt: null }, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }] }),
    },
    { description: "A page of a matter's documents." },
    { description: 'A document in the page.' },
  ),
);

const CreateDocumentInput = builder.inputType('CreateDocumentInput', {
  description: 'A document to file on a matter from an upload (`POST /files` answers its `uploadId`).',
  fields: (t) => ({
    matterId: t.globalID({ required: true, for: MatterRef, description: 'The matter.' }),
    uploadId: t.id({ required: true, description: 'The `uploadId` from `POST /files`; an upload is used once.' }),
    title: t.string({ required: true, description: 'Title, at most 300 characters.' }),
    category: t.field({ type: DocumentCategoryEnum, description: 'What kind of paper it is; defaults to OTHER.' }),
    privileged: t.boolean({ description: 'Privileged or work product; defaults to false.' }),
  }),
});

const DOCUMENT = 'The document as it now stands.';

defineMutation('createDocument', {
  description: 'Files an upload on a matter as a new document. Admins, attorneys and paralegals who can see the matter.',
  input: CreateDocumentInput,
  payload: { description: 'The document made by `createDocument`.', field: 'document', type: DocumentRef, fieldDescription: DOCUMENT },
  resolve: async (input, ctx) => ({
    document: await createDocument(ctx, {
      matterId: input.matterId.id,
      uploadId: String(input.uploadId),
      title: input.title,
      category: input.category,
      privileged: input.privileged,
    }),
  }),
});

const AddDocumentVersionInput = builder.inputType('AddDocumentVersionInput', {
  description: 'A new version of a document from an upload.',
  fields: (t) => ({
    documentId: t.globalID({ required: true, for: DocumentRef, description: 'The document.' }),
    uploadId: t.id({ required: true, description: 'The `uploadId` from `POST /files`; an upload is used once.' }),
  }),
});

defineMutation('addDocumentVersion', {
  description: 'Adds the next version of a document and makes it current. Admins, attorneys and paralegals.',
  input: AddDocumentVersionInput,
  payload: { description: 'The document after `addDocumentVersion`.', field: 'document', type: DocumentRef, fieldDescription: DOCUMENT },
  resolve: async (input, ctx) => ({
    document: await addDocumentVersion(ctx, { documentId: input.documentId.id, uploadId: String(input.uploadId) }),
  }),
});

const DocumentIdInput = (name: string, description: string) =>
  builder.inputType(name, {
    description,
    fields: (t) => ({ id: t.globalID({ required: true, for: DocumentRef, description: 'The document.' }) }),
  });

defineMutation('deleteDocument', {
  description: 'Deletes a document softly: it disappears, and admins can restore it. Admins, attorneys and paralegals.',
  input: DocumentIdInput('DeleteDocumentInput', 'A document to delete.'),
  payload: { description: 'The document deleted by `deleteDocument`.', field: 'document', type: DocumentRef, fieldDescription: DOCUMENT },
  resolve: async (input, ctx) => ({ document: await deleteDocument(ctx, { id: input.id.id }) }),
});

defineMutation('restoreDocument', {
  description: 'Brings a deleted document back. Admins only.',
  input: DocumentIdInput('RestoreDocumentInput', 'A deleted document to restore.'),
  payload: { description: 'The document restored by `restoreDocument`.', field: 'document', type: DocumentRef, fieldDescription: DOCUMENT },
  resolve: async (input, ctx) => ({ document: await restoreDocument(ctx, { id: input.id.id }) }),
});
