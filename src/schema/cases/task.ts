import { builder } from '../../core/graphql/builder.ts';
import { listConnection } from '../../core/graphql/lists.ts';
import { defineMutation } from '../../core/graphql/mutation.ts';
import { firmNode } from '../../core/graphql/node.ts';
import { OrderDirectionEnum } from '../../core/graphql/pagination.ts';
import { TaskPriority, TaskStatus } from '../../generated/prisma/enums.ts';
import { TaskEntity } from '../../resolvers/cases/record.entities.ts';
import { createTask, myTaskList, type TASK_ORDER_FIELDS, type TaskListInput, updateTask } from '../../resolvers/cases/tasks.ts';
import { UserRef } from '../identity/index.ts';
import { MatterRef } from './matter.ts';

const TaskStatusEnum = builder.enumType(TaskStatus, {
  name: 'TaskStatus',
  description: 'Where a task stands.',
  values: {
    TODO: { description: 'Not started.' },
    IN_PROGRESS: { description: 'Being worked on.' },
    DONE: { description: 'Finished.' },
  },
});

const TaskPriorityEnum = builder.enumType(TaskPriority, {
  name: 'TaskPriority',
  description: 'How urgent a task is.',
  values: {
    LOW: { description: 'When there is time.' },
    NORMAL: { description: 'In the ordinary course.' },
    HIGH: { description: 'Before normal work.' },
    URGENT: { description: 'Now.' },
  },
});

export const TaskRef = builder.prismaNode('Task', {
  ...firmNode(TaskEntity),
  description: 'A to-do on a matter; visible with its matter.',
  fields: (t) => ({
    title: t.exposeString('title', { description: 'What is to be done.' }),
    status: t.expose('status', { type: TaskStatusEnum, description: 'To do, in progress or done.' }),
    priority: t.expose('priority', { type: TaskPriorityEnum, description: 'How urgent it is.' }),
    dueDate: t.expose('dueDate', { type: 'DateTime', nullable: true, description: 'The day it is due (midnight UTC).' }),
    completedAt: t.expose('completedAt', { type: 'DateTime', nullable: true, description: 'When it was marked DONE.' }),
    assignee: t.relation('assignee', { nullable: true, description: 'Who is to do it.' }),
    matter: t.relation('matter', { description: 'The matter it is on.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When it was created.' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime', description: 'When it last changed.' }),
  }),
});

builder.prismaObjectField(MatterRef, 'tasks', (t) =>
  t.relatedConnection(
    'tasks',
    {
      cursor: 'id',
      description: "The matter's tasks, oldest first.",
      totalCount: true,
      query: () => ({ orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] }),
    },
    { description: "A page of a matter's tasks." },
    { description: 'A task in the page.' },
  ),
);

const TaskOrderField = builder.enumType('TaskOrderField', {
  description: 'What to sort tasks by.',
  values: {
    CREATED_AT: { description: 'Creation time.' },
    UPDATED_AT: { description: 'Last change.' },
  } satisfies Record<keyof typeof TASK_ORDER_FIELDS, { description: string }>,
});

const TaskOrder = builder.inputType('TaskOrder', {
  description: 'Sort order for tasks; ties are broken by id so pages never overlap.',
  fields: (t) => ({
    field: t.field({ type: TaskOrderField, required: true, description: 'Sort key.' }),
    direction: t.field({ type: OrderDirectionEnum, defaultValue: 'ASC', required: true, description: 'Direction; defaults to ASC.' }),
  }),
});

builder.queryField('myTasks', (t) =>
  t.prismaConnection(
    {
      type: 'Task',
      cursor: 'id',
      description: 'The tasks assigned to you on matters you may see; oldest first unless `orderBy` says otherwise. At most 100 a page.',
      args: {
        status: t.arg({ type: TaskStatusEnum, description: 'Only tasks with this status.' }),
        orderBy: t.arg({ type: TaskOrder, description: 'Sort order; see the field description for the default.' }),
      },
      ...listConnection(myTaskList, (args: TaskListInput) => args),
    },
    { name: 'TaskConnection', description: 'A page of tasks.' },
    { name: 'TaskEdge', description: 'A task in a page.' },
  ),
);

const CreateTaskInput = builder.inputType('CreateTaskInput', {
  description: 'A task to create on a matter.',
  fields: (t) => ({
    matterId: t.globalID({ required: true, for: MatterRef, description: 'The matter.' }),
    title: t.string({ required: true, description: 'What is to be done.' }),
    assigneeId: t.globalID({ for: UserRef, description: 'A user of your firm who may see the matter; they are notified.' }),
    dueDate: t.field({ type: 'DateTime', description: 'The day it is due; only the date (UTC) is kept.' }),
    priority: t.field({ type: TaskPriorityEnum, description: 'Defaults to NORMAL.' }),
  }),
});

defineMutation('createTask', {
  description: 'Creates a task on a matter you may see, notifying its assignee. Any role but READ_ONLY.',
  input: CreateTaskInput,
  payload: { description: 'The task created by `createTask`.', field: 'task', type: TaskRef },
  resolve: async (input, ctx) => ({
    task: await createTask(ctx, { ...input, matterId: input.matterId.id, assigneeId: input.assigneeId?.id }),
  }),
});

const UpdateTaskInput = builder.inputType('UpdateTaskInput', {
  description: 'Task fields to change; omitted fields keep their values, null clears the assignee and the due date.',
  fields: (t) => ({
    id: t.globalID({ required: true, for: TaskRef, description: 'The task.' }),
    title: t.string({ description: 'What is to be done.' }),
    assigneeId: t.globalID({ for: UserRef, description: 'Hand it to this user (who is notified).' }),
    dueDate: t.field({ type: 'DateTime', description: 'The day it is due.' }),
    priority: t.field({ type: TaskPriorityEnum, description: 'How urgent it is.' }),
    status: t.field({ type: TaskStatusEnum, description: 'DONE completes it.' }),
  }),
});

defineMutation('updateTask', {
  description: 'Changes, reassigns or completes a task on a matter you may see. Any role but READ_ONLY.',
  input: UpdateTaskInput,
  payload: { description: 'The task after `updateTask`.', field: 'task', type: TaskRef },
  resolve: async ({ id, assigneeId, ...changes }, ctx) => ({
    task: await updateTask(ctx, {
      ...changes,
      id: id.id,
      assigneeId: assigneeId === undefined ? undefined : (assigneeId?.id ?? null),
    }),
  }),
});
