/**
 * Records written by a stranger: real files, real git repositories, processes of their own where pipes
 * and terminals matter. The writing side (git in a bad state, two writers, a kill) is hostile-writes.test.ts.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasStackTrace, runCli, spawnCli } from '../helpers/cli.js';
import { committedFixture, copyFixture, PROJECT_ROOT, temporaryFolder } from '../helpers/repository.js';

function repository(): string {
  return committedFixture();
}

describe('reading what a pull request can hold', () => {
  it.each([
    [
      'a link to a secret outside',
      (folder: string, secret: string) => symlinkSync(secret, join(folder, 'meetings/2018-12-01.md')),
    ],
    ['a link to /dev/zero', (folder: string) => symlinkSync('/dev/zero', join(folder, 'meetings/2018-12-01.md'))],
    ['a FIFO', (folder: string) => execFileSync('mkfifo', [join(folder, 'meetings/2018-12-01.md')])],
    [
      'a template linked to a secret',
      (folder: string, secret: string) => {
        execFileSync('ln', ['-sf', secret, join(folder, 'templates/agenda.md.hbs')]);
      },
    ],
  ])('%s: reported at its path, never read, waited on or printed', (_, plant) => {
    const folder = copyFixture();
    const secret = join(temporaryFolder(), 'secret.md');
    writeFileSync(secret, '---\ndate: 2018-12-01\n---\nHEMMELIG PASSORD\n');
    plant(folder, secret);
    for (const args of [
      ['validate', '--today', '2019-06-01'],
      ['render', 'agenda', '2018-09-20'],
    ]) {
      // No bound of our own on the run: one that waited on the FIFO would hang until the helper's 20 s and fail.
      const { code, stdout, stderr } = spawnCli(args, { cwd: folder });
      expect(code, stdout + stderr).toBe(1);
      expect(stdout + stderr).not.toContain('HEMMELIG');
      expect(stdout + stderr).toMatch(
        /(meetings\/2018-12-01.md|templates\/agenda.md.hbs):1:1 {2}error {2}file {2}the file is/,
      );
      expect(hasStackTrace(stdout + stderr)).toBe(false);
    }
  });
});

describe('records that would take any time or memory', () => {
  it('aliases that expand past the front matter bound, and lists nested 100,000 deep: a finding at once', async () => {
    const folder = copyFixture();
    const path = join(folder, 'meetings/2018-09-20.md');
    const text = readFileSync(path, 'utf8');
    writeFileSync(
      path,
      text
        .replace('place: KMD, Akersgata 59, Oslo', `place: &big "${'x'.repeat(900_000)}"`)
        .replace(/attendees:\n {2}kmd: \[[^\]]*\]/, `attendees:\n  kmd: [${Array(99).fill('*big').join(', ')}]`),
    );
    for (const args of [['validate'], ['calendar', '--ics', '-'], ['render', 'agenda', '2018-09-20']]) {
      const { code, stdout, stderr } = await runCli([...args, '--today', '2018-09-01'], { cwd: folder });
      expect(code, args.join(' ')).toBe(1);
      expect(stdout + stderr).toMatch(
        /meetings\/2018-09-20.md:11:15 {2}error {2}syntax {2}aliases \(\*name\) here expand to more than 1 MB of data/,
      );
    }
    writeFileSync(path, text.replace('rotation_note: null', `rotation_note: ${'['.repeat(100_000)}`));
    const deep = await runCli(['validate', '--today', '2018-09-01'], { cwd: folder });
    expect(deep.stdout).toMatch(
      /meetings\/2018-09-20.md:\d+:\d+ {2}error {2}syntax {2}the front matter nests lists and maps too deep to read/,
    );
  });
});

describe('workflow commands from a record, in every command that prints one', () => {
  it('no line any command prints starts one; validate --format github still annotates', async () => {
    const folder = copyFixture();
    const path = join(folder, 'meetings/2018-09-20.md');
    writeFileSync(
      path,
      readFileSync(path, 'utf8')
        .replace('place: KMD, Akersgata 59, Oslo', 'place: "Oslo\\n::error file=x::stedet"')
        .replace('title: Rekruttering til planutdanningene', 'title: "Rekruttering\\n  ::add-mask::tittelen"')
        .replace(
          '## Sak 12/18 Eventuelt',
          '## Sak 12/18 Eventuelt\n\n::stop-commands::referatet\n  ::set-output name=x::y',
        ),
    );
    const commands = [
      ['status', '--today', '2018-09-01'],
      ['next-meeting', '--today', '2018-09-01'],
      ['calendar', '--ics', '-', '--today', '2018-09-01'],
      ['render', 'agenda', '2018-09-20', '--today', '2018-09-01'],
      ['render', 'minutes', '2018-09-20', '--today', '2018-10-05'],
      ['render', 'minutes', '2018-09-20', '--format', 'html', '--today', '2018-10-05'],
      ['report', '--format', 'md', '--today', '2018-12-31'],
      ['validate', '--today', '2018-12-31'],
    ];
    for (const args of commands) {
      const { stdout } = await runCli(args, { cwd: folder });
      expect(stdout, args.join(' ')).not.toMatch(/^\s*::/m);
    }
    const minutes = await runCli(['render', 'minutes', '2018-09-20', '--today', '2018-10-05'], { cwd: folder });
    expect(minutes.stdout).toContain(':\u200b:stop-commands::referatet');
    const annotated = await runCli(['validate', '--format', 'github', '--today', '2019-06-01'], { cwd: folder });
    expect(annotated.stdout).toMatch(/^::(warning|error) file=/m);
  });
});

describe('links into .git and folders linked out', () => {
  it.each(['templates/agenda.md.hbs', 'templates/document.css', 'templates/styles.xml', 'meetings/2018-12-01.md'])(
    '%s linked to .git/config: a finding at its path, the token never printed',
    async (path) => {
      const folder = repository();
      appendFileSync(join(folder, '.git/config'), '[http]\n\textraheader = AUTHORIZATION: basic HEMMELIG-TOKEN\n');
      rmSync(join(folder, path), { force: true });
      symlinkSync(join('..', '.git', 'config'), join(folder, path));
      for (const args of [
        ['validate', '--today', '2019-06-01'],
        ['render', 'agenda', '2018-09-20', '--format', 'html'],
        ['render', 'agenda', '2018-09-20', '--format', 'docx', '-o', 'a.docx'],
      ]) {
        const { code, stdout, stderr } = await runCli(args, { cwd: folder });
        expect(stdout + stderr).not.toContain('HEMMELIG');
        expect(code, args.join(' ')).toBe(1);
        expect(stdout + stderr).toContain(`${path}:1:1  error  file  this is a link into the repository's .git folder`);
      }
    },
  );

  it.each(['agreement', 'meetings', 'templates'])(
    'the %s folder linked to a folder outside: not followed, its keys never printed',
    async (name) => {
      const folder = copyFixture();
      const outside = temporaryFolder();
      cpSync(join(folder, name), outside, { recursive: true });
      writeFileSync(join(outside, name === 'agreement' ? 'agreement.md' : 'x.md'), '---\nhemmelig_nokkel: 1\n---\n');
      rmSync(join(folder, name), { recursive: true, force: true });
      symlinkSync(outside, join(folder, name));
      const { code, stdout, stderr } = await runCli(['validate', '--today', '2019-06-01'], { cwd: folder });
      expect(code).not.toBe(0);
      expect(stdout + stderr).not.toContain('hemmelig_nokkel');
      expect(stdout + stderr).toMatch(
        /link (to a folder )?out(side)? of the repository|a link to a folder outside the repository/,
      );
    },
  );
});

describe('invisible and control characters in names and arguments', () => {
  it.each([
    ['200E', '\u200e'],
    ['200F', '\u200f'],
    ['061C', '\u061c'],
    ['200B', '\u200b'],
    ['FEFF', '\ufeff'],
  ])('a file name holding U+%s is printed with it escaped', async (_, mark) => {
    const folder = copyFixture();
    writeFileSync(join(folder, `meetings/2018-11-20${mark}.md`), '---\ndate: 2018-11-20\n---\n');
    const { stdout } = await runCli(['validate', '--today', '2018-12-01'], { cwd: folder });
    const code = `\\u${(mark.codePointAt(0) ?? 0).toString(16).padStart(4, '0')}`;
    expect(stdout).toContain(`meetings/2018-11-20${code}.md`);
    expect(stdout).not.toContain(mark);
  });

  it('ESC in --ics and --out is printed escaped, and in --signatory refused (exit 2) before any document', async () => {
    const folder = copyFixture();
    const odd = 'x\u001b[31m\u200e';
    const calendar = await runCli(['calendar', '--ics', `${odd}.ics`, '--today', '2018-10-01'], { cwd: folder });
    expect(calendar.stdout).toContain('x\\u001b[31m\\u200e.ics');
    const schemas = await runCli(['schema', '--out', odd], { cwd: folder });
    expect(schemas.stdout).toContain('x\\u001b[31m\\u200e/agreement.schema.json');
    const next = await runCli(['next-meeting', '--ics', `${odd}.ics`, '--today', '2018-10-01'], { cwd: folder });
    expect(next.stdout).toContain('Wrote the meeting to x\\u001b[31m\\u200e.ics');
    for (const result of [calendar, schemas, next]) expect(result.stdout + result.stderr).not.toContain('\u001b');
    const renewed = await runCli(
      ['renew', '--year', '2019', '--today', '2018-11-15', '--signatory', `ks=Per${odd}, leder`],
      { cwd: folder },
    );
    expect(renewed.code).toBe(2);
    expect(renewed.stderr).toMatch(
      /--signatory holds a control or invisible character \("ks=Perx\\u001b\[31m\\u200e, leder"\)/,
    );
    expect(renewed.stdout).toBe('');
  });
});

describe('code points that are not characters', () => {
  it('U+FFFE and U+FFFF, as they are or as YAML escapes, are findings at their place, and no document is made', async () => {
    const folder = copyFixture();
    const path = join(folder, 'meetings/2018-09-20.md');
    const text = readFileSync(path, 'utf8');
    writeFileSync(path, text.replace('place: KMD, Akersgata 59, Oslo', 'place: "KMD\\uFFFE"'));
    const escaped = await runCli(['validate', '--today', '2018-12-01'], { cwd: folder });
    expect(escaped.stdout).toMatch(
      /meetings\/2018-09-20.md:4:8 {2}error {2}syntax {2}the value holds a code point that is not a character \(U\+FFFE\)/,
    );
    writeFileSync(path, text.replace('place: KMD, Akersgata 59, Oslo', 'place: KMD\uffff'));
    const raw = await runCli(['validate', '--today', '2018-12-01'], { cwd: folder });
    expect(raw.stdout).toMatch(
      /meetings\/2018-09-20.md:4:11 {2}error {2}file {2}the file holds U\+FFFF, a code point that is not a character/,
    );
    const rendered = await runCli(['render', 'agenda', '2018-09-20', '--format', 'docx', '-o', 'a.docx'], {
      cwd: folder,
    });
    expect(rendered.code).toBe(1);
    expect(existsSync(join(folder, 'a.docx'))).toBe(false);
  });
});

describe('standard output that cannot take it', () => {
  it('ends with one line and exit 2 when standard output is full', () => {
    const result = execFileSync(
      'sh',
      [
        '-c',
        `"${process.execPath}" "${join(PROJECT_ROOT, 'bin/partnership.js')}" validate --repo "${copyFixture()}" >/dev/full; echo "exit $?"`,
      ],
      {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    expect(result).toBe('exit 2\n');
  });

  it('ends quietly, with the status the command would have had, when the reader stops reading', () => {
    const folder = copyFixture();
    const meeting = join(folder, 'meetings/2018-09-20.md');
    // More than a pipe holds, so the write after head has gone fails with EPIPE.
    writeFileSync(meeting, `${readFileSync(meeting, 'utf8')}\n${'Mye tekst i referatet.\n'.repeat(20_000)}`);
    const cli = `"${process.execPath}" "${join(PROJECT_ROOT, 'bin/partnership.js')}"`;
    const run = (command: string) =>
      // head -c 0 has gone before the tool writes a byte; head -1 goes after the first line.
      spawnSync(
        'bash',
        [
          '-c',
          `set -o pipefail; ${command} | head ${command.includes('validate') ? '-c 0' : '-1'} >/dev/null; echo "exit $?"`,
        ],
        {
          cwd: folder,
          encoding: 'utf8',
        },
      );
    const expectQuiet = (command: string, status: number, note = '') => {
      const { stdout, stderr } = run(command);
      expect(stderr, command).toBe(note);
      expect(stdout, command).toBe(`exit ${status}\n`);
    };
    expectQuiet(`${cli} --help`, 0);
    // The referat's own warning (no named signer) is all it says on standard error.
    expectQuiet(
      `${cli} render minutes 2018-09-20 --today 2018-10-05`,
      0,
      'Warning: the document is signed by the party alone, with no person named: letters and referater between a ministry and KS are signed by a named officer. Give party kmd a contact (name and title) in agreement/agreement.md.\n',
    );
    // A verdict of errors stays the verdict, whoever stopped reading it.
    writeFileSync(join(folder, 'meetings/2018-11-01.md'), 'no front matter\n');
    expectQuiet(`${cli} validate --today 2018-10-05`, 1);
  });
});
