import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.ts';
import { resetDatabase } from '../support/database.ts';
import { createClient, createFirm, createMatter, expectType, type FirmFixture } from '../support/fixtures.ts';
import { localId } from '../support/ids.ts';
import { eventually, type SmtpSink, startSmtpSink } from '../support/receivers.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

const CreateTask = graphql(`
  mutation TasksCreate($input: CreateTaskInput!) {
    createTask(input: $input) {
      __typename
      ... on CreateTaskPayload { task { id title status priority dueDate assignee { id } } }
      ... on ValidationError { message issues { path message } }
      ... on Error { message }
    }
  }
`);

const UpdateTask = graphql(`
  mutation TasksUpdate($input: UpdateTaskInput!) {
    updateTask(input: $input) {
      __typename
      ... on UpdateTaskPayload { task { id status completedAt } }
      ... on Error { message }
    }
  }
`);

const MyTasks = graphql(`
  query TasksMine($status: TaskStatus) { myTasks(first: 10, status: $status) { totalCount edges { node { title status } } } }
`);

const CreateNote = graphql(`
  mutation NotesCreate($input: CreateNoteInput!) {
    createNote(input: $input) {
      __typename
      ... on CreateNotePayload { note { id body pinned author { id } } }
      ... on Error { message }
    }
  }
`);

const UpdateNote = graphql(`
  mutation NotesUpdate($input: UpdateNoteInput!) {
    updateNote(input: $input) {
      __typename
      ... on UpdateNotePayload { note { body pinned } }
      ... on Error { message }
    }
  }
`);

const MatterNotes = graphql(`
  query NotesOfMatter($id: ID!) { node(id: $id) { ... on Matter { notes(first: 10) { edges { node { body pinned } } } } } }
`);

let smtp: SmtpSink;
let api: TestServer;
let firm: FirmFixture;
let matterId: string;

beforeAll(async () => {
  smtp = await startSmtpSink();
  api = await startTestServer({ worker: true, jobs: { SMTP_URL: smtp.url } });
});
afterAll(async () => {
  await api.close();
  await smtp.close();
});
beforeEach(async () => {
  await resetDatabase();
  smtp.messages.length = 0;
  firm = await createFirm(api, 'Tasks');
  const client = await createClient(api, firm.admin.token);
  matterId = (
    await createMatter(api, firm.admin.token, { clientId: client.id, title: 'Coyote v. Acme', responsibleAttorneyId: firm.attorney.id })
  ).id;
});

const createTask = (input: { title: string; assigneeId?: string; dueDate?: string }, token = firm.admin.token) =>
  api.gql(CreateTask, { input: { matterId, ...input } }, { token });

describe('tasks', () => {
  it('notifies the assignee in the app and by email, and not the one who assigned it', async () => {
    const created = await createTask({ title: 'Draft the answer', assigneeId: firm.attorney.id, dueDate: '2026-04-01' });
    expect(expectType(created.data?.createTask, 'CreateTaskPayload').task).toMatchObject({ status: 'TODO', priority: 'NORMAL' });
    const notices = await api.prisma.notification.findMany({ where: { type: 'task.assigned' } });
    expect(notices.map((n) => [n.userId, n.title])).toEqual([[localId(firm.attorney.id), 'Task assigned to you: Draft the answer']]);
    const mail = await eventually(() => smtp.messages.find((m) => m.subject?.includes('Draft the answer')), 15_000, 'the assignment email');
    expect(JSON.stringify(mail.to)).toContain(firm.attorney.email);
    expect(mail.text).toContain('due 2026-04-01');
    expect(smtp.messages.every((m) => !JSON.stringify(m.to).includes(firm.admin.email))).toBe(true);
  });

  it("lists the viewer's own tasks in myTasks, and completing one records task.completed with its time", async () => {
    const mine = expectType(
      (await createTask({ title: 'File the motion', assigneeId: firm.attorney.id })).data?.createTask,
      'CreateTaskPayload',
    );
    await createTask({ title: 'Not assigned' });
    const done = await api.gql(UpdateTask, { input: { id: mine.task.id, status: 'DONE' } }, { token: firm.attorney.token });
    expect(expectType(done.data?.updateTask, 'UpdateTaskPayload').task.completedAt).not.toBeNull();
    const listed = await api.gql(MyTasks, {}, { token: firm.attorney.token });
    expect(listed.data?.myTasks.edges.map((e) => e.node)).toEqual([{ title: 'File the motion', status: 'DONE' }]);
    expect((await api.gql(MyTasks, { status: 'TODO' }, { token: firm.attorney.token })).data?.myTasks.totalCount).toBe(0);
    const types = (await api.prisma.domainEvent.findMany({ where: { entityType: 'Task' }, orderBy: { position: 'asc' } })).map(
      (e) => e.type,
    );
    expect(types).toEqual(['task.assigned', 'task.created', 'task.completed']);
  });

  it('refuses an empty title and an assignee who may not see the matter, writing nothing', async () => {
    const before = await api.prisma.task.count();
    expect((await createTask({ title: ' ' })).data?.createTask).toMatchObject({
      __typename: 'ValidationError',
      issues: [{ path: ['title'], message: 'Title is required' }],
    });
    expect((await createTask({ title: 'Hidden work', assigneeId: firm.paralegal.id })).data?.createTask).toMatchObject({
      __typename: 'ValidationError',
      issues: [{ path: ['assigneeId'], message: 'The assignee may not see this matter' }],
    });
    expect(await api.prisma.task.count()).toBe(before);
    expect(await api.prisma.notification.count({ where: { type: 'task.assigned' } })).toBe(0);
  });
});

describe('notes', () => {
  it('lists pinned notes first, and lets anyone on the matter pin one but only its author or an admin edit the text', async () => {
    const first = expectType(
      (await api.gql(CreateNote, { input: { matterId, body: '# Strategy\nSettle early.' } }, { token: firm.admin.token })).data?.createNote,
      'CreateNotePayload',
    );
    expect(first.note.author?.id).toBe(firm.admin.id);
    await api.gql(CreateNote, { input: { matterId, body: 'Call the client.', pinned: true } }, { token: firm.attorney.token });
    const listed = await api.gql(MatterNotes, { id: matterId }, { token: firm.admin.token });
    const notes = ((listed.data?.node ?? {}) as { notes: { edges: { node: { body: string } }[] } }).notes;
    expect(notes.edges.map((e) => e.node.body)).toEqual(['Call the client.', '# Strategy\nSettle early.']);
    await api.gql(UpdateNote, { input: { id: first.note.id, pinned: true } }, { token: firm.attorney.token });
    const refused = await api.gql(UpdateNote, { input: { id: first.note.id, body: 'Rewritten' } }, { token: firm.attorney.token });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await api.prisma.note.findUniqueOrThrow({ where: { id: localId(first.note.id) } })).toMatchObject({
      body: '# Strategy\nSettle early.',
      pinned: true,
    });
    expect(await api.prisma.domainEvent.count({ where: { type: 'note.created' } })).toBe(2);
  });
});
