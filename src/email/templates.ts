/** A rendered email. */
export interface RenderedEmail {
  subject: string;
  html: string;
  text: string;
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ENTITIES[c]);
}

/**
 * Tagged template for HTML bodies: every interpolated value is escaped, so a user's name such as
 * `<script>` arrives as text. Values already built with `html` are nested without escaping twice.
 */
class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

function html(strings: TemplateStringsArray, ...values: unknown[]): SafeHtml {
  return new SafeHtml(
    strings.reduce((out, part, i) => {
      if (i === 0) return part;
      const value = values[i - 1];
      const rendered = Array.isArray(value)
        ? value.map((v) => (v instanceof SafeHtml ? v.value : escapeHtml(String(v)))).join('')
        : value instanceof SafeHtml
          ? value.value
          : escapeHtml(String(value ?? ''));
      return out + rendered + part;
    }, ''),
  );
}

const layout = (title: string, body: SafeHtml) =>
  html`<!doctype html><html><head><meta charset="utf-8"><title>${title}</title></head><body style="font-family:sans-serif;line-height:1.5">${body}<p style="color:#666;font-size:12px">LexGraph</p></body></html>`
    .value;

/** The variables of each email LexGraph sends; every value is plain text and escaped on rendering. */
export interface EmailTemplates {
  invitation: { name: string; firmName: string; inviterName: string; link: string; expiresHours: number };
  password_reset: { name: string; link: string; expiresMinutes: number };
  notification: { name: string; title: string; body: string; link: string };
  notification_digest: { name: string; items: { title: string; body: string }[]; link: string };
  invoice: { firmName: string; clientName: string; label: string; total: string; dueOn: string; matter: string };
}

export type EmailTemplateName = keyof EmailTemplates;

const render: { [K in EmailTemplateName]: (v: EmailTemplates[K]) => RenderedEmail } = {
  invitation: (v) => {
    const subject = `${v.inviterName} invited you to ${v.firmName} on LexGraph`;
    return {
      subject,
      html: layout(
        subject,
        html`<p>Hello ${v.name},</p><p>${v.inviterName} invited you to join <strong>${v.firmName}</strong> on LexGraph.</p><p><a href="${v.link}">Set your password</a> (the link works for ${v.expiresHours} hours).</p>`,
      ),
      text: `Hello ${v.name},\n\n${v.inviterName} invited you to join ${v.firmName} on LexGraph.\nSet your password (the link works for ${v.expiresHours} hours):\n${v.link}\n`,
    };
  },
  password_reset: (v) => {
    const subject = 'Reset your LexGraph password';
    return {
      subject,
      html: layout(
        subject,
        html`<p>Hello ${v.name},</p><p>Someone asked to reset your password. <a href="${v.link}">Choose a new password</a> within ${v.expiresMinutes} minutes. If it was not you, ignore this email.</p>`,
      ),
      text: `Hello ${v.name},\n\nSomeone asked to reset your password. Choose a new one within ${v.expiresMinutes} minutes:\n${v.link}\n\nIf it was not you, ignore this email.\n`,
    };
  },
  notification: (v) => ({
    subject: v.title,
    html: layout(
      v.title,
      html`<p>Hello ${v.name},</p><p><strong>${v.title}</strong></p><p>${v.body}</p><p><a href="${v.link}">Open LexGraph</a></p>`,
    ),
    text: `Hello ${v.name},\n\n${v.title}\n${v.body}\n\n${v.link}\n`,
  }),
  notification_digest: (v) => {
    const subject = `Your LexGraph digest: ${v.items.length} notification${v.items.length === 1 ? '' : 's'}`;
    return {
      subject,
      html: layout(
        subject,
        html`<p>Hello ${v.name},</p><ul>${v.items.map((i) => html`<li><strong>${i.title}</strong>: ${i.body}</li>`)}</ul><p><a href="${v.link}">Open LexGraph</a></p>`,
      ),
      text: `Hello ${v.name},\n\n${v.items.map((i) => `- ${i.title}: ${i.body}`).join('\n')}\n\n${v.link}\n`,
    };
  },
  invoice: (v) => {
    const subject = `Invoice ${v.label} from ${v.firmName}`;
    return {
      subject,
      html: layout(
        subject,
        html`<p>Dear ${v.clientName},</p><p>Please find attached invoice ${v.label} for ${v.matter}: ${v.total}, due ${v.dueOn}.</p><p>${v.firmName}</p>`,
      ),
      text: `Dear ${v.clientName},\n\nPlease find attached invoice ${v.label} for ${v.matter}: ${v.total}, due ${v.dueOn}.\n\n${v.firmName}\n`,
    };
  },
};

/** Renders one of LexGraph's emails with its variables (HTML-escaped in the HTML part). */
export function renderEmail<K extends EmailTemplateName>(name: K, vars: EmailTemplates[K]): RenderedEmail {
  return render[name](vars);
}
