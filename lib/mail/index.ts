import nodemailer, { type Transporter } from "nodemailer";

/**
 * Optional e-mail through SMTP. Configured by SMTP_URL (e.g. smtp://user:pass@host:587) or SMTP_HOST with
 * SMTP_PORT, SMTP_USER, SMTP_PASSWORD and SMTP_SECURE=1; the sender is MAIL_FROM. Without any of them e-mail
 * is off: `sendMail` reports that nothing was sent and the UI says that e-mail is off.
 */
export type MailMessage = { to: string; subject: string; text: string; html?: string };
export type MailResult = { sent: true; messageId: string } | { sent: false; reason: "not-configured" };

export function isMailConfigured(env: NodeJS.ProcessEnv = process.env): boolean {
  return Boolean(env.SMTP_URL || env.SMTP_HOST);
}

const globalForMail = globalThis as unknown as { kamMailer?: { key: string; transport: Transporter } };

function transport(env: NodeJS.ProcessEnv): Transporter {
  const key = [env.SMTP_URL, env.SMTP_HOST, env.SMTP_PORT, env.SMTP_USER, env.SMTP_SECURE].join("|");
  if (globalForMail.kamMailer?.key !== key) {
    const auth = env.SMTP_USER ? { user: env.SMTP_USER, pass: env.SMTP_PASSWORD ?? "" } : undefined;
    const created = env.SMTP_URL
      ? nodemailer.createTransport(env.SMTP_URL)
      : nodemailer.createTransport({ host: env.SMTP_HOST, port: Number(env.SMTP_PORT ?? 587), secure: env.SMTP_SECURE === "1", auth });
    globalForMail.kamMailer = { key, transport: created };
  }
  return globalForMail.kamMailer.transport;
}

export async function sendMail(message: MailMessage, env: NodeJS.ProcessEnv = process.env): Promise<MailResult> {
  if (!isMailConfigured(env)) return { sent: false, reason: "not-configured" };
  const info = await transport(env).sendMail({ from: env.MAIL_FROM ?? "KAM <kam@localhost>", ...message });
  return { sent: true, messageId: info.messageId };
}
