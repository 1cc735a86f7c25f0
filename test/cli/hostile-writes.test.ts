/**
 * Hostile conditions for the commands that write: git in a state it cannot commit in, outputs a person
 * names. Two writers or a kill at once: concurrent-writes.test.ts; the reading side: hostile.test.ts.
 */
import { execFileSync } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  lstatSync,
  mkdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { committedFixture, copyFixture, git } from '../helpers/repository.js';

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
