import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { copyFixture } from '../helpers/repository.js';

const MEETING = 'meetings/2018-09-20.md';

function unapproved(): string {
  const folder = copyFixture();
  const path = join(folder, MEETING);
  writeFileSync(
    path,
    readFileSync(path, 'utf8').replace(
      'minutes_approved: 2018-10-04\nminutes_approved_via: email\n',
      'minutes_approved: null\n',
    ),
  );
  return folder;
}

describe('partnership approve', () => {
  it('writes the date and keeps the rest of the file byte for byte', async () => {
    const folder = unapproved();
    const before = readFileSync(join(folder, MEETING), 'utf8');
    const { code, stdout, stderr } = await runCli(['approve', '2018-09-20', '--date', '2018-10-04'], { cwd: folder });
    expect(code, stderr).toBe(0);
    expect(stdout).toBe('Recorded in meetings/2018-09-20.md: the minutes of 2018-09-20 were approved 2018-10-04.\n');
    expect(readFileSync(join(folder, MEETING), 'utf8')).toBe(
      before.replace('minutes_approved: null', 'minutes_approved: 2018-10-04'),
    );
    expect((await runCli(['validate', '--today', '2018-10-05'], { cwd: folder })).code).toBe(0);
  });

  it('fills an empty value (minutes_approved: with nothing after it, a comment kept) in place', async () => {
    for (const empty of ['minutes_approved:\n', 'minutes_approved:   # fylles inn\n']) {
      const folder = copyFixture();
      const path = join(folder, MEETING);
      const before = readFileSync(path, 'utf8').replace(
        'minutes_approved: 2018-10-04\nminutes_approved_via: email\n',
        `${empty}minutes_approved_via:\n`,
      );
      writeFileSync(path, before);
      const { code, stderr } = await runCli(['approve', '2018-09-20', '--date', '2018-10-04', '--via', 'email'], {
        cwd: folder,
      });
      expect(code, stderr).toBe(0);
      expect(readFileSync(path, 'utf8')).toBe(
        before
          .replace('minutes_approved:', 'minutes_approved: 2018-10-04')
          .replace('minutes_approved_via:\n', 'minutes_approved_via: email\n'),
      );
    }
  });

  it('refuses a date before the meeting, and a meeting that was not held (exit 1, file unchanged)', async () => {
    const folder = unapproved();
    const before = readFileSync(join(folder, MEETING), 'utf8');
    const early = await runCli(['approve', '2018-09-20', '--date', '2018-09-19'], { cwd: folder });
    expect(early.code).toBe(1);
    expect(early.stderr).toMatch(
      /2018-09-19 is before the meeting on 2018-09-20: minutes are approved on or after the meeting/,
    );
    expect(readFileSync(join(folder, MEETING), 'utf8')).toBe(before);
    const cancelled = await runCli(['approve', '2018-06-12', '--date', '2018-09-20'], { cwd: folder });
    expect(cancelled.code).toBe(1);
    expect(cancelled.stderr).toMatch(/the meeting on 2018-06-12 is cancelled, not held/);
  });

  it('records how: by e-mail when told, in the meeting held that day when there was one', async () => {
    const folder = unapproved();
    const before = readFileSync(join(folder, MEETING), 'utf8');
    const email = await runCli(['approve', '2018-09-20', '--date', '2018-10-04', '--via', 'email'], { cwd: folder });
    expect(email.stdout).toBe(
      'Recorded in meetings/2018-09-20.md: the minutes of 2018-09-20 were approved 2018-10-04 by e-mail.\n',
    );
    expect(readFileSync(join(folder, MEETING), 'utf8')).toBe(
      before.replace(
        'minutes_approved: null\nrotation_note: null\n',
        'minutes_approved: 2018-10-04\nrotation_note: null\nminutes_approved_via: email\n',
      ),
    );
    const referat = await runCli(['render', 'minutes', '2018-09-20'], { cwd: folder });
    expect(referat.stdout).toContain('Referatet ble godkjent av partene per e-post 4.\u00a0oktober 2018.');

    const march = join(folder, 'meetings/2018-03-14.md');
    writeFileSync(
      march,
      readFileSync(march, 'utf8').replace(
        'minutes_approved: 2018-09-20\nminutes_approved_via: meeting\n',
        'minutes_approved: null\n',
      ),
    );
    const inMeeting = await runCli(['approve', '2018-03-14', '--date', '2018-09-20'], { cwd: folder });
    expect(inMeeting.stdout).toBe(
      'Recorded in meetings/2018-03-14.md: the minutes of 2018-03-14 were approved 2018-09-20 in the meeting held that day.\n',
    );
    expect(readFileSync(march, 'utf8')).toMatch(/\nminutes_approved_via: meeting\n---\n/);
    expect((await runCli(['validate', '--today', '2018-10-05'], { cwd: folder })).code).toBe(0);
  });

  it('refuses an approval in a meeting on a day none was held (exit 1, file unchanged)', async () => {
    const folder = unapproved();
    const before = readFileSync(join(folder, MEETING), 'utf8');
    const refused = await runCli(['approve', '2018-09-20', '--date', '2018-10-04', '--via', 'meeting'], {
      cwd: folder,
    });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/no meeting was held on 2018-10-04, so the minutes were not approved in one/);
    expect(readFileSync(join(folder, MEETING), 'utf8')).toBe(before);
  });
});
