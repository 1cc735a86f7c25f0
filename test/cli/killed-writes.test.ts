/**
 * A writing run killed at every step it has (kill -9, as the CLI does itself when
 * PARTNERSHIP_TEST_KILL_AT names the step): the next run finishes or undoes what the killed one left,
 * so the same command run again ends where an unbroken run would have. A power cut that lost the
 * rename journal's content is recovered the same way, from the commit's intent.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, spawnCli } from '../helpers/cli.js';
import { expectDone, RENEW, TERMINATE } from '../helpers/killed.js';
import { committedFixture, git } from '../helpers/repository.js';

describe('a writing run killed at every step', () => {
  it.each(['renamed agreement/notices/2018-11-20-oppsigelse.md'])(
    'terminate --commit killed at "%s": the next run recovers, and the change is made once',
    async (step) => {
      const folder = committedFixture();
      expect(spawnCli(TERMINATE, { cwd: folder, env: { PARTNERSHIP_TEST_KILL_AT: step } }).code).toBe(-1);
      const again = await runCli(TERMINATE, { cwd: folder });
      expect(again.code, again.stderr).toBe(0);
      expectDone(folder, 'terminate-2018-11-20', [
        'agreement/agreement.md',
        'agreement/notices/2018-11-20-oppsigelse.md',
      ]);
    },
  );

  it.each(['renamed meetings/2018-11-27.md'])(
    'move killed at "%s": the next writing run finishes the move, and the meeting is in one file',
    async (step) => {
      const folder = committedFixture();
      expect(
        (await runCli(['new', 'meeting', '--date', '2018-11-20', '--today', '2018-10-01'], { cwd: folder })).code,
      ).toBe(0);
      const move = ['move', '2018-11-20', '--to', '2018-11-27', '--today', '2018-10-01'];
      expect(spawnCli(move, { cwd: folder, env: { PARTNERSHIP_TEST_KILL_AT: step } }).code).toBe(-1);
      const next = await runCli(['approve', '2018-09-20', '--date', '2018-10-04', '--today', '2018-10-05'], {
        cwd: folder,
      });
      expect(next.stderr).toMatch(
        /Finished a change an earlier run was stopped in the middle of \(Move the meeting of 2018-11-20 to 2018-11-27\): meetings\/2018-11-27.md is now written, and meetings\/2018-11-20.md removed/,
      );
      expect(existsSync(join(folder, 'meetings/2018-11-20.md'))).toBe(false);
      expect(readFileSync(join(folder, 'meetings/2018-11-27.md'), 'utf8')).toMatch(/\ndate: 2018-11-27\n/);
      expect((await runCli(['validate', '--today', '2018-10-05'], { cwd: folder })).code).toBe(0);
    },
  );

  it.each(['journaled', 'renamed agreement/notices/2019-forlengelse.md'])(
    'renew --write killed at "%s": the next writing run finishes the change, and it reads cleanly',
    async (step) => {
      const folder = committedFixture();
      const write = RENEW.map((part) => (part === '--commit' ? '--write' : part));
      expect(spawnCli(write, { cwd: folder, env: { PARTNERSHIP_TEST_KILL_AT: step } }).code).toBe(-1);
      const next = await runCli(['new', 'meeting', '--date', '2019-03-14', '--today', '2019-01-10'], { cwd: folder });
      expect(next.code, next.stderr).toBe(0);
      expect(next.stderr).toMatch(
        /^Finished a change an earlier run was stopped in the middle of \(Extend the agreement/m,
      );
      expect(readFileSync(join(folder, 'agreement/agreement.md'), 'utf8')).toMatch(/year: 2019/);
      expect(existsSync(join(folder, 'agreement/notices/2019-forlengelse.md'))).toBe(true);
      expect((await runCli(['validate', '--today', '2019-01-10'], { cwd: folder })).code).toBe(0);
    },
  );

  it('recovers after a power cut that lost the rename journal, between the renames', async () => {
    const folder = committedFixture();
    const before = readFileSync(join(folder, 'agreement/agreement.md'), 'utf8');
    spawnCli(RENEW, {
      cwd: folder,
      env: { PARTNERSHIP_TEST_KILL_AT: 'renamed agreement/notices/2019-forlengelse.md' },
    });
    // What the disk held had the journal not been flushed: the notice renamed, the journal empty.
    writeFileSync(join(folder, '.partnership.journal'), '');
    // The next run in-process: it recovers as the CLI does in a process of its own.
    const again = await runCli(RENEW, { cwd: folder });
    expect(again.code, again.stderr).toBe(0);
    expect(again.stderr).toMatch(/Undid a change an earlier run was stopped in the middle of/);
    expectDone(folder, 'renew-2019', ['agreement/agreement.md', 'agreement/notices/2019-forlengelse.md']);
    expect(git(folder, 'show', 'main:agreement/agreement.md')).toBe(before);
  });

  it('leaves no intent behind when a run ends as it should, or refuses before it begins', async () => {
    const folder = committedFixture();
    const refused = await runCli([...RENEW.slice(0, -1), '--commit', '--year', '2017'], { cwd: folder });
    expect(refused.code).toBe(1);
    expect(existsSync(join(folder, '.partnership.intent'))).toBe(false);
    expect((await runCli(RENEW, { cwd: folder })).code).toBe(0);
    expect(existsSync(join(folder, '.partnership.intent'))).toBe(false);
  });
});
