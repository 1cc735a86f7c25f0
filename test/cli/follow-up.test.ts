/**
 * The follow-up ledger over a year in git, as a secretariat lives it: an action agreed in a meeting is
 * closed, or given a new due date, long after the minutes were approved, in a pull request checked
 * with --base; the approved referat stays as it was, and the next innkalling carries what is still open.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { copyFixture, git, initGitRepository } from '../helpers/repository.js';

const MEETING = 'meetings/2024-10-22.md';
const ACTION_DONE = ', done: 2024-12-10 }';

/** The second agreement, in git, with the October action still open on main. */
function ledger(): string {
  const folder = copyFixture('ks-kdd-digital');
  const path = join(folder, MEETING);
  writeFileSync(path, readFileSync(path, 'utf8').replace(ACTION_DONE, ', done: null }'));
  return initGitRepository(folder);
}

const edit = (folder: string, from: string, to: string) => {
  const path = join(folder, MEETING);
  const text = readFileSync(path, 'utf8');
  expect(text).toContain(from);
  writeFileSync(path, text.replace(from, to));
};

const validateAgainstMain = (folder: string, today: string) =>
  runCli(['validate', '--base', 'main', '--today', today, '--format', 'json'], { cwd: folder });

/** The findings of the rules the ledger touches: the fixture has warnings of its own elsewhere. */
const ledgerFindings = (stdout: string) =>
  (JSON.parse(stdout) as { findings: Array<{ rule: string; message: string }> }).findings.filter((finding) =>
    ['actions', 'history'].includes(finding.rule),
  );

describe('the follow-up ledger', () => {
  it('closes an action after its minutes were approved, in a change that passes --base, the referat unchanged', async () => {
    const folder = ledger();
    const render = async () =>
      (await runCli(['render', 'minutes', '2024-10-22', '--today', '2025-03-01'], { cwd: folder })).stdout;
    const before = await render();
    const open = await validateAgainstMain(folder, '2025-03-01');
    expect(JSON.parse(open.stdout).findings).toContainEqual(
      expect.objectContaining({
        rule: 'actions',
        message: expect.stringMatching(/was due 2024-12-31 and is not recorded as done/),
      }),
    );

    git(folder, 'switch', '--quiet', '-c', 'oppfolging');
    edit(folder, ', done: null }', ', done: 2025-02-20 }');
    const closed = await validateAgainstMain(folder, '2025-03-01');
    expect(closed.code, closed.stdout).toBe(0);
    expect(ledgerFindings(closed.stdout)).toEqual([]);
    expect(await render()).toBe(before);
    const report = JSON.parse(
      (await runCli(['report', '--format', 'json', '--today', '2025-03-01'], { cwd: folder })).stdout,
    ) as { years: Array<{ year: number; actions: { done: number; open: number } }> };
    expect(report.years.find((year) => year.year === 2024)?.actions).toMatchObject({ done: 1, open: 0 });
  });

  it('gives an action a new due date agreed later: later agendas carry it, the referat keeps the one agreed', async () => {
    const folder = ledger();
    git(folder, 'switch', '--quiet', '-c', 'ny-frist');
    const referat = (await runCli(['render', 'minutes', '2024-10-22', '--today', '2025-03-01'], { cwd: folder }))
      .stdout;
    edit(
      folder,
      'due: 2024-12-31, done: null }',
      'due: 2024-12-31, done: null, rescheduled: { due: 2025-06-30, agreed: 2025-02-11 } }',
    );
    const checked = await validateAgainstMain(folder, '2025-03-01');
    expect(checked.code, checked.stdout).toBe(0);
    expect(ledgerFindings(checked.stdout)).toEqual([]);
    expect((await runCli(['render', 'minutes', '2024-10-22', '--today', '2025-03-01'], { cwd: folder })).stdout).toBe(
      referat,
    );
    const september = (await runCli(['render', 'agenda', '2025-09-16', '--today', '2025-09-01'], { cwd: folder }))
      .stdout;
    expect(september).toMatch(
      /\| DFD sender ut rapporten om digital sårbarhet til kommunene \| DFD \| 30\.\u00a0juni 2025 \|/,
    );
    // Past the new date and still open: the warning names the new date.
    const late = await validateAgainstMain(folder, '2025-07-01');
    expect(JSON.parse(late.stdout).findings).toContainEqual(
      expect.objectContaining({ rule: 'actions', message: expect.stringMatching(/was due 2025-06-30/) }),
    );
  });

  it('still refuses any other change to approved minutes, and a done date before the meeting', async () => {
    const folder = ledger();
    git(folder, 'switch', '--quiet', '-c', 'endring');
    edit(folder, 'responsible: [dep]', 'responsible: [ks]');
    const changed = await validateAgainstMain(folder, '2025-03-01');
    expect(changed.code).toBe(1);
    expect(JSON.parse(changed.stdout).findings).toContainEqual(
      expect.objectContaining({
        rule: 'history',
        message: expect.stringMatching(/were approved 2025-02-11 and are final.*only follow-up may be added/),
      }),
    );
    edit(folder, 'responsible: [ks]', 'responsible: [dep]');
    edit(folder, ', done: null }', ', done: 2024-10-01 }');
    const early = await validateAgainstMain(folder, '2025-03-01');
    expect(JSON.parse(early.stdout).findings).toContainEqual(
      expect.objectContaining({
        rule: 'actions',
        message: expect.stringMatching(/recorded as done 2024-10-01, before the meeting of 2024-10-22/),
      }),
    );
  });
});
