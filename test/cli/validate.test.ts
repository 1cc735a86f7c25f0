import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { VALIDATE_FORMATS } from '../../src/report/formats.js';
import { type CliResult, hasStackTrace, runCli, spawnCli } from '../helpers/cli.js';
import { lineOf } from '../helpers/fixtures.js';
import { copyFixture, fixturePath, PROJECT_ROOT, temporaryFolder } from '../helpers/repository.js';

interface BrokenCase {
  name: string;
  rule: string;
  file: string;
  /** Breaks the copy of the 2018 records; returns the line the finding must point at. */
  breakIt(folder: string): number;
}

function edit(folder: string, path: string, from: string, to: string): string {
  const text = readFileSync(join(folder, path), 'utf8');
  if (!text.includes(from)) throw new Error(`${path} has no "${from}"`);
  const changed = text.replace(from, to);
  writeFileSync(join(folder, path), changed);
  return changed;
}

const ALIAS_BOMB = ['---', 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
  .concat(
    ['b', 'c', 'd', 'e', 'f', 'g'].map(
      (name, index) => `${name}: &${name} [${Array(9).fill(`*${'abcdef'[index]}`).join(', ')}]`,
    ),
  )
  .concat('---', '')
  .join('\n');

const BROKEN: BrokenCase[] = [
  {
    name: 'a YAML syntax error',
    rule: 'syntax',
    file: 'meetings/2018-03-14.md',
    breakIt: (f) => lineOf(edit(f, 'meetings/2018-03-14.md', 'chair: ks', 'chair: ks: kmd'), 'chair: ks: kmd'),
  },
  {
    name: 'a date not in the calendar',
    rule: 'schema',
    file: 'meetings/2018-03-14.md',
    breakIt: (f) =>
      lineOf(edit(f, 'meetings/2018-03-14.md', 'notice_sent: 2018-02-28', 'notice_sent: 2018-02-30'), 'notice_sent'),
  },
  {
    name: 'an unknown party',
    rule: 'references',
    file: 'meetings/2018-09-20.md',
    breakIt: (f) => lineOf(edit(f, 'meetings/2018-09-20.md', 'minutes: kmd', 'minutes: kdd'), 'minutes: kdd'),
  },
  {
    name: 'a typo in a key',
    rule: 'schema',
    file: 'meetings/2018-09-20.md',
    breakIt: (f) =>
      lineOf(edit(f, 'meetings/2018-09-20.md', 'minutes_approved:', 'minutes_aproved:'), 'minutes_aproved'),
  },
  {
    name: 'a year with one meeting',
    rule: 'meetings-per-year',
    file: 'agreement/agreement.md',
    breakIt: (f) => {
      rmSync(join(f, 'meetings/2018-09-20.md'));
      return lineOf(readFileSync(join(f, 'agreement/agreement.md'), 'utf8'), 'per_year');
    },
  },
  {
    name: 'a broken rotation',
    rule: 'rotation',
    file: 'meetings/2018-09-20.md',
    breakIt: (f) => lineOf(edit(f, 'meetings/2018-09-20.md', 'chair: kmd', 'chair: ks'), 'chair: ks'),
  },
  {
    name: 'a consultation brought before it was raised',
    rule: 'consultation-notice',
    file: 'agreement/agreement.md',
    breakIt: (f) =>
      lineOf(edit(f, 'agreement/agreement.md', 'brought: 2018-05-03', 'brought: 2018-03-01'), 'brought: 2018-03-01'),
  },
  {
    name: 'an extension that skips a year',
    rule: 'term',
    file: 'agreement/agreement.md',
    breakIt: (f) => {
      mkdirSync(join(f, 'agreement/notices'), { recursive: true });
      writeFileSync(join(f, 'agreement/notices/2020-forlengelse.md'), '# Protokoll\n');
      const text = edit(
        f,
        'agreement/agreement.md',
        'extensions: []',
        'extensions:\n  - { year: 2020, decided: 2018-11-15, notice: agreement/notices/2020-forlengelse.md }',
      );
      return lineOf(text, 'year: 2020');
    },
  },
  {
    name: 'a wrong termination date',
    rule: 'termination',
    file: 'agreement/agreement.md',
    breakIt: (f) => {
      mkdirSync(join(f, 'agreement/notices'), { recursive: true });
      writeFileSync(join(f, 'agreement/notices/2018-10-31-oppsigelse.md'), '# Oppsigelse\n');
      const text = edit(
        f,
        'agreement/agreement.md',
        'termination: null',
        'termination:\n  by: ks\n  notified: 2018-10-31\n  effective: 2018-12-01\n  notice: agreement/notices/2018-10-31-oppsigelse.md',
      );
      return lineOf(text, 'effective: 2018-12-01');
    },
  },
  {
    name: 'a file named after the wrong date',
    rule: 'meeting-file-name',
    file: 'meetings/2018-09-21.md',
    breakIt: (f) => {
      renameSync(join(f, 'meetings/2018-09-20.md'), join(f, 'meetings/2018-09-21.md'));
      return lineOf(readFileSync(join(f, 'meetings/2018-09-21.md'), 'utf8'), 'date:');
    },
  },
  {
    name: 'a ---js file that tries to write to disk',
    rule: 'syntax',
    file: 'meetings/2018-10-01.md',
    breakIt: (f) => {
      writeFileSync(
        join(f, 'meetings/2018-10-01.md'),
        `---js\n{ date: require('fs').writeFileSync(${JSON.stringify(join(f, 'PWNED'))}, 'x') }\n---\n`,
      );
      return 1;
    },
  },
  {
    name: 'an alias bomb',
    rule: 'syntax',
    file: 'meetings/2018-10-01.md',
    breakIt: (f) => {
      writeFileSync(join(f, 'meetings/2018-10-01.md'), ALIAS_BOMB);
      return 3;
    },
  },
];

function expectReported(
  format: string,
  { file, rule }: BrokenCase,
  line: number,
  { code, stdout, stderr }: CliResult,
): void {
  expect(code, stdout + stderr).toBe(1);
  expect(hasStackTrace(stdout + stderr)).toBe(false);
  if (format === 'json') {
    const report = JSON.parse(stdout) as { errors: number; findings: Array<Record<string, unknown>> };
    expect(report.errors).toBeGreaterThan(0);
    expect(report.findings).toContainEqual(expect.objectContaining({ file, line, rule, severity: 'error' }));
  } else if (format === 'github') {
    expect(stdout).toMatch(new RegExp(`^::error file=${file},line=${line},col=\\d+,title=${rule}( \\(§|::)`, 'm'));
    expect(stdout).toMatch(new RegExp(`^${file}:${line}:\\d+  error  ${rule}  `, 'm'));
  } else {
    expect(stdout).toMatch(new RegExp(`^${file}:${line}:\\d+  error  ${rule}  `, 'm'));
  }
}

const FORMATS = VALIDATE_FORMATS;

describe('partnership validate on broken records', () => {
  describe.each(BROKEN)('$name', (broken) => {
    it.each(FORMATS)('exits 1 and reports the rule, file and line in %s format', async (format) => {
      const folder = copyFixture();
      const line = broken.breakIt(folder);
      const result = await runCli(['validate', '--format', format, '--today', '2019-06-01'], { cwd: folder });
      expectReported(format, broken, line, result);
      expect(existsSync(join(folder, 'PWNED'))).toBe(false);
    });
  });

  // The same as a user's process sees it, once per format: a record that tries to run code.
  it.each(FORMATS)('exits 1 in a process of its own in %s format, and runs nothing', (format) => {
    const broken = BROKEN.find((candidate) => candidate.name.startsWith('a ---js file'))!;
    const folder = copyFixture();
    const line = broken.breakIt(folder);
    expectReported(
      format,
      broken,
      line,
      spawnCli(['validate', '--format', format, '--today', '2019-06-01'], { cwd: folder }),
    );
    expect(existsSync(join(folder, 'PWNED'))).toBe(false);
  });
});

describe('partnership validate', () => {
  it('passes on the 2018 records, today and on days of the term', async () => {
    for (const today of [undefined, '2017-09-07', '2018-06-01', '2018-12-31']) {
      const { code, stdout, stderr } = await runCli(['validate', ...(today ? ['--today', today] : [])], {
        cwd: fixturePath(),
        now: new Date(),
      });
      expect(code, stdout + stderr).toBe(0);
      expect(stdout).toMatch(/^✔ 6 records checked: no problems$|records checked: 0 errors/m);
    }
  });

  it('prints rule findings grouped by file, with their clause, and a summary (golden)', async () => {
    const folder = copyFixture();
    edit(folder, 'meetings/2018-09-20.md', 'chair: kmd', 'chair: ks');
    edit(folder, 'meetings/2018-09-20.md', 'notice_sent: 2018-09-06', 'notice_sent: 2018-09-12');
    edit(folder, 'agreement/agreement.md', 'done: 2017-11-20', 'done: null');
    const { code, stdout } = await runCli(['validate', '--today', '2019-06-01'], { cwd: folder });
    expect(code).toBe(1);
    expect(stdout).toBe(readFileSync(join(PROJECT_ROOT, 'test/golden/validate-rules.txt'), 'utf8'));
  });

  it('prints syntax and schema findings with the offending line, and holds back the rules across files (golden)', async () => {
    const folder = copyFixture();
    edit(folder, 'meetings/2018-03-14.md', 'chair: ks', 'chiar: ks');
    edit(folder, 'meetings/2018-09-20.md', 'date: 2018-09-20', 'date: 2018-09-31');
    edit(folder, 'annual-plans/2018.md', 'status: adopted', 'status: [adopted');
    const { code, stdout } = await runCli(['validate', '--today', '2019-06-01'], { cwd: folder });
    expect(code).toBe(1);
    expect(stdout).toBe(readFileSync(join(PROJECT_ROOT, 'test/golden/validate-schema.txt'), 'utf8'));
  });

  it('prints the JSON report with exactly the fields of the contract', async () => {
    const folder = copyFixture();
    const { code, stdout } = await runCli(['validate', '--format', 'json', '--today', '2019-06-01'], { cwd: folder });
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual({
      errors: 0,
      warnings: 1,
      findings: [
        {
          file: 'agreement/agreement.md',
          line: 36,
          column: 14,
          severity: 'warning',
          rule: 'evaluation',
          message:
            'the evaluation was due after 2018-12-31, when the original term ended, and none is recorded: set evaluation.completed to the date it was done',
          clause: '§6',
          message_id: 'evaluation/not-recorded',
        },
      ],
      explained: [],
      rules_held_back: [],
    });
  });

  it('says in JSON, as in text, which rules across files were held back by a file that does not read', async () => {
    const folder = copyFixture();
    edit(folder, 'meetings/2018-03-14.md', 'chair: ks', 'chiar: ks');
    const json = JSON.parse(
      (await runCli(['validate', '--format', 'json', '--today', '2019-06-01'], { cwd: folder })).stdout,
    ) as { rules_held_back: string[] };
    expect(json.rules_held_back).toContain('rotation');
    expect(json.rules_held_back).toContain('meetings-per-year');
    const text = (await runCli(['validate', '--today', '2019-06-01'], { cwd: folder })).stdout;
    expect(text).toMatch(/rules across files are checked once every file reads cleanly/);
  });

  it('lists a finding the parties accepted as explained, with its reason, in text and JSON', async () => {
    const folder = copyFixture();
    rmSync(join(folder, 'meetings/2018-09-20.md'));
    edit(folder, 'meetings/2018-03-14.md', 'minutes_approved_via: meeting', 'minutes_approved_via: email');
    edit(
      folder,
      'agreement/agreement.md',
      'consultations:',
      'deviations:\n  - { rule: meetings-per-year, year: 2018, reason: Ett møte i 2018 etter avtale mellom partene, agreed_in: 2018-03-14 }\n  - { rule: evaluation, year: 2018, reason: Evalueringen er utsatt }\n  - { rule: rotation, year: 2017, reason: Ikke lenger aktuelt }\nconsultations:',
    );
    const text = await runCli(['validate', '--today', '2019-06-01'], { cwd: folder });
    expect(text.stdout).toMatch(/^Explained: findings the parties have accepted/m);
    expect(text.stdout).toMatch(
      / {2}agreement\/agreement.md:\d+:\d+ {2}error {2}meetings-per-year {2}2018: 1 meeting held; .*\n {4}accepted: Ett møte i 2018 etter avtale mellom partene$/m,
    );
    const json = JSON.parse(
      (await runCli(['validate', '--format', 'json', '--today', '2019-06-01'], { cwd: folder })).stdout,
    );
    expect(json.explained).toContainEqual(
      expect.objectContaining({ rule: 'meetings-per-year', reason: 'Ett møte i 2018 etter avtale mellom partene' }),
    );
    expect(json.explained).toContainEqual(
      expect.objectContaining({ rule: 'evaluation', reason: 'Evalueringen er utsatt' }),
    );
    expect(json.findings).toEqual([
      expect.objectContaining({
        rule: 'deviations',
        severity: 'warning',
        message: expect.stringMatching(/^the deviation for rotation in 2017 explains no finding/),
      }),
    ]);
    expect((await runCli(['validate', '--strict', '--today', '2019-06-01'], { cwd: folder })).code).toBe(1);
  });

  it('fails on warnings with --strict', async () => {
    const folder = copyFixture();
    expect((await runCli(['validate', '--today', '2019-06-01'], { cwd: folder })).code).toBe(0);
    expect((await runCli(['validate', '--strict', '--today', '2019-06-01'], { cwd: folder })).code).toBe(1);
  });

  it('takes today from PARTNERSHIP_TODAY, and from the Oslo clock otherwise', async () => {
    const folder = copyFixture();
    const strict = ['validate', '--strict'];
    expect((await runCli(strict, { cwd: folder, env: { PARTNERSHIP_TODAY: '2018-12-31' } })).code).toBe(0);
    expect((await runCli(strict, { cwd: folder, env: { PARTNERSHIP_TODAY: '2019-01-01' } })).code).toBe(1);
    // 31 December 23:30 UTC is already 1 January in Oslo.
    expect((await runCli(strict, { cwd: folder, now: new Date('2018-12-31T22:59:00Z') })).code).toBe(0);
    expect((await runCli(strict, { cwd: folder, now: new Date('2018-12-31T23:30:00Z') })).code).toBe(1);
  });

  it('finds the repository from a subfolder, or through --repo', async () => {
    const folder = copyFixture();
    expect((await runCli(['validate'], { cwd: join(folder, 'meetings') })).code).toBe(0);
    expect((await runCli(['validate', '--repo', folder], { cwd: temporaryFolder() })).code).toBe(0);
  });

  it.each([
    [['validate'], {}, /no partnership repository here: no folder from .* upwards holds agreement\/agreement.md/],
    [['validate', '--repo', '.'], {}, /is not a partnership repository: it has no agreement\/agreement.md/],
    [['validate', '--today', '2019-02-29'], {}, /--today must be a real date written as YYYY-MM-DD, not "2019-02-29"/],
    [['validate', '--today', 'tomorrow'], {}, /--today must be a real date/],
    [['validate'], { PARTNERSHIP_TODAY: '31.12.2018' }, /PARTNERSHIP_TODAY must be a real date/],
    [['validate', '--format', 'xml'], {}, /argument 'xml' is invalid. Allowed choices are text, json, github/],
    [['validate', '--fix'], {}, /unknown option '--fix'/],
    [['valdate'], {}, /unknown command 'valdate'/],
  ])('exits 2 on a usage error or a missing repository: %j', async (args, env, message) => {
    const folder = temporaryFolder();
    const { code, stdout, stderr } = await runCli(args, { cwd: folder, env });
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
    expect(hasStackTrace(stdout + stderr)).toBe(false);
  });

  it('keeps a workflow command in a key or a file name out of the CI log, in a process of its own', () => {
    const folder = copyFixture();
    edit(
      folder,
      'meetings/2018-09-20.md',
      'rotation_note: null',
      'rotation_note: null\n"x\\n::error file=README.md::pwned": 1',
    );
    writeFileSync(join(folder, 'meetings', '2018-10-01\n::stop-commands::tok.md'), '---\ndate: 2018-10-01\n---\n');
    const { code, stdout, stderr } = spawnCli(['validate', '--format', 'github', '--today', '2019-06-01'], {
      cwd: folder,
    });
    expect(code).toBe(1);
    expect(stderr).toBe('');
    expect(stdout).not.toMatch(/^::(error file=README|stop-commands)/m);
    expect(stdout).toMatch(
      /^::error file=meetings\/2018-10-01\\n%3A%3Astop-commands%3A%3Atok.md,line=1,col=1,title=file::the file's name holds a control character/m,
    );
    expect(stdout).toMatch(
      /^::error file=meetings\/2018-09-20.md,line=\d+,col=\d+,title=syntax::the value holds an invisible control character \(U\+000A\)|schema::unknown key "x\\n::error/m,
    );
  });

  it('exits 2 on a usage error in a process of its own, with no stack trace', () => {
    const { code, stdout, stderr } = spawnCli(['valdate'], { cwd: temporaryFolder() });
    expect(code).toBe(2);
    expect(stderr).toMatch(/unknown command 'valdate'/);
    expect(hasStackTrace(stdout + stderr)).toBe(false);
  });

  it('reports a folder where a record should be, without reading it', async () => {
    const folder = copyFixture();
    mkdirSync(join(folder, 'meetings/2018-11-01.md'));
    const { code, stdout, stderr } = await runCli(['validate', '--today', '2019-06-01'], { cwd: folder });
    expect(code).toBe(1);
    expect(stderr).toBe('');
    expect(stdout).toMatch(
      /^meetings\/2018-11-01.md:1:1 {2}error {2}file {2}the file is a folder, not a regular file/m,
    );
  });

  it('colours only on a terminal or with FORCE_COLOR, and never with NO_COLOR, FORCE_COLOR=0 or --no-color', async () => {
    const folder = copyFixture();
    const run = (args: string[], env = {}, tty = true) =>
      runCli(['validate', '--today', '2019-06-01', ...args], { cwd: folder, env, tty });
    const coloured = async (...args: Parameters<typeof run>) => (await run(...args)).stdout.includes('\u001b[');
    expect(await coloured([])).toBe(true);
    expect(await coloured([], {}, false)).toBe(false);
    expect(await coloured([], { NO_COLOR: '1' })).toBe(false);
    expect(await coloured(['--no-color'])).toBe(false);
    expect(await coloured([], { FORCE_COLOR: '1' }, false)).toBe(true);
    expect(await coloured([], { FORCE_COLOR: '' }, false)).toBe(true);
    expect(await coloured([], { FORCE_COLOR: '0' })).toBe(false);
    expect(await coloured([], { FORCE_COLOR: '1', NO_COLOR: '1' }, false)).toBe(false);
    expect(await coloured(['--no-color'], { FORCE_COLOR: '1' }, false)).toBe(false);
  });

  it('prints help with an example, and the version', () => {
    const help = spawnCli(['validate', '--help'], { cwd: fixturePath() });
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/Examples:\n {2}\$ partnership validate/);
    const version = spawnCli(['--version'], { cwd: fixturePath() });
    expect(version).toMatchObject({
      code: 0,
      stdout: `${JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')).version}\n`,
    });
  });
});
