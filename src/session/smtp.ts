/**
 * Sends an invitation through the officer's own mail server, for `invite --smtp`: nodemailer, bundled on
 * its own (dist/smtp.cjs) and loaded only then. The password comes from the environment
 * (PARTNERSHIP_SMTP_PASSWORD), never from the records or the command line, where history would keep it.
 */
import { createTransport } from 'nodemailer';

export interface SmtpDelivery {
  /** smtp://user@host:587 (STARTTLS when the server offers it) or smtps://user@host:465. */
  url: URL;
  password: string | undefined;
  from: string;
  to: readonly string[];
  raw: string;
}

/** Delivers the message as written; resolves with the server's answer. */
export async function sendMail({ url, password, from, to, raw }: SmtpDelivery): Promise<string> {
  const transport = createTransport({
    host: url.hostname,
    port: url.port ? Number(url.port) : url.protocol === 'smtps:' ? 465 : 587,
    secure: url.protocol === 'smtps:',
    ...(url.username ? { auth: { user: decodeURIComponent(url.username), pass: password ?? '' } } : {}),
    connectionTimeout: 15_000,
    greetingTimeout: 15_000,
    socketTimeout: 30_000,
  });
  try {
    const info = await transport.sendMail({ envelope: { from, to: [...to] }, raw });
    return info.response;
  } finally {
    transport.close();
  }
}
