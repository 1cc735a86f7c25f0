/**
 * `invite`: an invitation Outlook and Google answer with Accept and Decline. The message is read back by
 * a real mail parser (postal-mime) and its calendar by ical.js, and held to RFC 6047 and RFC 5546: the
 * calendar part's `method` is the calendar's METHOD, one VEVENT, an ORGANIZER, each invitee an ATTENDEE
 * asked to answer, and the UID the calendar feed's, kept from REQUEST to CANCEL with a higher SEQUENCE.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import ICAL from 'ical.js';
import PostalMime from 'postal-mime';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { copyFixture, git, initGitRepository } from '../helpers/repository.js';

function edit(folder: string, file: string, change: (text: string) => string): void {
  const path = join(folder, file);
  writeFileSync(path, change(readFileSync(path, 'utf8')));
}

interface ReadBack {
  headers: Map<string, string>;
  subject: string;
  from: string;
  to: string[];
  html: string;
  text: string;
  calendarType: string;
  calendar: ICAL.Component;
  attachments: Array<{ mimeType: string; filename: string | null; content: Uint8Array }>;
}

/** The message as a mail client reads it, with its calendar part parsed. */
async function readInvitation(folder: string, file: string): Promise<ReadBack> {
  const raw = readFileSync(join(folder, file));
  const email = await PostalMime.parse(raw, { attachmentEncoding: 'arraybuffer' });
  const parts = (email.attachments ?? []).map((attachment) => ({
    mimeType: attachment.mimeType,
    filename: attachment.filename,
    content: new Uint8Array(attachment.content as ArrayBuffer),
  }));
  const calendarPart = parts.find((attachment) => attachment.mimeType === 'text/calendar');
  // The part's own Content-Type, with its method parameter, as the raw message has it.
  const calendarType = /Content-Type: (text\/calendar[^\r\n]*)/.exec(raw.toString('latin1'))?.[1] ?? '';
  return {
    headers: new Map(email.headers.map((header) => [header.key, header.value])),
    subject: email.subject ?? '',
    from: email.from?.address ?? '',
    to: (email.to ?? []).map((address) => address.address ?? ''),
    html: email.html ?? '',
    text: email.text ?? '',
    calendarType,
    calendar: new ICAL.Component(ICAL.parse(new TextDecoder().decode(calendarPart?.content))),
    attachments: parts.filter((attachment) => attachment.mimeType !== 'text/calendar'),
  };
}

/** The uid the calendar feed gives the meeting on that day. */
async function feedUid(folder: string, today: string, date: string): Promise<string> {
  await runCli(['calendar', '--ics', 'feed.ics', '--today', today], { cwd: folder });
  const feed = new ICAL.Component(ICAL.parse(readFileSync(join(folder, 'feed.ics'), 'utf8')));
  const event = feed
    .getAllSubcomponents('vevent')
    .find(
      (candidate) =>
        String(candidate.getFirstPropertyValue('summary')).startsWith('Samarbeidsmøte') &&
        new ICAL.Event(candidate).startDate.toString().startsWith(date),
    );
  return String(event?.getFirstPropertyValue('uid'));
}

function eventOf(calendar: ICAL.Component) {
  const events = calendar.getAllSubcomponents('vevent');
  expect(events).toHaveLength(1);
  const vtimezone = calendar.getFirstSubcomponent('vtimezone');
  if (vtimezone) ICAL.TimezoneService.register(new ICAL.Timezone(vtimezone));
  return events[0] as ICAL.Component;
}

interface Delivered {
  auth: string[];
  from: string;
  to: string[];
  data: string;
}

