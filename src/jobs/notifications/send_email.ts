import { z } from 'zod';
import { isPermanentSmtpError, mailTransport } from '../../email/transport.ts';
import { defineTask, PermanentJobError } from '../../queue/task.ts';
import { readStoredFileBytes } from '../../resolvers/jobs/index.ts';
import { SEND_EMAIL } from '../../resolvers/notifications/index.ts';
import { blobStore } from '../../storage/index.ts';

/**
 * Sends one queued email (an EmailMessage row, rendered when it was queued) over SMTP, or to an
 * .eml file without SMTP_URL. A 5xx SMTP reply fails the message at once; other errors retry.
 */
export const send_email = defineTask({
  name: SEND_EMAIL,
  payload: z.object({ firmId: z.uuid(), messageId: z.uuid() }),
  async run({ firmId, messageId }, ctx) {
    const message = await ctx.prisma.emailMessage.findFirst({ where: { id: messageId, firmId } });
    if (!message) throw new PermanentJobError(`Email ${messageId} not found`);
    if (message.status === 'SENT') return { messageId: message.messageId };
    const attachments = [];
    for (const fileId of message.attachmentFileIds) {
      const file = await readStoredFileBytes(ctx.prisma, blobStore(ctx.settings.storage), firmId, fileId);
      if (!file) throw new PermanentJobError(`Attachment ${fileId} not found`);
      attachments.push({ filename: file.name, content: file.bytes, contentType: file.mimeType });
    }
    const send = mailTransport(ctx.settings, ctx.log);
    try {
      const sentId = await send({
        id: message.id,
        from: ctx.settings.mail.from,
        to: message.to,
        subject: message.subject,
        html: message.html,
        text: message.text,
        attachments,
      });
      await ctx.prisma.emailMessage.update({
        where: { id: messageId },
        data: { status: 'SENT', sentAt: new Date(), messageId: sentId, lastError: null },
      });
      return { messageId: sentId };
    } catch (error) {
      const permanent = isPermanentSmtpError(error);
      const final = permanent || ctx.attempt >= ctx.maxAttempts;
      const lastError = (error as Error).message.slice(0, 2000);
      await ctx.prisma.emailMessage.update({ where: { id: messageId }, data: { lastError, status: final ? 'FAILED' : 'QUEUED' } });
      throw permanent ? new PermanentJobError(`SMTP rejected the message: ${lastError}`) : error;
    }
  },
});
