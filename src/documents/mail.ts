/**
 * An e-mail (RFC 5322, MIME) that a mail client opens as a draft to check and send (`X-Unsent: 1`): the
 * innkalling as text and as HTML, the meeting as an iTIP calendar part (RFC 6047: `text/calendar`
 * with the same `method` as the calendar), and attachments. Every part is base64, so no line of a
 * record's text can end a header or a part; header words outside ASCII are RFC 2047 encoded words.
 */
import { createHash } from 'node:crypto';

export interface Mailbox {
  name: string;
  email: string;
}

export interface MailPart {
  contentType: string;
  content: string | Buffer;
  /** An attachment's file name; an inline part has none. */
  filename?: string;
}

export interface Mail {
  from: Mailbox;
  to: readonly Mailbox[];
  subject: string;
  date: Date;
  /** Stable for the same invitation: "<uid.sequence.method@partnership>". */
  messageId: string;
  text: string;
  html: string;
  calendar: { method: 'REQUEST' | 'CANCEL'; content: string };
  attachments: readonly MailPart[];
  /** A draft for the officer's mail client (X-Unsent: 1), or a message sent as it is. */
  draft: boolean;
}

/** A plain address: nothing a header could be broken with, one @, a dot in the domain. */
export function isMailAddress(address: string): boolean {
  return /^[^\s<>()[\]\\,;:@"]+@[^\s<>()[\]\\,;:@"]+\.[^\s<>()[\]\\,;:@"]+$/.test(address);
}

/** RFC 2047: a header word outside printable ASCII as UTF-8 in base64. */
function encodedWord(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: a header word holds no control character
  const clean = text.replace(/[\u0000-\u001f\u007f]/g, ' ');
  return /^[\x20-\x7e]*$/.test(clean) ? clean : `=?UTF-8?B?${Buffer.from(clean, 'utf8').toString('base64')}?=`;
}

function mailbox({ name, email }: Mailbox): string {
  const display = encodedWord(name);
  const quoted = display.startsWith('=?') ? display : `"${display.replace(/["\\]/g, '')}"`;
  return `${quoted} <${email}>`;
}

/** RFC 5322's date: "Tue, 02 Sep 2025 08:00:00 +0000". */
function mailDate(date: Date): string {
  return date.toUTCString().replace(/GMT$/, '+0000');
}

/** Base64 in lines of 76, as MIME asks. */
function base64(content: string | Buffer): string {
  const encoded = (typeof content === 'string' ? Buffer.from(content, 'utf8') : content).toString('base64');
  return encoded.replace(/.{1,76}/g, '$&\r\n');
}

function part(headers: readonly string[], content: string | Buffer): string {
  return `${headers.join('\r\n')}\r\nContent-Transfer-Encoding: base64\r\n\r\n${base64(content)}`;
}

export function mailMessage(mail: Mail): string {
  const seed = createHash('sha256').update(mail.messageId).digest('hex').slice(0, 24);
  const mixed = `mixed-${seed}`;
  const alternative = `alternative-${seed}`;
  const body = [
    `--${alternative}`,
    part(['Content-Type: text/plain; charset=UTF-8'], mail.text),
    `--${alternative}`,
    part(['Content-Type: text/html; charset=UTF-8'], mail.html),
    `--${alternative}`,
    part([`Content-Type: text/calendar; charset=UTF-8; method=${mail.calendar.method}`], mail.calendar.content),
    `--${alternative}--`,
  ].join('\r\n');
  const attachments = mail.attachments.map((attachment) =>
    part(
      [
        `Content-Type: ${attachment.contentType}; name="${attachment.filename}"`,
        `Content-Disposition: attachment; filename="${attachment.filename}"`,
      ],
      attachment.content,
    ),
  );
  const headers = [
    `From: ${mailbox(mail.from)}`,
    `To: ${mail.to.map(mailbox).join(',\r\n ')}`,
    `Subject: ${encodedWord(mail.subject)}`,
    `Date: ${mailDate(mail.date)}`,
    `Message-ID: ${mail.messageId}`,
    'MIME-Version: 1.0',
    // A draft: the mail client opens it for the officer to check and send from their own account.
    ...(mail.draft ? ['X-Unsent: 1'] : []),
    `Content-Type: multipart/mixed; boundary="${mixed}"`,
  ];
  return `${headers.join('\r\n')}\r\n\r\n${[
    `--${mixed}`,
    `Content-Type: multipart/alternative; boundary="${alternative}"\r\n\r\n${body}`,
    ...attachments.flatMap((attachment) => [`--${mixed}`, attachment]),
    `--${mixed}--`,
  ].join('\r\n')}\r\n`;
}
