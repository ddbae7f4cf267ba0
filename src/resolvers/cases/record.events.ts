import { defineEvent, type NotificationRule } from '../../core/events.ts';
import type { Task } from '../../generated/prisma/client.ts';
import { NoteEntity, TaskEntity } from './record.entities.ts';

/** The notification types of notes and tasks. */
export const RECORD_NOTIFICATION_TYPES = ['task.assigned'] as const;

/** The new assignee of a task hears about it (in the app, and by email unless their preference says otherwise). */
const assigneeHears: NotificationRule<Task> = async ({ after }, tx) => {
  if (!after?.assigneeId) return null;
  const matter = await tx.matter.findUnique({ where: { id: after.matterId }, select: { number: true, title: true } });
  const on = matter ? ` on ${matter.number} ${matter.title}` : '';
  const due = after.dueDate ? `, due ${after.dueDate.toISOString().slice(0, 10)}` : '';
  return {
    type: 'task.assigned',
    userIds: [after.assigneeId],
    entityType: TaskEntity.type,
    entityId: after.id,
    title: `Task assigned to you: ${after.title}`,
    body: `You were assigned "${after.title}"${on}${due} (${after.priority.toLowerCase()} priority).`,
  };
};

export const noteCreated = defineEvent('note.created', NoteEntity, {
  description: 'A note was added to a matter.',
  live: { value: 'NOTE_CREATED', description: 'A note was added to it.' },
});
export const noteUpdated = defineEvent('note.updated', NoteEntity, {
  description: 'A note was edited, pinned or unpinned.',
  live: { value: 'NOTE_UPDATED', description: 'One of its notes was edited, pinned or unpinned.' },
});
export const taskCreated = defineEvent('task.created', TaskEntity, {
  description: 'A task was created on a matter without an assignee.',
  live: { value: 'TASK_CREATED', description: 'A task was created on it.' },
});
export const taskAssigned = defineEvent('task.assigned', TaskEntity, {
  description: 'A task was created for, or handed to, a user.',
  notify: assigneeHears,
  live: { value: 'TASK_ASSIGNED', description: 'One of its tasks was assigned.' },
});
export const taskUpdated = defineEvent('task.updated', TaskEntity, {
  description: "A task's details or status changed (other than its assignment or completion).",
  live: { value: 'TASK_UPDATED', description: 'One of its tasks changed.' },
});
export const taskCompleted = defineEvent('task.completed', TaskEntity, {
  description: 'A task was marked DONE.',
  live: { value: 'TASK_COMPLETED', description: 'One of its tasks was completed.' },
});

/** The events about notes and tasks, in the order partners see them listed. */
export const RECORD_EVENTS = [noteCreated, noteUpdated, taskCreated, taskAssigned, taskUpdated, taskCompleted] as const;