/** A mail server that speaks just enough SMTP (EHLO, AUTH PLAIN, MAIL, RCPT, DATA) and keeps what it was given. */
async function smtpServer(): Promise<{ port: number; delivered: Promise<Delivered>; close: () => void }> {
  let deliver: (mail: Delivered) => void = () => undefined;
  const delivered = new Promise<Delivered>((resolve) => {
    deliver = resolve;
  });
  const server = createServer((socket) => {
    const mail: Delivered = { auth: [], from: '', to: [], data: '' };
    let buffer = '';
    let inData = false;
    socket.write('220 test ESMTP\r\n');
    socket.on('data', (chunk) => {
      buffer += chunk.toString('utf8');
      let end = buffer.indexOf('\r\n');
      while (end >= 0) {
        const line = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        if (inData) {
          if (line === '.') {
            inData = false;
            socket.write('250 OK queued as 1\r\n');
            deliver(mail);
          } else mail.data += `${line.startsWith('..') ? line.slice(1) : line}\r\n`;
        } else if (/^(EHLO|HELO)/i.test(line)) socket.write('250-test\r\n250-AUTH PLAIN\r\n250 OK\r\n');
        else if (/^AUTH PLAIN /i.test(line)) {
          mail.auth = Buffer.from(line.slice(11), 'base64').toString('utf8').split('\u0000').slice(1);
          socket.write('235 OK\r\n');
        } else if (/^MAIL FROM:/i.test(line)) {
          mail.from = /<(.*)>/.exec(line)?.[1] ?? '';
          socket.write('250 OK\r\n');
        } else if (/^RCPT TO:/i.test(line)) {
          mail.to.push(/<(.*)>/.exec(line)?.[1] ?? '');
          socket.write('250 OK\r\n');
        } else if (/^DATA/i.test(line)) {
          inData = true;
          socket.write('354 go on\r\n');
        } else if (/^QUIT/i.test(line)) socket.end('221 bye\r\n');
        else socket.write('250 OK\r\n');
        end = buffer.indexOf('\r\n');
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  return { port: typeof address === 'object' && address ? address.port : 0, delivered, close: () => server.close() };
}

describe('partnership invite', () => {
  it('writes a draft with the innkalling as its body and a REQUEST with organizer, attendees and the feed’s uid', async () => {
    const folder = copyFixture('ks-kdd-digital');
    edit(folder, 'meetings/2025-09-16.md', (text) =>
      text.replace(
        'attendees: {}',
        'attendees:\n  dep: [{ name: Kari Nordmann, email: kari.nordmann@dfd.example }, Avdelingsdirektør]',
      ),
    );
    const written = await runCli(
      ['invite', '2025-09-16', '-o', 'innkalling.eml', '--attach', 'pdf', '--today', '2025-09-01'],
      {
        cwd: folder,
      },
    );
    expect(written.code, written.stderr).toBe(0);
    expect(written.stdout).toContain('Wrote the invitation (REQUEST, sequence 0) to meeting 2025-09-16 for 2 invitees');
    const mail = await readInvitation(folder, 'innkalling.eml');
    expect(mail.headers.get('x-unsent')).toBe('1');
    expect(mail.from).toBe('lars.moen@ks.example');
    expect(mail.to).toEqual(['jonas.lie@dfd.example', 'kari.nordmann@dfd.example']);
    expect(mail.subject).toBe('Innkalling til samarbeidsmøte 16.\u00a0september 2025');
    expect(mail.html).toContain('<h1>Innkalling til samarbeidsmøte 16.\u00a0september 2025</h1>');
    expect(mail.text).toContain('## Saksliste');
    // RFC 6047: the part's method is the calendar's.
    expect(mail.calendarType).toMatch(/^text\/calendar; charset=UTF-8; method=REQUEST$/);
    expect(mail.calendar.getFirstPropertyValue('method')).toBe('REQUEST');
    const event = eventOf(mail.calendar);
    expect(String(event.getFirstPropertyValue('organizer'))).toBe('mailto:lars.moen@ks.example');
    const attendees = event.getAllProperties('attendee').map((attendee) => ({
      address: String(attendee.getFirstValue()),
      role: attendee.getParameter('role'),
      partstat: attendee.getParameter('partstat'),
      rsvp: attendee.getParameter('rsvp'),
    }));
    expect(attendees).toEqual([
      { address: 'mailto:jonas.lie@dfd.example', role: 'REQ-PARTICIPANT', partstat: 'NEEDS-ACTION', rsvp: 'TRUE' },
      { address: 'mailto:kari.nordmann@dfd.example', role: 'REQ-PARTICIPANT', partstat: 'NEEDS-ACTION', rsvp: 'TRUE' },
    ]);
    expect(String(event.getFirstPropertyValue('uid'))).toBe(await feedUid(folder, '2025-09-01', '2025-09-16'));
    // Oslo's 09:30, named by its zone: 07:30 UTC in September.
    const start = new ICAL.Event(event).startDate;
    expect(start.zone?.tzid).toBe('Europe/Oslo');
    expect(start.toJSDate().toISOString()).toBe('2025-09-16T07:30:00.000Z');
    expect(String(event.getFirstPropertyValue('description'))).toContain(
      'Sak 8/25 Felles løsninger for innbyggerdialog',
    );
    expect(String(event.getFirstPropertyValue('description'))).toContain('meetings/2025-09-16.md');
    expect(String(event.getFirstPropertyValue('location'))).toBe('KS-huset, Haakon VIIs gate 9, Oslo');
    // The innkalling as PDF/A, attached; the referat never shows an attendee's address.
    expect(mail.attachments.map(({ mimeType, filename }) => ({ mimeType, filename }))).toEqual([
      { mimeType: 'application/pdf', filename: 'innkalling-2025-09-16.pdf' },
    ]);
    expect(new TextDecoder().decode(mail.attachments[0]?.content.slice(0, 8))).toBe('%PDF-1.7');
    const agenda = await runCli(['render', 'agenda', '2025-09-16', '--today', '2025-09-01'], { cwd: folder });
    expect(agenda.stdout).not.toContain('kari.nordmann@dfd.example');
  });

  it('keeps the uid from REQUEST to the moved meeting’s REQUEST to the CANCEL, each with a higher sequence', async () => {
    const folder = copyFixture('ks-kdd-digital');
    initGitRepository(folder);
    const run = (...args: string[]) => runCli([...args, '--today', '2025-09-01'], { cwd: folder });
    const invitation = async (meeting: string, file: string) => {
      const result = await run('invite', meeting, '--format', 'ics', '-o', file);
      expect(result.code, result.stderr).toBe(0);
      const calendar = new ICAL.Component(ICAL.parse(readFileSync(join(folder, file), 'utf8')));
      const event = eventOf(calendar);
      return {
        method: calendar.getFirstPropertyValue('method'),
        uid: String(event.getFirstPropertyValue('uid')),
        sequence: Number(event.getFirstPropertyValue('sequence')),
        start: new ICAL.Event(event).startDate.toJSDate().toISOString(),
        status: event.getFirstPropertyValue('status'),
      };
    };
    const first = await invitation('2025-09-16', 'first.ics');
    expect(first).toMatchObject({ method: 'REQUEST', status: 'CONFIRMED', start: '2025-09-16T07:30:00.000Z' });

    /** A change to the meeting, committed as the secretariat would before inviting again. */
    const commitChange = async (message: string, ...args: string[]) => {
      expect((await run(...args)).code).toBe(0);
      git(folder, 'add', '-A');
      git(folder, 'commit', '--quiet', '-m', message);
    };
    await commitChange('Flyttet', 'move', '2025-09-16', '--to', '2025-09-23');
    const moved = await invitation('2025-09-23', 'moved.ics');
    expect(moved).toMatchObject({ method: 'REQUEST', uid: first.uid, start: '2025-09-23T07:30:00.000Z' });
    expect(moved.sequence).toBeGreaterThan(first.sequence);

    await commitChange('Avlyst', 'cancel', '2025-09-23', '--sent', '2025-09-01');
    const cancelled = await invitation('2025-09-23', 'cancel.ics');
    expect(cancelled).toMatchObject({ method: 'CANCEL', uid: first.uid, status: 'CANCELLED' });
    expect(cancelled.sequence).toBeGreaterThan(moved.sequence);
    const eml = await run('invite', '2025-09-23', '-o', 'cancel.eml');
    expect(eml.code, eml.stderr).toBe(0);
    const mail = await readInvitation(folder, 'cancel.eml');
    expect(mail.calendarType).toMatch(/method=CANCEL$/);
    expect(mail.subject).toBe('Avlysning av samarbeidsmøte 23.\u00a0september 2025');
  });

  it('invites to a meeting of the other agreement once its parties have addresses, and says which field to fill in until then', async () => {
    const folder = copyFixture('ks-kmd-2018');
    const today = ['--today', '2018-10-01'];
    expect((await runCli(['new', 'meeting', '--date', '2018-11-20', ...today], { cwd: folder })).code).toBe(0);
    const refused = await runCli(['invite', '2018-11-20', '-o', 'i.eml', ...today], { cwd: folder });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(
      'party kmd has no e-mail address for its contact: fill in contact.email (with contact.name) for kmd in agreement/agreement.md',
    );
    edit(folder, 'agreement/agreement.md', (text) =>
      text
        .replace(/(\n {4}short: KMD\n)/, '$1    contact: { name: Ola Nordmann, email: ola.nordmann@kmd.example }\n')
        .replace(/(\n {4}short: KS\n)/, '$1    contact: { name: Åse Ås, email: ase.as@ks.example }\n'),
    );
    const written = await runCli(['invite', '2018-11-20', '-o', 'i.eml', ...today], { cwd: folder });
    expect(written.code, written.stderr).toBe(0);
    const mail = await readInvitation(folder, 'i.eml');
    expect(mail.from).toBe('ola.nordmann@kmd.example');
    expect(mail.to).toEqual(['ase.as@ks.example']);
    expect(mail.calendar.getFirstPropertyValue('method')).toBe('REQUEST');
    expect(String(eventOf(mail.calendar).getFirstPropertyValue('uid'))).toBe(
      await feedUid(folder, '2018-10-01', '2018-11-20'),
    );
    // A name outside ASCII reaches the header as an encoded word and the mail client reads it back.
    expect(readFileSync(join(folder, 'i.eml'), 'latin1')).toContain('To: =?UTF-8?B?');
  });

  it('refuses an address that could break the message, and a meeting already held', async () => {
    // A line break in a record is refused before anything is written: it could start a header of its own.
    const broken = copyFixture('ks-kdd-digital');
    edit(broken, 'agreement/agreement.md', (text) =>
      text.replace('email: jonas.lie@dfd.example', 'email: "jonas.lie@dfd.example\\r\\nBcc: all@example.org"'),
    );
    const injected = await runCli(['invite', '2025-09-16', '-o', 'i.eml', '--today', '2025-09-01'], { cwd: broken });
    expect(injected.code).toBe(1);
    expect(injected.stderr).toContain('the records have errors');
    const folder = copyFixture('ks-kdd-digital');
    edit(folder, 'agreement/agreement.md', (text) =>
      text.replace('email: jonas.lie@dfd.example', 'email: "Jonas Lie <jonas.lie@dfd.example>"'),
    );
    const refused = await runCli(['invite', '2025-09-16', '-o', 'i.eml', '--today', '2025-09-01'], { cwd: folder });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(
      '"Jonas Lie <jonas.lie@dfd.example>" (parties.dep.contact.email) is not an e-mail address an invitation can go to',
    );
    const held = await runCli(['invite', '2024-10-22', '--today', '2025-09-01'], {
      cwd: copyFixture('ks-kdd-digital'),
    });
    expect(held.code).toBe(1);
    expect(held.stderr).toContain('meeting 2024-10-22 was held on 2024-10-22');
  });

  it('sends it through the officer’s own server with --smtp, the password from the environment, never the record', async () => {
    const folder = copyFixture('ks-kdd-digital');
    const server = await smtpServer();
    try {
      const sent = await runCli(
        ['invite', '2025-09-16', '--smtp', `smtp://lars.moen@127.0.0.1:${server.port}`, '--today', '2025-09-01'],
        { cwd: folder, env: { PARTNERSHIP_SMTP_PASSWORD: 'hemmelig' } },
      );
      expect(sent.code, sent.stderr).toBe(0);
      expect(sent.stdout).toContain('Sent the invitation to meeting 2025-09-16 to 1 invitee through 127.0.0.1');
      const mail = await server.delivered;
      expect(mail.auth).toEqual(['lars.moen', 'hemmelig']);
      expect(mail.from).toBe('lars.moen@ks.example');
      expect(mail.to).toEqual(['jonas.lie@dfd.example']);
      const parsed = await PostalMime.parse(mail.data);
      // Sent as it is, not a draft.
      expect(parsed.headers.map((header) => header.key)).not.toContain('x-unsent');
      expect(parsed.attachments.some((attachment) => attachment.mimeType === 'text/calendar')).toBe(true);
    } finally {
      server.close();
    }
    const inUrl = await runCli(['invite', '2025-09-16', '--smtp', 'smtp://lars:hemmelig@127.0.0.1:25'], {
      cwd: folder,
    });
    expect(inUrl.code).toBe(2);
    expect(inUrl.stderr).toContain('give it in PARTNERSHIP_SMTP_PASSWORD');
    // A server that is not there: a plain refusal that says nothing was sent.
    const closed = await runCli(['invite', '2025-09-16', '--smtp', 'smtp://127.0.0.1:1', '--today', '2025-09-01'], {
      cwd: folder,
    });
    expect(closed.code).toBe(2);
    expect(closed.stderr).toContain('the invitation was not sent: 127.0.0.1:1 answered');
    expect(closed.stderr).not.toMatch(/\n\s+at /);
  });
});
