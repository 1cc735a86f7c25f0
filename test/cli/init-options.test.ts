/** init's options for how the parties meet and how the agreement ends, as the KS–HOD secretariat needed them. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runCli } from '../helpers/cli.js';
import { INIT_OPTIONS, INIT_TODAY } from '../helpers/init.js';
import { temporaryFolder } from '../helpers/repository.js';

const NO_PACK = ['--install', 'git=https://example.org/partnership.git#v0.1.0', '--no-commit'];

describe('partnership init', () => {
  it('takes the rotation, the notice rule, the extension length and the meetings a year', async () => {
    const folder = join(temporaryFolder(), 'avtale');
    const { code, stderr } = await runCli(
      [
        'init',
        folder,
        ...INIT_OPTIONS,
        ...NO_PACK,
        '--per-year',
        '3',
        '--roles',
        'split',
        '--first',
        'kdd',
        '--notice-months',
        '2',
        '--notice-rule',
        'end-of-month',
        '--extension-years',
        '2',
        ...INIT_TODAY,
      ],
      { cwd: temporaryFolder() },
    );
    expect(code, stderr).toBe(0);
    const text = readFileSync(join(folder, 'agreement/agreement.md'), 'utf8');
    const data = parse(text.slice(4, text.indexOf('\n---\n', 4))) as {
      term: Record<string, unknown>;
      meetings: { per_year: number; rotation: Record<string, unknown> };
    };
    expect(data.term).toMatchObject({ extension_years: 2, notice_months: 2, notice_rule: 'end-of-month' });
    expect(data.meetings).toMatchObject({ per_year: 3, rotation: { roles: 'split', first: 'kdd' } });
    expect((await runCli(['validate', ...INIT_TODAY], { cwd: folder })).code).toBe(0);
  });

  it('refuses a first turn for a party the agreement does not have, and says the rules in its help', async () => {
    const refused = await runCli(
      ['init', join(temporaryFolder(), 'a'), ...INIT_OPTIONS, ...NO_PACK, '--first', 'hod'],
      {
        cwd: temporaryFolder(),
      },
    );
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/--first hod is not one of the parties: use one of ks, kdd/);
    const help = await runCli(['init', '--help'], { cwd: temporaryFolder() });
    for (const option of ['--roles <roles>', '--first <id>', '--notice-rule <rule>', '--extension-years <n>'])
      expect(help.stdout).toContain(option);
  });
});
