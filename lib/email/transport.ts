import nodemailer from "nodemailer";
import { getEnv } from "@/lib/env";

export interface OutgoingEmail {
  to: string;
  subject: string;
  text: string;
}

/** Sends one email or throws; the outbox decides about retries. */
export interface MailTransport {
  send(email: OutgoingEmail): Promise<void>;
}

/** An SMTP transport for `smtp://` / `smtps://` URLs (nodemailer reads host, port, credentials). */
export function smtpTransport(url: string, from: string): MailTransport {
  const parsed = new URL(url);
  const secure = parsed.protocol === "smtps:";
  const transporter = nodemailer.createTransport({
    host: parsed.hostname,
    port: parsed.port ? Number(parsed.port) : secure ? 465 : 587,
    secure,
    auth: parsed.username
      ? {
          user: decodeURIComponent(parsed.username),
          pass: decodeURIComponent(parsed.password),
        }
      : undefined,
    // A slow server must not hold a job runner tick for minutes.
    connectionTimeout: 15_000,
    greetingTimeout: 15_000,
    socketTimeout: 30_000,
  });
  return {
    async send(email) {
      await transporter.sendMail({ from, to: email.to, subject: email.subject, text: email.text });
    },
  };
}

let cached: { url: string; transport: MailTransport } | undefined;

/** The configured transport, or null when SMTP_URL is unset (emails are only recorded). */
export function getMailTransport(): MailTransport | null {
  const env = getEnv();
  if (!env.SMTP_URL) return null;
  if (cached?.url !== env.SMTP_URL)
    cached = { url: env.SMTP_URL, transport: smtpTransport(env.SMTP_URL, env.MAIL_FROM) };
  return cached.transport;
}
