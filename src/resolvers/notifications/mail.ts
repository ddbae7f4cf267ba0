import type { Tx } from '../../db/client.ts';
import { type EmailTemplateName, type EmailTemplates, renderEmail } from '../../email/templates.ts';
import { enqueueJob } from '../../queue/enqueue.ts';
import type { JobSettings } from '../../queue/settings.ts';

/** The task that sends one queued email; its file is `src/jobs/notifications/send_email.ts`. */
export const SEND_EMAIL = 'send_email';

/** The most messages one call may queue; larger sends are split by the caller. */
export const MAX_RECIPIENTS_PER_CALL = 1000;

export interface QueuedEmail<K extends EmailTemplateName = EmailTemplateName> {
  firmId: string;
  userId?: string | null;
  to: string;
  template: K;
  vars: EmailTemplates[K];
  /** Stored files of the firm to attach (read when the email is sent). */
  attachmentFileIds?: string[];
}

/**
 * Renders emails and queues one `send_email` job per message inside `tx`, so they are sent only
 * if the change commits and one bad address fails alone. At most {@link MAX_RECIPIENTS_PER_CALL}
 * messages a call. Returns the message ids.
 */
export async function queueEmails(tx: Tx, settings: JobSettings, messages: QueuedEmail[]): Promise<string[]> {
  if (messages.length > MAX_RECIPIENTS_PER_CALL) {
    throw new RangeError(`At most ${MAX_RECIPIENTS_PER_CALL} emails a call; got ${messages.length}`);
  }
  const ids: string[] = [];
  for (const message of messages) {
    const rendered = renderEmail(message.template, message.vars as never);
    const email = await tx.emailMessage.create({
      data: {
        firmId: message.firmId,
        userId: message.userId ?? null,
        to: message.to,
        template: message.template,
        ...rendered,
        attachmentFileIds: message.attachmentFileIds ?? [],
      },
      select: { id: true },
    });
    await enqueueJob(tx, {
      firmId: message.firmId,
      task: SEND_EMAIL,
      payload: { messageId: email.id },
      jobKey: `email:${email.id}`,
      maxAttempts: settings.jobs.maxAttempts,
    });
    ids.push(email.id);
  }
  return ids;
}

/** Splits a list into chunks of at most `size`, for sends above the per-call limit. */
export function chunk<T>(items: T[], size = MAX_RECIPIENTS_PER_CALL): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
