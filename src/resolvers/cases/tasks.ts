import { z } from 'zod';
import { requireRole, WRITERS } from '../../core/access.ts';
import { change } from '../../core/change.ts';
import type { Context, Viewer } from '../../core/context.ts';
import { NotFoundError, ValidationError } from '../../core/errors.ts';
import { isUuid } from '../../core/ids.ts';
import { defineList } from '../../core/lists.ts';
import { definedOnly, keep, parseInput } from '../../core/validation.ts';
import type { Tx } from '../../db/client.ts';
import type { Prisma, Task } from '../../generated/prisma/client.ts';
import { TaskPriority, TaskStatus } from '../../generated/prisma/enums.ts';
import { visibleMatterWhere } from './cases.access.ts';
import { findVisibleMatter } from './matters.ts';
import { TaskEntity } from './record.entities.ts';
import { taskAssigned, taskCompleted, taskCreated, taskUpdated } from './record.events.ts';

const Title = z.string().trim().min(1, 'Title is required').max(500, 'Title must be at most 500 characters');

const CreateTaskInput = z.object({
  matterId: z.string(),
  title: Title,
  assigneeId: z.string().nullish(),
  dueDate: z.date().nullish(),
  priority: z.enum(TaskPriority).nullish(),
});

/** Omitted fields and null keep their values, except assigneeId and dueDate, which null clears. */
const UpdateTaskInput = z.object({
  id: z.string(),
  title: keep(Title),
  assigneeId: z.string().nullish(),
  dueDate: z.date().nullish(),
  priority: keep(z.enum(TaskPriority)),
  status: keep(z.enum(TaskStatus)),
});

export const TASK_ORDER_FIELDS = { CREATED_AT: 'createdAt', UPDATED_AT: 'updatedAt' } as const;

export interface TaskListInput {
  status?: TaskStatus | null;
  orderBy?: { field: keyof typeof TASK_ORDER_FIELDS; direction: 'ASC' | 'DESC' } | null;
}

/** The tasks assigned to the viewer on matters they may see, oldest first unless `orderBy` says otherwise. */
export const myTaskList = defineList<TaskListInput, keyof typeof TASK_ORDER_FIELDS>({
  entity: TaskEntity,
  orders: TASK_ORDER_FIELDS,
  defaultOrder: { field: 'CREATED_AT', direction: 'ASC' },
  where: ({ status }, viewer): Prisma.TaskWhereInput => ({ assigneeId: viewer.id, ...(status ? { status } : {}) }),
});

/** The assignee must be an active user of the firm who may see the task's matter. */
async function checkAssignee(tx: Tx, firmId: string, matterId: string, id: string | null | undefined): Promise<void> {
  if (!id) return;
  const user = isUuid(id) ? await tx.user.findFirst({ where: { id, firmId, active: true }, include: { firm: true } }) : null;
  if (!user) throw ValidationError.field('assigneeId', 'Assignee not found');
  const asViewer: Viewer = { ...user, openMatterAccess: user.firm.openMatterAccess };
  if ((await tx.matter.count({ where: { AND: [{ id: matterId }, visibleMatterWhere(asViewer)] } })) === 0)
    throw ValidationError.field('assigneeId', 'The assignee may not see this matter');
}

/**
 * Creates a task on a matter the viewer may see (every role but READ_ONLY): priority NORMAL and
 * status TODO by default. With an assignee it is recorded as `task.assigned`, which notifies them.
 */
export async function createTask(ctx: Context, input: z.input<typeof CreateTaskInput>): Promise<Task> {
  const viewer = requireRole(ctx, WRITERS);
  const data = parseInput(CreateTaskInput, input);
  return change(ctx, async (w) => {
    const matter = await findVisibleMatter(w.tx, viewer, data.matterId);
    await checkAssignee(w.tx, w.firmId, matter.id, data.assigneeId);
    const task = await w.tx.task.create({
      data: {
        firmId: w.firmId,
        matterId: matter.id,
        title: data.title,
        assigneeId: data.assigneeId ?? null,
        dueDate: data.dueDate ?? null,
        priority: data.priority ?? 'NORMAL',
      },
    });
    await w.record(task.assigneeId ? taskAssigned : taskCreated, { after: task });
    return task;
  });
}

/**
 * Changes a task on a matter the viewer may see. A new assignee is recorded as `task.assigned`
 * (and notified), a move to DONE as `task.completed` (setting `completedAt`; leaving DONE clears
 * it), anything else as `task.updated`.
 */
export async function updateTask(ctx: Context, input: z.input<typeof UpdateTaskInput>): Promise<Task> {
  const viewer = requireRole(ctx, WRITERS);
  const { id, ...changes } = parseInput(UpdateTaskInput, input);
  return change(ctx, async (w) => {
    const before = isUuid(id) ? await w.tx.task.findFirst({ where: { id, matter: visibleMatterWhere(viewer) } }) : null;
    if (!before) throw new NotFoundError('Task');
    await checkAssignee(w.tx, w.firmId, before.matterId, changes.assigneeId);
    const completing = changes.status === 'DONE' && before.status !== 'DONE';
    const reopening = changes.status !== undefined && changes.status !== 'DONE' && before.status === 'DONE';
    const completedAt = completing ? new Date() : reopening ? null : undefined;
    const task = await w.tx.task.update({ where: { id: before.id }, data: definedOnly({ ...changes, completedAt }) });
    const reassigned = task.assigneeId !== null && task.assigneeId !== before.assigneeId;
    if (reassigned) await w.record(taskAssigned, { before, after: task });
    if (completing) await w.record(taskCompleted, { before, after: task });
    if (!reassigned && !completing) await w.record(taskUpdated, { before, after: task });
    return task;
  });
}
