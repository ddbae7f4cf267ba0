import { z } from 'zod';
import type { TaskDeps } from '../../queue/task.ts';
import { issuePasswordReset } from '../../resolvers/identity/invitations.ts';

const Payload = z.object({ email: z.string().max(320) });

/**
 * A password-reset request, taken off the request path: looks the address up and, for an active
 * account, issues the token and queues the email (see `issuePasswordReset`).
 */
export const send_password_reset = (deps: TaskDeps) => async (raw: unknown) => {
  const payload = Payload.safeParse(raw);
  if (!payload.success) throw new Error(`Malformed send_password_reset payload: ${payload.error.message}`);
  await issuePasswordReset(
    { prisma: deps.prisma, log: deps.log, jobs: deps.settings, viewer: null, requestId: 'job:send_password_reset' },
    payload.data.email,
  );
};
