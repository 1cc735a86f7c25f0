import { resolve } from 'node:path';
import { archiveRecord, markdownTitle } from '../documents/archive-metadata.js';
import { documentFacts } from '../documents/letter-view.js';
import { loadFormats } from '../documents/load-formats.js';
import { isMailAddress, type MailPart, mailMessage } from '../documents/mail.js';
import { meetingDocument } from '../documents/meeting-view.js';
import type { MeetingView } from '../documents/view-types.js';
import { InputError, PreconditionError, UsageError } from '../lib/errors.js';
import { outputFormat } from '../lib/output-format.js';
import { printable } from '../lib/printable.js';
import { message } from '../messages/catalogue.js';
import { WORDS } from '../messages/words.js';
import { partyOn } from '../model/parties.js';
import type { Agreement } from '../model/schemas.js';
import { bodyOf } from '../records/front-matter.js';
import { meetingEntry } from '../schedule/calendar.js';
import { type Invitee, invitationCalendar } from '../schedule/invitation.js';
import type { CommandContext } from '../session/context.js';
import { inDocumentLanguage, renderDocument } from '../session/documents.js';
import { loadSmtp } from '../session/load-smtp.js';
import { findMeeting, readCleanRecords } from '../session/records.js';
import { writeUserFile } from '../writing/write.js';

export const INVITE_FORMATS = ['eml', 'ics'] as const;

export interface InviteOptions {
  format?: (typeof INVITE_FORMATS)[number];
  output?: string;
  /** The innkalling attached as Word or PDF/A, besides the HTML body. */
  attach?: 'docx' | 'pdf';
  /** Send it through this server (smtp://user@host:587), the password from PARTNERSHIP_SMTP_PASSWORD. */
  smtp?: string;
}

const ATTACHMENT_TYPES = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
} as const;

/**
 * The meeting as an invitation people accept: an e-mail draft with the innkalling as its body and the
 * meeting as an iTIP REQUEST (a CANCEL once it is cancelled), from the convener's contact to the other
 * parties' contacts and the attendees with an address, under the calendar feed's UID and sequence.
 */
export async function invite(meetingId: string, options: InviteOptions, context: CommandContext): Promise<number> {
  const records = readCleanRecords(context);
  const meeting = findMeeting(records, meetingId);
  const { data } = meeting;
  if (data.status === 'held')
    throw new PreconditionError(message('invite/held', { meeting: meeting.id, date: data.date }));
  const format = outputFormat(options.format, options.output, INVITE_FORMATS, 'eml');
  const server = options.smtp === undefined ? undefined : smtpUrl(options.smtp);
  if (server && format !== 'eml') throw new UsageError(message('invite/smtp-sends-mail'));
  const agreement = inDocumentLanguage(records.agreement.data, context);
  const cancelled = data.status === 'cancelled';
  const organizer = contactOf(agreement, agreement.meetings.convener, data.date);
  const invitees = inviteesOf(agreement, meeting.id, data, organizer.email);

  const sequences = await (await import('../git/repository.js')).meetingSequences(context.repositoryRoot(), [meeting]);
  const document = meetingDocument('agenda', agreement, records.meetings, meeting, bodyOf(meeting), context.today);
  const view = document.view as { meeting: MeetingView };
  const entry = meetingEntry(
    agreement,
    { source: 'planned', ...data },
    {
      uid: data.uid,
      sequence: sequences.get(meeting.id) ?? 0,
      cancelled,
      agenda: data.agenda.map((item) => item.title),
    },
  );
  const words = WORDS[agreement.language].calendar;
  const calendar = invitationCalendar({
    method: cancelled ? 'CANCEL' : 'REQUEST',
    entry,
    organizer,
    invitees,
    stamp: context.io.now(),
    description: words.invitation(
      view.meeting.items.map((item) => `Sak ${item.number} ${item.title}`),
      `meetings/${meeting.id}.md`,
    ),
  });

  let content: string;
  if (format === 'ics') content = calendar;
  else {
    const markdown = renderDocument(records, document);
    const formats = await loadFormats();
    const record = archiveRecord(document, markdownTitle(markdown));
    const style = { language: document.language, facts: { ...documentFacts(document), subject: record.dokumenttype } };
    const attachments: MailPart[] = [];
    if (options.attach) {
      const bytes =
        options.attach === 'pdf' ? await formats.toPdf(markdown, style) : await formats.toDocx(markdown, style);
      attachments.push({
        contentType: ATTACHMENT_TYPES[options.attach],
        filename: `${cancelled ? 'avlysning' : 'innkalling'}-${meeting.id}.${options.attach}`,
        content: bytes,
      });
    }
    const uid = entry.uid.replace(/@partnership$/, '');
    content = mailMessage({
      from: organizer,
      to: invitees,
      subject: markdownTitle(markdown),
      date: context.io.now(),
      messageId: `<${uid}.${entry.sequence}.${cancelled ? 'cancel' : 'request'}@partnership>`,
      text: markdown,
      html: formats.toHtml(markdown, style),
      calendar: { method: cancelled ? 'CANCEL' : 'REQUEST', content: calendar },
      attachments,
      draft: server === undefined,
    });
  }
  if (server) {
    const { sendMail } = await loadSmtp();
    let answer: string;
    try {
      answer = await sendMail({
        url: server,
        password: context.io.env.PARTNERSHIP_SMTP_PASSWORD,
        from: organizer.email,
        to: invitees.map((invitee) => invitee.email),
        raw: content,
      });
    } catch (error) {
      throw new InputError(
        message('invite/smtp-failed', { server: server.host, reason: printable((error as Error).message) }),
      );
    }
    context.io.stdout(
      `${context.say(message('invite/sent', { meeting: meeting.id, invitees: invitees.length, server: server.host, answer: printable(answer) }))}\n`,
    );
    return 0;
  }
  if (options.output === undefined || options.output === '-') {
    context.io.stdout(content);
    return 0;
  }
  writeUserFile(resolve(context.io.cwd, options.output), content, context.repositoryRoot());
  context.io.stdout(
    `${context.say(
      message('invite/wrote', {
        method: cancelled ? 'CANCEL' : 'REQUEST',
        meeting: meeting.id,
        file: printable(options.output),
        invitees: invitees.length,
        sequence: entry.sequence,
      }),
    )}\n`,
  );
  return 0;
}

