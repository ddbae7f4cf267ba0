import { defineEntity, publicPayload } from '../../core/entities.ts';
import type { Note, Prisma, Task } from '../../generated/prisma/client.ts';
import { matterAudience, visibleMatterWhere } from './cases.access.ts';

/** A note on a matter, visible with its matter. */
export const NoteEntity = defineEntity<Note, Prisma.NoteWhereInput>({
  type: 'Note',
  model: 'Note',
  visible: (viewer) => ({ matter: visibleMatterWhere(viewer) }),
  audience: matterAudience,
  matterOf: (note) => note.matterId,
  payload: publicPayload<Note>(1, ['id', 'firmId', 'matterId', 'authorId', 'body', 'pinned', 'createdAt', 'updatedAt']),
});

/** A task on a matter, visible with its matter. */
export const TaskEntity = defineEntity<Task, Prisma.TaskWhereInput>({
  type: 'Task',
  model: 'Task',
  visible: (viewer) => ({ matter: visibleMatterWhere(viewer) }),
  audience: matterAudience,
  matterOf: (task) => task.matterId,
  payload: publicPayload<Task>(1, [
    'id',
    'firmId',
    'matterId',
    'title',
    'assigneeId',
    'dueDate',
    'priority',
    'status',
    'completedAt',
    'createdAt',
    'updatedAt',
  ]),
});
