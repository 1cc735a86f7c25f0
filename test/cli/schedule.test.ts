import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { afterEach, describe, expect, it } from 'vitest';
import { hasStackTrace, runCli, spawnCli } from '../helpers/cli.js';
import { committedFixture, copyFixture, fixturePath, git, temporaryFolder } from '../helpers/repository.js';

interface ParsedEvent {
  uid: string;
  summary: string;
  location: string | null;
  start: string;
  allDay: boolean;
}

function readCalendar(path: string): ParsedEvent[] {
  const component = new ICAL.Component(ICAL.parse(readFileSync(path, 'utf8')) as unknown[]);
  return component.getAllSubcomponents('vevent').map((vevent) => {
    const event = new ICAL.Event(vevent);
    return {
      uid: event.uid,
      summary: event.summary,
      location: event.location || null,
      start: event.startDate.isDate ? event.startDate.toString() : event.startDate.toJSDate().toISOString(),
      allDay: event.startDate.isDate,
    };
  });
}

function planMeeting(folder: string, date: string, fields = '') {
  writeFileSync(
    join(folder, 'meetings', `${date}.md`),
    `---\ndate: ${date}\ntime: "10:00"\nplace: KS, Haakon VIIs gate 9, Oslo\nstatus: planned\nchair: ks\nminutes: ks\n${fields}---\n`,
  );
}

const originalTimeZone = process.env.TZ;
afterEach(() => {
  if (originalTimeZone === undefined) delete process.env.TZ;
  else process.env.TZ = originalTimeZone;
});

