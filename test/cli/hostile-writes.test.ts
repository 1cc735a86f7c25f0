/**
 * Hostile conditions for the commands that write: git in a state it cannot commit in, outputs a person
 * names, and two writers or a kill at once. The reading side is hostile.test.ts.
 */
import { execFileSync } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { stageChange } from '../../src/writing/write.js';
import { type CliResult, runCli, spawnCli, spawnCliAsync } from '../helpers/cli.js';
import { GIT_IDENTITY, INIT_OPTIONS, INIT_TODAY } from '../helpers/init.js';
import { committedFixture, copyFixture, git, temporaryFolder } from '../helpers/repository.js';

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
