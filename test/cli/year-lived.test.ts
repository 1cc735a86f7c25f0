/**
 * A year lived with a new agreement, as the secretariat of KS and HOD would: three meetings a year,
 * split roles, two months' notice to the end of a month, two-year extensions. Every change goes in a
 * branch checked with --base against main, as a pull request is in CI, and is merged when it passes.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { placeholderText } from '../../src/model/agreement-text.js';
import { runCli } from '../helpers/cli.js';
import { GIT_IDENTITY } from '../helpers/init.js';
import { git, temporaryFolder } from '../helpers/repository.js';

const TITLE = 'Samarbeidsavtale mellom KS og Helse- og omsorgsdepartementet om kommunale helsetjenester';

describe('a year with a second agreement, in pull requests', () => {
  it('sets it up, pastes its text, plans, holds, approves, follows up, moves and cancels, each change passing --base', async () => {
    for (const [name, value] of Object.entries(GIT_IDENTITY)) vi.stubEnv(name, value);
    const folder = join(temporaryFolder(), 'ks-hod');
    const run = async (today: string, ...args: string[]) => {
      const result = await runCli([...args, '--today', today], { cwd: folder });
      expect(result.code, `${args.join(' ')} (${today})\n${result.stdout}${result.stderr}`).toBe(0);
      return result.stdout;
    };
    /** A pull request: a branch, the change, the check CI makes, and the merge. */
    const pullRequest = async (branch: string, today: string, change: () => Promise<void> | void) => {
      git(folder, 'switch', '--quiet', '-c', branch);
      await change();
      git(folder, 'add', '-A');
      git(folder, 'commit', '--quiet', '-m', branch);
      const check = await runCli(['validate', '--base', 'main', '--format', 'json', '--today', today], { cwd: folder });
      expect(check.code, `${branch}: ${check.stdout}`).toBe(0);
      const history = (JSON.parse(check.stdout) as { findings: Array<{ rule: string }> }).findings.filter(
        (finding) => finding.rule === 'history',
      );
      expect(history, branch).toEqual([]);
      git(folder, 'switch', '--quiet', 'main');
      git(folder, 'merge', '--quiet', '--ff-only', branch);
    };
    const edit = (file: string, from: string | RegExp, to: string) => {
      const path = join(folder, file);
      const text = readFileSync(path, 'utf8');
      const changed = text.replace(from, to);
      expect(changed, `${file} has no ${String(from)}`).not.toBe(text);
      writeFileSync(path, changed);
    };

    await runCli(
      [
        'init',
        folder,
        '--title',
        TITLE,
        '--party',
        'ks:KS – Kommunesektorens organisasjon:KS',
        '--party',
        'hod:Helse- og omsorgsdepartementet:HOD',
        '--signed',
        '2026-01-15',
        '--end',
        '2027-12-31',
        '--convener',
        'hod',
        '--per-year',
        '3',
        '--roles',
        'split',
        '--notice-months',
        '2',
        '--notice-rule',
        'end-of-month',
        '--extension-years',
        '2',
        '--install',
        'git=https://example.org/partnership.git#v0.1.0',
        '--today',
        '2026-01-20',
      ],
      { cwd: temporaryFolder() },
    );

    // The signed text in place of the placeholder, with the clauses it has.
    await pullRequest('avtaletekst', '2026-01-21', () => {
      edit(
        'agreement/agreement.md',
        placeholderText(TITLE, 'nb'),
        `\n# ${TITLE}\n\n## 1 Formål\n\nPartene samarbeider.\n`,
      );
      edit('agreement/agreement.md', /clauses:\n {2}\{\}\n/, 'clauses: { meetings: "3", term: "6" }\n');
    });

    // The first meeting, planned as proposed, its notice sent with its saksliste.
    await pullRequest('forste-mote', '2026-01-22', async () => {
      await run('2026-01-22', 'new', 'meeting', '--date', '2026-03-10');
      edit(
        'meetings/2026-03-10.md',
        'agenda: []',
        'agenda:\n  - { title: Legemiddelhåndtering i kommunene, proposed_by: ks }',
      );
      edit('meetings/2026-03-10.md', /notice_sent: null.*/, 'notice_sent: 2026-02-17');
    });
    expect(await run('2026-02-18', 'render', 'agenda', '2026-03-10')).toMatch(
      /## Saksliste[\s\S]*Sak 1\/26 Godkjenning av innkalling og saksliste/,
    );

    // Held, with minutes under the saksliste's numbers and an action under its case, then approved by e-mail.
    await pullRequest('referat', '2026-03-12', async () => {
      edit('meetings/2026-03-10.md', 'status: planned', 'status: held');
      edit('meetings/2026-03-10.md', 'attendees: {}', 'attendees: { ks: [Spesialrådgiver], hod: [Seniorrådgiver] }');
      edit('meetings/2026-03-10.md', /documents_sent: null.*/, 'documents_sent: 2026-02-27');
      edit(
        'meetings/2026-03-10.md',
        'minutes_approved: null',
        'actions:\n  - { text: HOD sender ut veilederen, item: "2/26", responsible: [hod], due: 2026-05-01, done: null }\nminutes_approved: null',
      );
      writeFileSync(
        join(folder, 'meetings/2026-03-10.md'),
        `${readFileSync(join(folder, 'meetings/2026-03-10.md'), 'utf8')}\n## Sak 1/26 Godkjenning av innkalling og saksliste\n\nGodkjent.\n\n## Sak 2/26 Legemiddelhåndtering i kommunene\n\nDrøftet.\n\n## Sak 3/26 Eventuelt\n\nIngen saker.\n`,
      );
      await run('2026-03-12', 'approve', '2026-03-10', '--date', '2026-03-12', '--via', 'email');
    });
    const referat = await run('2026-03-12', 'render', 'minutes', '2026-03-10');
    expect(referat).toContain('| 2/26 | HOD sender ut veilederen | HOD | 1.\u00a0mai 2026 |');

    // The action closed long after the minutes were approved: follow-up, and the referat as it was.
    await pullRequest('oppfolging', '2026-05-04', () => {
      edit('meetings/2026-03-10.md', 'done: null }', 'done: 2026-04-28 }');
    });
    expect(await run('2026-05-04', 'render', 'minutes', '2026-03-10')).toBe(referat);

    // The second meeting planned, then moved a week, and a third planned and then cancelled.
    await pullRequest('andre-mote', '2026-05-05', async () => {
      await run('2026-05-05', 'new', 'meeting', '--date', '2026-06-09');
    });
    await pullRequest('flytte', '2026-05-06', async () => {
      await run('2026-05-06', 'move', '2026-06-09', '--to', '2026-06-16');
    });
    await pullRequest('tredje-mote', '2026-05-07', async () => {
      await run('2026-05-07', 'new', 'meeting', '--date', '2026-11-17');
    });
    await pullRequest('avlysning', '2026-11-02', async () => {
      await run('2026-11-02', 'cancel', '2026-11-17', '--sent', '2026-11-02');
    });

    const status = JSON.parse(await run('2026-11-02', 'status', '--json')) as {
      meetings_this_year: { required: number; held: number; planned: number };
    };
    // June's meeting has passed and is not yet recorded as held: it counts as neither, and validate says so.
    expect(status.meetings_this_year).toMatchObject({ required: 3, held: 1, planned: 0 });
    const warnings = JSON.parse(
      (await runCli(['validate', '--format', 'json', '--today', '2026-11-02'], { cwd: folder })).stdout,
    ) as { findings: Array<{ file: string; rule: string }> };
    expect(warnings.findings).toContainEqual(
      expect.objectContaining({ file: 'meetings/2026-06-16.md', rule: 'meeting-status' }),
    );
    const next = JSON.parse(await run('2026-11-02', 'next-meeting', '--json')) as {
      date: string;
      chair: string;
      minutes: string;
    };
    // Split roles: the turn after two meetings (the cancelled one takes none).
    expect(next.chair).not.toBe(next.minutes);
  });
});
