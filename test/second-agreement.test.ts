/**
 * A second agreement, unlike the KS–KMD one in every number, clause, party and period: every command
 * speaks of its numbers, names and clauses, on the right dates (golden files in test/golden/ks-kdd-digital/).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './helpers/cli.js';
import { copyFixture, PROJECT_ROOT } from './helpers/repository.js';

const golden = (name: string) => join(PROJECT_ROOT, 'test/golden/ks-kdd-digital', name);

async function run(args: string[], folder = copyFixture('ks-kdd-digital')) {
  const result = await runCli(args, { cwd: folder });
  expect(result.stderr.includes('internal error')).toBe(false);
  return { ...result, folder };
}

describe('a second agreement', () => {
  it('validate: its clauses, its requirement of three a year, and the shortfall the parties accepted', async () => {
    const { code, stdout } = await run(['validate', '--today', '2025-06-02']);
    expect(code).toBe(0);
    await expect(stdout).toMatchFileSnapshot(golden('validate.txt'));
  });

  it('next-meeting: split roles, KS convening 21 and 10 days ahead, the ministry by its new name', async () => {
    const { stdout } = await run(['next-meeting', '--json', '--today', '2025-06-02']);
    await expect(stdout).toMatchFileSnapshot(golden('next-meeting.json'));
  });

  it('status', async () => {
    const { stdout } = await run(['status', '--today', '2025-06-02']);
    await expect(stdout).toMatchFileSnapshot(golden('status.txt'));
  });

  it('calendar: the renewal decision for the next two-year extension, from 2026', async () => {
    const { stdout, folder } = await run(['calendar', '--ics', 'kalender.ics', '--today', '2025-06-02']);
    await expect(stdout).toMatchFileSnapshot(golden('calendar.txt'));
    const ics = readFileSync(join(folder, 'kalender.ics'), 'utf8').replace(/\r\n /g, '');
    expect(ics).toContain('Frist: beslutning om forlengelse av avtalen fra 2026 (avtalens punkt 9.2)');
  });

  it("render: the agenda names the parties as they stand on the meeting's day", async () => {
    const { stdout } = await run(['render', 'agenda', '2025-09-16']);
    await expect(stdout).toMatchFileSnapshot(golden('agenda-2025-09-16.md'));
    const before = await run(['render', 'agenda', '2023-11-21']);
    expect(before.stdout).toContain('| Møteleder | KDD |');
    expect(before.stdout).toContain('Foreslått av KDD.');
    expect(before.stdout).not.toContain('DFD');
  });

  it('renew: two years from 2026, point 9.2, signed by the signatories in force on the decision day', async () => {
    const { code, stdout, stderr } = await run(['renew', '--year', '2026', '--decided', '2025-11-20']);
    expect(code, stderr).toBe(0);
    await expect(stdout).toMatchFileSnapshot(golden('renewal-2026.md'));
    const wrongYear = await run(['renew', '--year', '2025', '--decided', '2025-11-20']);
    expect(wrongYear.stderr).toMatch(/the agreement already runs through 2025-12-31 \(§9.2\)/);
  });

  it("terminate: three months to the end of a month, or the term's end if it comes first", async () => {
    const { code, stdout, stderr, folder } = await run([
      'terminate',
      '--by',
      'ks',
      '--notified',
      '2025-10-15',
      '--today',
      '2025-10-16',
      '--write',
    ]);
    expect(code, stderr).toBe(0);
    await expect(stdout).toMatchFileSnapshot(golden('termination-2025-10-15.md'));
    expect(readFileSync(join(folder, 'agreement/agreement.md'), 'utf8')).toMatch(/effective: 2025-12-31/);
    const early = await run(['terminate', '--by', 'dep', '--notified', '2025-01-15', '--today', '2025-01-16']);
    expect(early.stderr).toMatch(/^Effective 2025-04-30: notice received 2025-01-15, plus 3 months' notice/);
    expect(early.stdout).toContain('Anne Hansen\\\ndigitaliserings- og forvaltningsminister');
  });
});
