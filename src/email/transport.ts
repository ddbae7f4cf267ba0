import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import nodemailer, { type Transporter } from 'nodemailer';
import type { Logger } from '../logger.ts';
import type { JobSettings } from '../queue/settings.ts';

export interface OutgoingEmail {
  id: string;
  from: string;
  to: string;
  subject: string;
  html: string;
  text: string;
  attachments?: { filename: string; content: Buffer; contentType: string }[];
}

/** Sends one email and returns its Message-ID. */
export type MailTransport = (email: OutgoingEmail) => Promise<string>;

/** True for an SMTP rejection that will not change on retry (a 5xx reply). */
export function isPermanentSmtpError(error: unknown): boolean {
  const code = (error as { responseCode?: unknown }).responseCode;
  return typeof code === 'number' && code >= 500 && code < 600;
}

const transports = new Map<string, Transporter>();

/**
 * SMTP through nodemailer when `SMTP_URL` is set (one pooled transporter per URL). Without it,
 * each message is written as `<DATA_DIR>/mail/<id>.eml` and its path logged, so a developer can
 * open every email the app sends.
 */
export function mailTransport(settings: JobSettings, log: Logger): MailTransport {
  const { smtpUrl, dir } = settings.mail;
  if (smtpUrl) {
    let transporter = transports.get(smtpUrl);
    if (!transporter) {
      transporter = nodemailer.createTransport(smtpUrl);
      transports.set(smtpUrl, transporter);
    }
    const smtp = transporter;
    return async (email) => {
      const { id: _id, ...message } = email;
      const info = await smtp.sendMail(message);
      return info.messageId;
    };
  }
  const files = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  return async (email) => {
    const { id: _id, ...message } = email;
    const info = await files.sendMail(message);
    await mkdir(dir, { recursive: true });
    const path = resolve(join(dir, `${email.id}.eml`));
    await writeFile(path, info.message as Buffer);
    log.info({ path, to: email.to, subject: email.subject }, `email written to ${path} (SMTP_URL is unset)`);
    return info.messageId;
  };
}