describe('partnership next-meeting', () => {
  it('answers on the 2018 records, today and on days inside the term', () => {
    const ended = spawnCli(['next-meeting'], { cwd: fixturePath() });
    expect(ended.code, ended.stderr).toBe(0);
    expect(ended.stdout).toMatch(/^No meeting ahead: nothing is planned, and nothing is proposed\.\n\nWhy:\n/);
    expect(ended.stdout).toMatch(
      /the agreement ran out on 2018-12-31 and was not extended: no meeting is due under it/,
    );
    for (const today of ['2017-09-07', '2018-01-15', '2018-10-01']) {
      const { code, stdout, stderr } = spawnCli(['next-meeting', '--today', today], {
        cwd: fixturePath(),
      });
      expect(code, stderr).toBe(0);
      expect(stdout).toMatch(/^Next meeting: \w+day \d{4}-\d{2}-\d{2}/);
      expect(stdout).toMatch(/Chair: {5}(KMD|KS) \(/);
      expect(stdout).toMatch(
        /Convener: {2}KMD sends the notice by \d{4}-\d{2}-\d{2} and the case documents by \d{4}-\d{2}-\d{2}/,
      );
      expect(hasStackTrace(stdout + stderr)).toBe(false);
    }
  });

  it('prints exactly the JSON fields of the contract', async () => {
    const { code, stdout } = await runCli(['next-meeting', '--json', '--today', '2018-05-02'], { cwd: copyFixture() });
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual({
      source: 'planned',
      meeting: '2018-09-20',
      date: '2018-09-20',
      due_by: '2019-12-31',
      chair: 'kmd',
      minutes: 'kmd',
      convener: 'kmd',
      notice_by: '2018-09-06',
      documents_by: '2018-09-13',
      in_term: true,
      reasons: expect.arrayContaining(['the roles follow the rotation (turn 3): KMD chairs and takes the minutes']),
    });
  });

  it.each(['UTC', 'America/New_York', 'Pacific/Kiritimati'])(
    'takes today as the Oslo date just after midnight on 1 January, on a %s machine',
    async (zone) => {
      process.env.TZ = zone;
      const folder = copyFixture();
      // Renewed for 2019, so that 1 January 2019 is inside the term.
      const agreement = join(folder, 'agreement/agreement.md');
      writeFileSync(
        agreement,
        readFileSync(agreement, 'utf8').replace('extensions: []', 'extensions: [{ year: 2019, decided: 2018-11-15 }]'),
      );
      const justAfterMidnight = await runCli(['next-meeting', '--json'], {
        cwd: folder,
        now: new Date('2018-12-31T23:05:00Z'),
      });
      const justBefore = await runCli(['next-meeting', '--json'], {
        cwd: folder,
        now: new Date('2018-12-31T22:55:00Z'),
      });
      const earliest = (stdout: string) =>
        (JSON.parse(stdout) as { reasons: string[] }).reasons.find((reason) =>
          reason.startsWith('no meeting is planned'),
        );
      expect(earliest(justAfterMidnight.stdout)).toBe(
        "no meeting is planned ahead; the earliest date with 14 days' notice is 2019-01-16",
      );
      expect(earliest(justBefore.stdout)).toBe(
        "no meeting is planned ahead; the earliest date with 14 days' notice is 2019-01-14",
      );
    },
  );

  it.each(['UTC', 'America/New_York'])('writes an .ics event at 10:00 Oslo time, on a %s machine', (zone) => {
    const folder = copyFixture();
    planMeeting(folder, '2018-11-20');
    const result = spawnCli(['next-meeting', '--today', '2018-11-01', '--ics', 'neste.ics'], {
      cwd: folder,
      env: { TZ: zone },
    });
    expect(result.code, result.stderr).toBe(0);
    expect(readCalendar(join(folder, 'neste.ics'))).toEqual([
      {
        uid: 'meeting-2018-11-20.ks-kmd-planlegging@partnership',
        summary: 'Samarbeidsmøte KMD–KS',
        location: 'KS, Haakon VIIs gate 9, Oslo',
        start: '2018-11-20T09:00:00.000Z',
        allDay: false,
      },
    ]);
  });

  it('writes a summer meeting at 10:00 CEST, with the same UID as when it was only proposed', async () => {
    const folder = copyFixture();
    const proposed = await runCli(['next-meeting', '--today', '2018-05-02', '--ics', 'a.ics'], { cwd: folder });
    expect(proposed.code).toBe(0);
    expect(readCalendar(join(folder, 'a.ics'))[0]).toMatchObject({
      uid: 'meeting-2018-09-20.ks-kmd-planlegging@partnership',
      start: '2018-09-20T08:00:00.000Z',
    });
  });

  it('writes a proposed meeting as TENTATIVE, a planned one as CONFIRMED', async () => {
    const folder = copyFixture();
    const agreement = join(folder, 'agreement/agreement.md');
    writeFileSync(
      agreement,
      readFileSync(agreement, 'utf8').replace('extensions: []', 'extensions: [{ year: 2019, decided: 2018-11-15 }]'),
    );
    const status = async (today: string) => {
      await runCli(['next-meeting', '--today', today, '--ics', 'n.ics'], { cwd: folder });
      const calendar = new ICAL.Component(ICAL.parse(readFileSync(join(folder, 'n.ics'), 'utf8')) as unknown[]);
      return calendar.getFirstSubcomponent('vevent')?.getFirstPropertyValue('status');
    };
    expect(await status('2018-10-01')).toBe('TENTATIVE');
    expect(await status('2018-05-02')).toBe('CONFIRMED');
  });

  it('fails with exit 1 and the findings when a record does not read cleanly', async () => {
    const folder = copyFixture();
    writeFileSync(join(folder, 'meetings/2018-10-10.md'), '---\ndate: 2018-10-10\nstatus: hled\n---\n');
    const { code, stderr } = await runCli(['next-meeting'], { cwd: folder });
    expect(code).toBe(1);
    expect(stderr).toMatch(
      /^partnership: the records have errors; fix them first \(partnership validate shows them all\):\n {2}meetings\/2018-10-10.md:3:9 {2}error {2}schema/,
    );
  });
});

describe('partnership calendar', () => {
  it('exports every upcoming date with stable UIDs, so re-importing updates rather than duplicates', async () => {
    const folder = copyFixture();
    planMeeting(folder, '2018-11-20');
    writeFileSync(
      join(folder, 'agreement/agreement.md'),
      readFileSync(join(folder, 'agreement/agreement.md'), 'utf8')
        .replace('done: 2017-11-20', 'done: null')
        .replace('due: 2017-12-31', 'due: 2018-12-15'),
    );
    const first = await runCli(['calendar', '--ics', 'cal.ics', '--today', '2018-11-01'], { cwd: folder });
    expect(first.code, first.stderr).toBe(0);
    const events = readCalendar(join(folder, 'cal.ics'));
    expect(events.map(({ uid, start }) => [uid.replace('.ks-kmd-planlegging@partnership', ''), start])).toEqual(
      [
        ['notice-2018-11-20', '2018-11-06'],
        ['documents-2018-11-20', '2018-11-13'],
        ['meeting-2018-11-20', '2018-11-20T09:00:00.000Z'],
        ['obligation-gjore-kjent-samarbeidsparter', '2018-12-15'],
        ['renewal-2019', '2018-12-31'],
        ['term-end', '2018-12-31'],
        ['evaluation', '2018-12-31'],
      ].sort((a, b) => a[1]!.slice(0, 10).localeCompare(b[1]!.slice(0, 10))),
    );
    expect(first.stdout).toMatch(
      /^Wrote 7 upcoming dates to cal.ics:\n {2}2018-11-06 {8}Frist for innkalling og saksliste: møtet 20.\u00a0november 2018 \(KMD\)/,
    );

    await runCli(['calendar', '--ics', 'again.ics', '--today', '2018-11-02'], {
      cwd: folder,
      now: new Date('2018-11-02T12:00:00Z'),
    });
    expect(readCalendar(join(folder, 'again.ics')).map((event) => event.uid)).toEqual(events.map((event) => event.uid));
  });

  it('escapes and folds every text as RFC 5545 says, so a title cannot forge an event', async () => {
    const folder = copyFixture();
    const agreement = join(folder, 'agreement/agreement.md');
    const title = 'Avtale\\r\\nEND:VCALENDAR\\nBEGIN:VEVENT\\nUID:forged; med komma, og ø'.concat('ø'.repeat(80));
    writeFileSync(
      agreement,
      readFileSync(agreement, 'utf8').replace(/^title: .*$/m, `title: "${title.replace('\\r', '')}"`),
    );
    const { code, stderr } = await runCli(['calendar', '--ics', 'samarbeid.ics', '--today', '2018-10-01'], {
      cwd: folder,
    });
    expect(code, stderr).toBe(0);
    const text = readFileSync(join(folder, 'samarbeid.ics'), 'utf8');
    expect(text.endsWith('\r\n')).toBe(true);
    expect(
      text
        .split('\r\n')
        .slice(0, -1)
        .every((line) => Buffer.byteLength(line) <= 75),
    ).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/\n/);
    const calendar = new ICAL.Component(ICAL.parse(text) as unknown[]);
    // ical.js leaves the escapes of a property it has no type for (X-WR-CALNAME); one property, escaped, is the point.
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe(
      `Avtale\\nEND:VCALENDAR\\nBEGIN:VEVENT\\nUID:forged\\; med komma\\, og ø${'ø'.repeat(80)}`,
    );
    expect(calendar.getAllSubcomponents('vevent').map((event) => event.getFirstPropertyValue('uid'))).not.toContain(
      'forged',
    );
  });

  it("keeps a meeting's UID when it moves, raises its SEQUENCE with each change, and keeps it CANCELLED", async () => {
    const folder = committedFixture();
    const today = ['--today', '2018-10-01'];
    const events = async () => {
      expect((await runCli(['calendar', '--ics', 'k.ics', ...today], { cwd: folder })).code).toBe(0);
      const text = readFileSync(join(folder, 'k.ics'), 'utf8');
      const calendar = new ICAL.Component(ICAL.parse(text) as unknown[]);
      // Round trip: what ical.js reads, it writes back to the same calendar.
      expect(new ICAL.Component(ICAL.parse(calendar.toString()) as unknown[]).toJSON()).toEqual(calendar.toJSON());
      return calendar
        .getAllSubcomponents('vevent')
        .filter((event) => String(event.getFirstPropertyValue('summary')).startsWith('Samarbeidsmøte'));
    };
    expect((await runCli(['new', 'meeting', '--date', '2018-11-20', ...today], { cwd: folder })).code).toBe(0);
    git(folder, 'add', '-A');
    git(folder, 'commit', '--quiet', '-m', 'Planlagt');
    const [planned] = await events();
    const uid = planned!.getFirstPropertyValue('uid');
    expect(planned!.getFirstPropertyValue('status')).toBe('CONFIRMED');
    expect(
      planned!.getAllSubcomponents('valarm').map((alarm) => String(alarm.getFirstPropertyValue('trigger'))),
    ).toEqual(['-P7D', '-P1D']);
    expect(String(planned!.getFirstPropertyValue('description'))).toMatch(/Innkaller: KMD\./);

    git(folder, 'mv', 'meetings/2018-11-20.md', 'meetings/2018-11-22.md');
    writeFileSync(
      join(folder, 'meetings/2018-11-22.md'),
      readFileSync(join(folder, 'meetings/2018-11-22.md'), 'utf8').replace('date: 2018-11-20', 'date: 2018-11-22'),
    );
    git(folder, 'commit', '--quiet', '-am', 'Flyttet');
    const [moved] = await events();
    expect(moved!.getFirstPropertyValue('uid')).toBe(uid);
    expect(Number(moved!.getFirstPropertyValue('sequence'))).toBeGreaterThan(
      Number(planned!.getFirstPropertyValue('sequence')),
    );

    writeFileSync(
      join(folder, 'meetings/2018-11-22.md'),
      readFileSync(join(folder, 'meetings/2018-11-22.md'), 'utf8').replace('status: planned', 'status: cancelled'),
    );
    const [cancelled] = await events();
    expect(cancelled!.getFirstPropertyValue('uid')).toBe(uid);
    expect(cancelled!.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(Number(cancelled!.getFirstPropertyValue('sequence'))).toBeGreaterThan(
      Number(moved!.getFirstPropertyValue('sequence')),
    );
  });

  it('holds the meeting next-meeting names, on a past --today too (a meeting since held is still ahead then)', async () => {
    const folder = copyFixture();
    for (const today of ['2018-08-01', '2018-02-01', '2018-06-12', '2018-09-19']) {
      const next = JSON.parse((await runCli(['next-meeting', '--json', '--today', today], { cwd: folder })).stdout);
      expect(next.in_term, today).toBe(true);
      const { stdout } = await runCli(['calendar', '--ics', '-', '--today', today], { cwd: folder });
      const calendar = new ICAL.Component(
        ICAL.parse(stdout.slice(0, stdout.indexOf('END:VCALENDAR') + 13)) as unknown[],
      );
      const starts = calendar
        .getAllSubcomponents('vevent')
        .filter((event) => String(event.getFirstPropertyValue('uid')).startsWith('meeting-'))
        // A cancelled meeting stays in the feed so calendars remove it; it is not the next one.
        .filter((event) => event.getFirstPropertyValue('status') !== 'CANCELLED')
        .map((event) => String(event.getFirstPropertyValue('dtstart')).slice(0, 10));
      expect(starts[0], today).toBe(next.date);
    }
  });

  it('requires --ics, as a usage error', () => {
    const { code, stderr } = spawnCli(['calendar'], { cwd: fixturePath() });
    expect(code).toBe(2);
    expect(stderr).toMatch(/required option '--ics <file>' not specified/);
  });
});

/** The records as they stood in May 2018: September's meeting not yet planned, March's minutes not yet approved in it. */
function beforeSeptember(folder: string): string {
  rmSync(join(folder, 'meetings/2018-09-20.md'));
  const march = join(folder, 'meetings/2018-03-14.md');
  writeFileSync(
    march,
    readFileSync(march, 'utf8').replace(
      'minutes_approved: 2018-09-20\nminutes_approved_via: meeting',
      'minutes_approved: null',
    ),
  );
  return folder;
}

describe('partnership new meeting', () => {
  it('writes the proposed meeting with the rotation and the last place filled in, and it validates', async () => {
    const folder = beforeSeptember(copyFixture());
    const { code, stdout } = await runCli(['new', 'meeting', '--today', '2018-05-02'], { cwd: folder });
    expect(code).toBe(0);
    expect(stdout).toMatch(
      /^Wrote meetings\/2018-09-14.md: a planned meeting on 2018-09-14 at 10:00.\n {2}Chair: {4}KMD \(Kommunal- og moderniseringsdepartementet\)/,
    );
    const written = readFileSync(join(folder, 'meetings/2018-09-14.md'), 'utf8');
    // The identity the proposal had in calendars, kept when the meeting moves.
    expect(written).toMatch(/^---\nuid: meeting-2018-09-14\.ks-kmd-planlegging\n/);
    expect(written.replace(/^---\nuid: [0-9a-z.-]+\n/, '---\n')).toBe(`---
date: 2018-09-14
time: "10:00"
place: KS, Haakon VIIs gate 9, Oslo
status: planned
chair: kmd # turn 3 in the rotation
minutes: kmd
notice_sent: null # KMD sends the notice by 2018-08-31
documents_sent: null # KMD sends the case documents by 2018-09-07
attendees: {}
absent: {}
agenda: []
minutes_approved: null
rotation_note: null
---
`);
    expect((await runCli(['validate', '--today', '2018-05-02', '--strict'], { cwd: folder })).stdout).toBe(
      '✔ 6 records checked: no problems\n',
    );
  });

  it('keeps the identity the proposal had in calendars, so the tentative event becomes the meeting, never a second one', async () => {
    const folder = beforeSeptember(committedFixture());
    const meetingEvents = async (command = 'next-meeting') => {
      expect((await runCli([command, '--ics', 'c.ics', '--today', '2018-05-02'], { cwd: folder })).code).toBe(0);
      const calendar = new ICAL.Component(ICAL.parse(readFileSync(join(folder, 'c.ics'), 'utf8')) as unknown[]);
      return calendar
        .getAllSubcomponents('vevent')
        .map((vevent) => new ICAL.Event(vevent))
        .filter((event) => event.summary.startsWith('Samarbeidsmøte'))
        .filter((event) => event.component.getFirstPropertyValue('status') !== 'CANCELLED')
        .map((event) => ({
          uid: event.uid,
          status: String(event.component.getFirstPropertyValue('status')),
          sequence: event.sequence,
          start: event.startDate.toJSDate().toISOString(),
        }));
    };
    const [proposal] = await meetingEvents();
    expect(proposal).toMatchObject({ uid: 'meeting-2018-09-14.ks-kmd-planlegging@partnership', status: 'TENTATIVE' });
    // Planned a week later than proposed: still the same event, moved and confirmed.
    expect(
      (await runCli(['new', 'meeting', '--date', '2018-09-21', '--today', '2018-05-02'], { cwd: folder })).code,
    ).toBe(0);
    for (const command of ['next-meeting', 'calendar']) {
      const [planned, ...others] = await meetingEvents(command);
      expect(others).toEqual([]);
      expect(planned).toMatchObject({ uid: proposal!.uid, status: 'CONFIRMED', start: '2018-09-21T08:00:00.000Z' });
      expect(planned!.sequence).toBeGreaterThan(proposal!.sequence);
    }
    // A further meeting that year is an event of its own.
    expect(
      (await runCli(['new', 'meeting', '--date', '2018-11-20', '--today', '2018-05-02'], { cwd: folder })).code,
    ).toBe(0);
    const uids = (await meetingEvents('calendar')).map((event) => event.uid);
    expect(new Set(uids).size).toBe(2);
  });

  it('writes a given date, and refuses to overwrite it', async () => {
    const folder = copyFixture();
    expect(
      (await runCli(['new', 'meeting', '--date', '2018-11-20', '--today', '2018-10-01'], { cwd: folder })).code,
    ).toBe(0);
    const written = readFileSync(join(folder, 'meetings/2018-11-20.md'), 'utf8');
    const again = await runCli(['new', 'meeting', '--date', '2018-11-20', '--today', '2018-10-01'], { cwd: folder });
    expect(again).toMatchObject({
      code: 1,
      stderr:
        'partnership: meetings/2018-11-20.md already exists and is left as it is; a second meeting that day goes in meetings/2018-11-20-2.md\n',
    });
    expect(readFileSync(join(folder, 'meetings/2018-11-20.md'), 'utf8')).toBe(written);
    const next = await runCli(['new', 'meeting', '--today', '2018-10-01'], { cwd: folder });
    expect(next).toMatchObject({
      code: 1,
      stderr:
        'partnership: the next meeting is already planned in meetings/2018-11-20.md; pass --date for another one\n',
    });
  });

  it.each([
    [
      ['--date', '2019-02-05'],
      /2019-02-05 is outside the agreement's term \(2017-09-07 – 2018-12-31\) \(§7\): extend it first/,
    ],
    [['--date', '2018-09-01'], /2018-09-01 is before today \(2018-10-01\)/],
  ])('refuses %j with exit 1, writing nothing', async (args, message) => {
    const folder = copyFixture();
    const { code, stderr } = await runCli(['new', 'meeting', ...args, '--today', '2018-10-01'], { cwd: folder });
    expect(code).toBe(1);
    expect(stderr).toMatch(message);
    expect(existsSync(join(folder, 'meetings', `${args[1]}.md`))).toBe(false);
  });

  it('exits 2 for a date that is not one', () => {
    expect(spawnCli(['new', 'meeting', '--date', '2018-13-01'], { cwd: temporaryFolder() }).code).toBe(2);
  });
});

describe('partnership status', () => {
  it('shows the agreement at a glance', async () => {
    const { code, stdout } = await runCli(['status', '--today', '2018-05-02'], { cwd: copyFixture() });
    expect(code).toBe(0);
    expect(stdout).toBe(`Samarbeidsavtale mellom regjeringen og KS om styrket kommunal og regional planlegging
  Status:      in force until 2018-12-31
  Signed:      2017-09-07
  Extensions:  none
  Evaluation:  due 2018-12-31, not recorded (§6)

Meetings in 2018: 1 held, 1 planned, 2 required (§2)
Next meeting: 2018-09-20 (planned), chair KMD, minutes KMD: partnership next-meeting tells more

Open obligations:
  none
Minutes awaiting approval:
  none
Annual plan for 2018:
  adopted
  - Kartlegge plankapasitet i kommunene: done, due 2018-06-30
  - Styrke rekrutteringen til planutdanningene: ongoing, due 2018-12-31
  - Konferanse om kunnskap og FoU i planleggingen: dropped, due 2018-11-30
Open actions (oppfølging):
  none
Open consultations (§2):
  none
Related agreements that have run out (§1.1):
  - plan-og-byggesakslab: Prosjektavtale om etablering av en plan- og byggesakslab og andre digitale planprosjekter i Trondheim kommune; ended 2017-12-31
`);
  });

  it('says what needs doing: a renewal to decide within the notice period, minutes awaiting approval', async () => {
    const folder = copyFixture();
    const meeting = join(folder, 'meetings/2018-09-20.md');
    writeFileSync(
      meeting,
      readFileSync(meeting, 'utf8').replace('minutes_approved: 2018-10-04', 'minutes_approved: null'),
    );
    const { stdout } = await runCli(['status', '--today', '2018-12-05'], { cwd: folder });
    expect(stdout).toContain(
      'Renewal: the term runs out 2018-12-31; decide an extension from 2019 by then (partnership renew --year 2019)',
    );
    expect(stdout).toContain(
      'Minutes awaiting approval:\n  - meeting 2018-09-20: once both parties have approved the referat, partnership approve 2018-09-20 --date <the day>',
    );
    const json = JSON.parse((await runCli(['status', '--json', '--today', '2018-12-05'], { cwd: folder })).stdout);
    expect(json).toMatchObject({
      renewal_due: { year: 2019, decide_by: '2018-12-31' },
      minutes_awaiting_approval: ['2018-09-20'],
    });
    expect((await runCli(['status', '--today', '2018-11-05'], { cwd: folder })).stdout).not.toContain('Renewal:');
  });

  it('prints JSON', async () => {
    const { stdout } = await runCli(['status', '--json', '--today', '2026-11-25'], { cwd: copyFixture() });
    expect(JSON.parse(stdout)).toMatchObject({
      agreement: { in_force: false, last_day: '2018-12-31', extensions: [], termination: null },
      meetings_this_year: { year: 2026, in_force: false, required: 0 },
      next_meeting: { source: 'none', date: null, in_term: false },
      related_agreements_ended: [{ id: 'sevs' }, { id: 'plan-og-byggesakslab' }],
    });
  });
});