/** The server to send through: smtp: or smtps:, with no password in it (that belongs in the environment). */
function smtpUrl(given: string): URL {
  let url: URL;
  try {
    url = new URL(given);
  } catch {
    throw new UsageError(message('invite/smtp-url', { url: printable(given) }));
  }
  if (url.protocol !== 'smtp:' && url.protocol !== 'smtps:')
    throw new UsageError(message('invite/smtp-url', { url: printable(given) }));
  if (url.password) throw new UsageError(message('invite/smtp-password-in-url'));
  return url;
}

/** A party's contact on the meeting's day, with an address an invitation can go to; refused plainly without one. */
function contactOf(agreement: Agreement, party: string, on: string): { name: string; email: string } {
  const contact = partyOn(agreement, party, on)?.contact;
  if (!contact?.email) throw new PreconditionError(message('invite/no-address', { party }));
  if (!isMailAddress(contact.email))
    throw new PreconditionError(
      message('invite/bad-address', { address: printable(contact.email), where: `parties.${party}.contact.email` }),
    );
  return { name: contact.name, email: contact.email };
}

/** The other parties' contacts, then every attendee with an address: each once, the organizer not among them. */
function inviteesOf(
  agreement: Agreement,
  meetingId: string,
  data: { date: string; attendees: Record<string, Array<string | { name: string; email: string }>> },
  organizer: string,
): Invitee[] {
  const invitees: Invitee[] = [];
  const seen = new Set([organizer.toLowerCase()]);
  const add = (name: string, email: string) => {
    if (seen.has(email.toLowerCase())) return;
    seen.add(email.toLowerCase());
    invitees.push({ name, email, role: 'REQ-PARTICIPANT' });
  };
  for (const party of agreement.parties) {
    if (party.id === agreement.meetings.convener) continue;
    const { name, email } = contactOf(agreement, party.id, data.date);
    add(name, email);
  }
  for (const [party, people] of Object.entries(data.attendees)) {
    for (const person of people) {
      if (typeof person === 'string') continue;
      if (!isMailAddress(person.email))
        throw new PreconditionError(
          message('invite/bad-address', {
            address: printable(person.email),
            where: `meetings/${meetingId}.md: attendees.${party}`,
          }),
        );
      add(person.name, person.email);
    }
  }
  return invitees;
}
