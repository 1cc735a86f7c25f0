/**
 * Records written by a stranger, and writing commands on a laptop where two terminals and a killed
 * process are ordinary: real files, real git repositories, processes of their own where pipes and
 * terminals matter.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import {
  appendFileSync,
  chmodSync,
  cpSync,
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { stageChange } from '../../src/writing/write.js';
import { type CliResult, hasStackTrace, runCli, spawnCli, spawnCliAsync } from '../helpers/cli.js';
import { GIT_IDENTITY, INIT_OPTIONS, INIT_TODAY } from '../helpers/init.js';
import { committedFixture, copyFixture, git, PROJECT_ROOT, temporaryFolder } from '../helpers/repository.js';

const AGREEMENT = 'agreement/agreement.md';
const RENEW = ['renew', '--year', '2019', '--today', '2018-11-15'];

function repository(): string {
  return committedFixture();
}

function state(folder: string) {
  return {
    agreement: readFileSync(join(folder, AGREEMENT), 'utf8'),
    status: git(folder, 'status', '--porcelain', '--untracked-files=all'),
    branches: git(folder, 'branch', '--list', '--format=%(refname:short)'),
    head: git(folder, 'rev-parse', 'HEAD'),
    current: git(folder, 'branch', '--show-current'),
  };
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
    const expectQuiet = (command: string, status: number) => {
      const { stdout, stderr } = run(command);
      expect(stderr, command).toBe('');
      expect(stdout, command).toBe(`exit ${status}\n`);
    };
    expectQuiet(`${cli} --help`, 0);
    expectQuiet(`${cli} render minutes 2018-09-20 --today 2018-10-05`, 0);
    // A verdict of errors stays the verdict, whoever stopped reading it.
    writeFileSync(join(folder, 'meetings/2018-11-01.md'), 'no front matter\n');
    expectQuiet(`${cli} validate --today 2018-10-05`, 1);
  });
});

describe('git conditions', () => {
  it('refuses when a hook stops the commit without a word, and puts everything back', async () => {
    const folder = repository();
    writeFileSync(join(folder, '.git/hooks/pre-commit'), '#!/bin/sh\nexit 1\n');
    chmodSync(join(folder, '.git/hooks/pre-commit'), 0o755);
    const before = state(folder);
    const { code, stderr } = await runCli([...RENEW, '--commit'], { cwd: folder });
    expect(code).toBe(1);
    expect(stderr).toMatch(
      /git could not commit: git did not make the commit \(a hook may have stopped it without a message\)/,
    );
    expect(stderr).not.toMatch(/Committed/);
    expect(state(folder)).toEqual(before);
  });

  it('stops a hook that never ends, within the bound, and puts everything back', async () => {
    const folder = repository();
    writeFileSync(join(folder, '.git/hooks/pre-commit'), '#!/bin/sh\nexec sleep 30\n');
    chmodSync(join(folder, '.git/hooks/pre-commit'), 0o755);
    const before = state(folder);
    const { code, stderr } = await runCli([...RENEW, '--commit'], {
      cwd: folder,
      env: { PARTNERSHIP_GIT_TIMEOUT: '1' },
    });
    expect(code).toBe(1);
    expect(stderr).toMatch(
      /git could not commit: git commit did not finish within 1 s: a git hook \(\.git\/hooks\/\) may be waiting for something; stopped it/,
    );
    expect(state(folder)).toEqual(before);
    expect(existsSync(join(folder, '.git/index.lock'))).toBe(false);
    expect(existsSync(join(folder, '.partnership.lock'))).toBe(false);
  });

  it.each([
    [
      'index.lock',
      (folder: string) => writeFileSync(join(folder, '.git/index.lock'), ''),
      /another git command is running/,
    ],
    [
      'a merge in progress',
      (folder: string) => writeFileSync(join(folder, '.git/MERGE_HEAD'), `${git(folder, 'rev-parse', 'HEAD')}`),
      /a merge is in progress: finish it \(git commit\) or abort it \(git merge --abort\) first/,
    ],
    [
      'a branch whose name holds renew-2019 as a folder',
      (folder: string) => git(folder, 'branch', 'renew-2019/draft'),
      /git could not create the branch renew-2019/,
    ],
  ])('refuses with exit 1 and changes nothing: %s', async (_, arrange, message) => {
    const folder = repository();
    arrange(folder);
    const before = state(folder);
    const { code, stdout, stderr } = await runCli([...RENEW, '--commit'], { cwd: folder });
    expect(code, stdout + stderr).toBe(1);
    expect(stderr).toMatch(message);
    expect(stderr).not.toMatch(/internal error/);
    expect(state(folder)).toEqual(before);
  });

  it('sees an edit that assume-unchanged hides from git status', async () => {
    const folder = repository();
    git(folder, 'update-index', '--assume-unchanged', AGREEMENT);
    writeFileSync(join(folder, AGREEMENT), `${readFileSync(join(folder, AGREEMENT), 'utf8')}\nEn lokal endring.\n`);
    expect(git(folder, 'status', '--porcelain')).toBe('');
    const { code, stderr } = await runCli([...RENEW, '--write'], { cwd: folder });
    expect(code).toBe(1);
    expect(stderr).toMatch(/agreement\/agreement.md has uncommitted changes/);
  });
});

describe('outputs the user names', () => {
  it.each([
    ['a record', () => AGREEMENT, /is in the records' own folders/],
    [
      'a folder',
      (folder: string) => {
        mkdirSync(join(folder, 'ut'));
        return 'ut';
      },
      /ut is a folder/,
    ],
    [
      'a FIFO',
      (folder: string) => {
        execFileSync('mkfifo', [join(folder, 'fifo')]);
        return 'fifo';
      },
      /fifo is a device, FIFO or socket/,
    ],
    [
      'a link',
      (folder: string) => {
        symlinkSync('/tmp', join(folder, 'lenke'));
        return 'lenke';
      },
      /lenke is a link/,
    ],
  ])('never replace %s, exit 2', async (_, target, message) => {
    const folder = copyFixture();
    const output = target(folder);
    const before = lstatSync(join(folder, output));
    const agreement = readFileSync(join(folder, AGREEMENT), 'utf8');
    const { code, stderr } = await runCli(['render', 'agenda', '2018-09-20', '-o', output], { cwd: folder });
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
    expect(lstatSync(join(folder, output)).mode).toBe(before.mode);
    expect(readFileSync(join(folder, AGREEMENT), 'utf8')).toBe(agreement);
  });

  it.each([
    ['the git configuration', () => '.git/config', /\.git\/config is inside a git repository's own folder \(\.git\)/],
    ['a git hook, new', () => '.git/hooks/post-checkout', /is inside a git repository's own folder/],
    [
      'the git configuration through a linked folder',
      (folder: string) => {
        symlinkSync('.git', join(folder, 'ut'));
        return 'ut/config';
      },
      /ut\/config is inside a git repository's own folder/,
    ],
    [
      "the writers' lock",
      (folder: string) => {
        writeFileSync(join(folder, '.partnership.lock'), '{"pid":1}');
        return '.partnership.lock';
      },
      /\.partnership\.lock is a file partnership keeps while it writes the records/,
    ],
    ['the journal', () => '.partnership.journal', /\.partnership\.journal is a file partnership keeps while it writes/],
  ])('never write into .git or over the tool’s own files: %s, exit 2', async (_, target, message) => {
    const folder = repository();
    const output = target(folder);
    const before = existsSync(join(folder, output)) ? readFileSync(join(folder, output), 'utf8') : null;
    for (const args of [
      ['render', 'agenda', '2018-09-20', '-o', output],
      ['report', '--today', '2018-12-31', '-o', output],
      ['calendar', '--ics', output, '--today', '2018-10-01'],
    ]) {
      const { code, stderr } = await runCli(args, { cwd: folder });
      expect(code, args.join(' ')).toBe(2);
      expect(stderr).toMatch(message);
      expect(existsSync(join(folder, output)) ? readFileSync(join(folder, output), 'utf8') : null).toBe(before);
    }
    expect(git(folder, 'config', 'user.name')).toBe('Sekretariatet\n');
  });

  it('prints with -o -, and keeps the mode of a file it replaces', async () => {
    const folder = copyFixture();
    const printed = await runCli(['render', 'agenda', '2018-09-20', '-o', '-'], { cwd: folder });
    expect(printed.stdout).toMatch(/^# Innkalling/m);
    expect(existsSync(join(folder, '-'))).toBe(false);
    writeFileSync(join(folder, 'innkalling.md'), 'gammel\n');
    chmodSync(join(folder, 'innkalling.md'), 0o640);
    expect((await runCli(['render', 'agenda', '2018-09-20', '-o', 'innkalling.md'], { cwd: folder })).code).toBe(0);
    expect(statSync(join(folder, 'innkalling.md')).mode & 0o777).toBe(0o640);
    expect(readFileSync(join(folder, 'innkalling.md'), 'utf8')).toMatch(/^# Innkalling/m);
  });
});

describe('two writers and a kill', () => {
  const TERMINATE = ['terminate', '--by', 'ks', '--notified', '2018-11-20', '--today', '2018-11-20', '--write'];

  /** Whoever reports success has its change in the record and its notice beside it; the other saw it first. */
  async function expectNothingLost(folder: string, renewed: CliResult, terminated: CliResult) {
    const agreement = readFileSync(join(folder, AGREEMENT), 'utf8');
    expect(renewed.code === 0 || terminated.code === 0).toBe(true);
    if (renewed.code === 0) {
      expect(agreement).toMatch(/year: 2019/);
      expect(existsSync(join(folder, 'agreement/notices/2019-forlengelse.md'))).toBe(true);
    } else {
      expect(renewed.stderr).toMatch(/cannot renew for 2019/);
    }
    if (terminated.code === 0) {
      expect(agreement).toMatch(/notified: 2018-11-20/);
      expect(existsSync(join(folder, 'agreement/notices/2018-11-20-oppsigelse.md'))).toBe(true);
    } else {
      expect(terminated.stderr).toMatch(/cannot terminate/);
    }
    expect(readdirSync(folder).filter((name) => name.startsWith('.partnership'))).toEqual([]);
    expect((await runCli(['validate', '--today', '2018-11-21'], { cwd: folder })).code).toBe(0);
  }

  it('loses nothing when renew --write and terminate --write run at once as two processes', async () => {
    const folder = copyFixture();
    const [renewed, terminated] = await Promise.all([
      spawnCliAsync([...RENEW, '--write'], { cwd: folder }),
      spawnCliAsync(TERMINATE, { cwd: folder }),
    ]);
    await expectNothingLost(folder, renewed, terminated);
  });

  it('loses nothing in 4 rounds of renew --write and terminate --write at once, on two threads', async () => {
    const workers = [0, 1].map(() => new Worker(new URL('../helpers/cli-worker.mjs', import.meta.url)));
    const run = (worker: Worker, args: string[], cwd: string) =>
      new Promise<CliResult>((resolve) => {
        worker.once('message', resolve);
        worker.postMessage({ args, cwd });
      });
    try {
      for (let round = 0; round < 4; round += 1) {
        const folder = copyFixture();
        const [renewed, terminated] = await Promise.all([
          run(workers[0]!, [...RENEW, '--write'], folder),
          run(workers[1]!, TERMINATE, folder),
        ]);
        await expectNothingLost(folder, renewed, terminated);
      }
    } finally {
      await Promise.all(workers.map((worker) => worker.terminate()));
    }
  });

  it('of two inits at once into one folder, one writes and commits and the other refuses, in 2 rounds', async () => {
    const tarball = join(temporaryFolder(), 'ks-samarbeid-partnership-0.1.0.tgz');
    writeFileSync(tarball, 'a tarball init copies as it is');
    const init = (title: string) => [
      'init',
      'avtale',
      ...INIT_OPTIONS.map((option, index) => (INIT_OPTIONS[index - 1] === '--title' ? title : option)),
      ...INIT_TODAY,
      '--install',
      `tarball=${tarball}`,
    ];
    const env = GIT_IDENTITY;
    for (let round = 0; round < 2; round += 1) {
      const parent = temporaryFolder();
      const results = await Promise.all(
        ['Avtale A', 'Avtale B'].map((title) => spawnCliAsync(init(title), { cwd: parent, env })),
      );
      const codes = results.map((result) => result.code).sort();
      expect(codes, results.map((result) => result.stderr).join('\n')).toEqual([0, 1]);
      const refused = results.find((result) => result.code === 1);
      expect(refused?.stderr).toMatch(/^partnership: .*(already holds|already has).*, and nothing was written/);
      const folder = join(parent, 'avtale');
      expect(git(folder, 'log', '--format=%s')).toMatch(/^Create the records of Avtale [AB]\n$/);
      expect(git(folder, 'status', '--porcelain')).toBe('');
      expect(readdirSync(folder).filter((name) => name.startsWith('.partnership'))).toEqual([]);
    }
  });

  it('finishes, on the next writing run, a change a kill stopped between its renames, and says so', async () => {
    const folder = copyFixture();
    const notice = 'agreement/notices/2019-forlengelse.md';
    const agreement = readFileSync(join(folder, AGREEMENT), 'utf8').replace(
      'extensions: []',
      `extensions:\n  - { year: 2019, decided: 2018-11-15, notice: ${notice} }`,
    );
    // Exactly what a kill after the first rename leaves: the notice in place, the agreement still staged, the journal.
    const staged = stageChange(
      folder,
      [
        { path: notice, content: '# Protokoll\n' },
        { path: AGREEMENT, content: agreement },
      ],
      'Extend',
    );
    const [first] = staged.files;
    renameSync(first!.temporary, first!.target);
    // A temporary file from a run killed before its journal was written.
    writeFileSync(join(folder, 'meetings/.0123456789ab.partnership.tmp'), 'half');

    const { code, stderr } = spawnCli(['new', 'meeting', '--date', '2019-03-14', '--today', '2019-01-10'], {
      cwd: folder,
    });
    expect(code, stderr).toBe(0);
    expect(stderr).toMatch(
      /^Finished a change an earlier run was stopped in the middle of \(Extend\): agreement\/notices\/2019-forlengelse.md and agreement\/agreement.md are now written\n/,
    );
    expect(stderr).toMatch(/Removed 1 temporary file an earlier run left/);
    expect(readFileSync(join(folder, AGREEMENT), 'utf8')).toBe(agreement);
    expect(existsSync(join(folder, '.partnership.journal'))).toBe(false);
    expect(readdirSync(join(folder, 'meetings')).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    expect((await runCli(['validate', '--today', '2019-01-10'], { cwd: folder })).code).toBe(0);
  });

  it('takes over a lock left by a process that is gone, and waits for one that is alive', async () => {
    const folder = copyFixture();
    writeFileSync(
      join(folder, '.partnership.lock'),
      JSON.stringify({ pid: 999_999_999, host: (await import('node:os')).hostname(), since: Date.now(), token: 'x' }),
    );
    expect(
      (await runCli(['new', 'meeting', '--date', '2018-11-20', '--today', '2018-10-01'], { cwd: folder })).code,
    ).toBe(0);
    expect(existsSync(join(folder, '.partnership.lock'))).toBe(false);
  });
});
