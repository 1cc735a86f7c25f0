/**
 * A meeting's life after it is planned, as a secretariat lives it in git: moved to another day,
 * cancelled, or recorded after the fact because nobody wrote it down. Through main, on the 2018 records.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { committedFixture, copyFixture, git } from '../helpers/repository.js';

const TODAY = ['--today', '2018-10-01'];

async function planned(folder: string, date = '2018-11-20') {
  const result = await runCli(['new', 'meeting', '--date', date, ...TODAY], { cwd: folder });
  expect(result.code, result.stderr).toBe(0);
}

async function meetingEvents(folder: string) {
  expect((await runCli(['calendar', '--ics', 'c.ics', ...TODAY], { cwd: folder })).code).toBe(0);
  const calendar = new ICAL.Component(ICAL.parse(readFileSync(join(folder, 'c.ics'), 'utf8')) as unknown[]);
  return calendar
    .getAllSubcomponents('vevent')
    .map((vevent) => new ICAL.Event(vevent))
    .filter((event) => event.summary.startsWith('Samarbeidsmøte'))
    .map((event) => ({
      uid: event.uid,
      status: String(event.component.getFirstPropertyValue('status')),
      start: event.startDate.toJSDate().toISOString(),
    }));
}

describe('partnership move', () => {
  it('renames the record after its new date and keeps its identity in calendars', async () => {
    const folder = committedFixture();
    await planned(folder);
    git(folder, 'add', '-A');
    git(folder, 'commit', '--quiet', '-m', 'Planlagt');
    const [before] = await meetingEvents(folder);

    const moved = await runCli(['move', '2018-11-20', '--to', '2018-11-27', '--time', '13:00', ...TODAY], {
      cwd: folder,
    });
    expect(moved.code, moved.stderr).toBe(0);
    expect(moved.stdout).toMatch(
      /^Moved the meeting of 2018-11-20 to 2018-11-27 at 13:00: meetings\/2018-11-20.md is now meetings\/2018-11-27.md/,
    );
    expect(existsSync(join(folder, 'meetings/2018-11-20.md'))).toBe(false);
    const text = readFileSync(join(folder, 'meetings/2018-11-27.md'), 'utf8');
    expect(text).toMatch(/\ndate: 2018-11-27\n/);
    expect(text).toMatch(/\ntime: "13:00"\n/);
    const [after] = await meetingEvents(folder);
    expect(after).toEqual({ uid: before!.uid, status: 'CONFIRMED', start: '2018-11-27T12:00:00.000Z' });
    expect((await runCli(['validate', ...TODAY], { cwd: folder })).code).toBe(0);
  });

  it('refuses a held meeting, a day before today, and a day that breaks a rule, writing nothing', async () => {
    const folder = copyFixture();
    await planned(folder);
    const before = readFileSync(join(folder, 'meetings/2018-11-20.md'), 'utf8');
    for (const [args, message] of [
      [['move', '2018-09-20', '--to', '2018-11-27'], /the meeting on 2018-09-20 is held: only a planned meeting moves/],
      [['move', '2018-11-20', '--to', '2018-09-01'], /2018-09-01 is before today \(2018-10-01\)/],
      [['move', '2018-11-20', '--to', '2019-02-05'], /would not pass validate[\s\S]*meeting-in-term/],
      [
        ['move', '2018-11-21', '--to', '2018-11-27'],
        /there is no meeting "2018-11-21" \(no file meetings\/2018-11-21.md\); the nearest in date: 2018-11-20/,
      ],
    ] as const) {
      const result = await runCli([...args, ...TODAY], { cwd: folder });
      expect(result.code, args.join(' ')).toBe(1);
      expect(result.stderr).toMatch(message);
    }
    expect(readFileSync(join(folder, 'meetings/2018-11-20.md'), 'utf8')).toBe(before);
    expect(existsSync(join(folder, 'meetings/2018-11-27.md'))).toBe(false);
    const time = await runCli(['move', '2018-11-20', '--to', '2018-11-27', '--time', '10.00', ...TODAY], {
      cwd: folder,
    });
    expect(time.code).toBe(2);
    expect(time.stderr).toMatch(/--time takes a time as HH:MM, e.g. 10:00, not "10\.00": did you mean --time 10:00\?/);
  });

  it('gives a meeting recorded without a uid the identity calendars knew it by', async () => {
    const folder = copyFixture();
    await planned(folder);
    const path = join(folder, 'meetings/2018-11-20.md');
    // A record from before uids: calendars knew it by its date.
    writeFileSync(path, readFileSync(path, 'utf8').replace(/^uid: .*\n/m, ''));
    const [dated] = await meetingEvents(folder);
    expect(dated!.uid).toBe('meeting-2018-11-20.ks-kmd-planlegging@partnership');
    const moved = await runCli(['move', '2018-11-20', '--to', '2018-11-27', ...TODAY], { cwd: folder });
    expect(moved.code, moved.stderr).toBe(0);
    expect(readFileSync(join(folder, 'meetings/2018-11-27.md'), 'utf8')).toContain(
      'uid: meeting-2018-11-20.ks-kmd-planlegging',
    );
    const [after] = await meetingEvents(folder);
    expect(after!.uid).toBe(dated!.uid);
  });

  it('writes a second meeting on a taken day as <date>-2', async () => {
    const folder = copyFixture();
    await planned(folder, '2018-11-20');
    await planned(folder, '2018-12-04');
    const moved = await runCli(['move', '2018-12-04', '--to', '2018-11-20', ...TODAY], { cwd: folder });
    expect(moved.code, moved.stderr).toBe(0);
    expect(moved.stdout).toMatch(/meetings\/2018-12-04.md is now meetings\/2018-11-20-2.md/);
    expect(existsSync(join(folder, 'meetings/2018-11-20.md'))).toBe(true);
  });
});

describe('partnership cancel', () => {
  it('records the cancellation and the day the avlysning went out, which the avlysning is dated', async () => {
    const folder = copyFixture();
    await planned(folder);
    const cancelled = await runCli(['cancel', '2018-11-20', '--sent', '2018-10-01', ...TODAY], { cwd: folder });
    expect(cancelled.code, cancelled.stderr).toBe(0);
    expect(cancelled.stdout).toBe(
      'Recorded in meetings/2018-11-20.md: the meeting of 2018-11-20 is cancelled, the avlysning sent 2018-10-01.\n',
    );
    const text = readFileSync(join(folder, 'meetings/2018-11-20.md'), 'utf8');
    expect(text).toMatch(/\nstatus: cancelled\n/);
    expect(text).toMatch(/\ncancellation_sent: 2018-10-01\n/);
    const notice = await runCli(['render', 'agenda', '2018-11-20', '--today', '2018-10-05'], { cwd: folder });
    expect(notice.stdout).toContain('# Avlysning av samarbeidsmøte 20.\u00a0november 2018');
    expect(notice.stdout).toMatch(/\| 1\.\u00a0oktober 2018 \|/);
    const [event] = await meetingEvents(folder);
    expect(event!.status).toBe('CANCELLED');
    expect((await runCli(['validate', ...TODAY], { cwd: folder })).code).toBe(0);
  });

  it('refuses a held meeting, and says what to do next without --sent', async () => {
    const folder = copyFixture();
    const held = await runCli(['cancel', '2018-09-20', ...TODAY], { cwd: folder });
    expect(held.code).toBe(1);
    expect(held.stderr).toMatch(/the meeting on 2018-09-20 was held: a held meeting is history/);
    await planned(folder);
    const cancelled = await runCli(['cancel', '2018-11-20', ...TODAY], { cwd: folder });
    expect(cancelled.stdout).toMatch(
      /Send the avlysning \(partnership render agenda 2018-11-20 writes it\), then record the day: partnership cancel 2018-11-20 --sent DATE/,
    );
    const again = await runCli(['cancel', '2018-11-20', ...TODAY], { cwd: folder });
    expect(again.stdout).toMatch(/already recorded as cancelled; nothing to do/);
  });
});

describe('partnership new meeting --held', () => {
  it('records a meeting held and never written down, with who attended', async () => {
    const folder = copyFixture();
    const held = await runCli(
      [
        'new',
        'meeting',
        '--date',
        '2018-10-01',
        '--held',
        '--attendee',
        'kmd=Avdelingsdirektør',
        '--attendee',
        'ks=Spesialrådgiver',
        '--today',
        '2018-10-03',
      ],
      { cwd: folder },
    );
    expect(held.code, held.stderr).toBe(0);
    expect(held.stdout).toMatch(/^Wrote meetings\/2018-10-01.md: a held meeting on 2018-10-01/);
    const text = readFileSync(join(folder, 'meetings/2018-10-01.md'), 'utf8');
    expect(text).toMatch(/\nstatus: held\n/);
    expect(text).toMatch(/\nattendees:\n {2}kmd:\n {4}- Avdelingsdirektør\n {2}ks:\n {4}- Spesialrådgiver\n/);
    const validate = await runCli(['validate', '--today', '2018-10-03', '--format', 'json'], { cwd: folder });
    expect(JSON.parse(validate.stdout).errors).toBe(0);
  });

  it('asks for who attended, naming the parties, and tells a past date without --held what to do', async () => {
    const folder = copyFixture();
    const bare = await runCli(['new', 'meeting', '--date', '2018-10-01', '--held', '--today', '2018-10-03'], {
      cwd: folder,
    });
    expect(bare.code).toBe(2);
    expect(bare.stderr).toMatch(
      /--held records who attended: give --attendee kmd="Avdelingsdirektør", once for each person \(the parties: kmd, ks\)/,
    );
    const stranger = await runCli(
      ['new', 'meeting', '--date', '2018-10-01', '--held', '--attendee', 'fylket=Rådgiver', '--today', '2018-10-03'],
      { cwd: folder },
    );
    expect(stranger.code).toBe(2);
    expect(stranger.stderr).toMatch(/--attendee takes PARTY=WHO, .*one of the parties kmd, ks; not "fylket=Rådgiver"/);
    const past = await runCli(['new', 'meeting', '--date', '2018-10-01', '--today', '2018-10-03'], { cwd: folder });
    expect(past.code).toBe(1);
    expect(past.stderr).toMatch(
      /for a meeting that was held and never recorded, add --held and who attended \(--attendee PARTY=WHO\)/,
    );
    const ahead = await runCli(
      ['new', 'meeting', '--date', '2018-11-20', '--held', '--attendee', 'ks=Spesialrådgiver', '--today', '2018-10-03'],
      { cwd: folder },
    );
    expect(ahead.code).toBe(1);
    expect(ahead.stderr).toMatch(/a meeting ahead is planned \(leave out --held\), not held/);
    for (const name of ['2018-10-01.md', '2018-11-20.md'])
      expect(existsSync(join(folder, 'meetings', name))).toBe(false);
  });
});
