/**
 * A second agreement in two commands: `init` with options, or in a terminal by answering its questions,
 * gives a records repository that validates, answers next-meeting and carries its workflow; each install
 * route gives the pinned tool, run with `npx --no-install`.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validateWorkflow } from '@action-validator/core';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { BIN, runCli } from '../helpers/cli.js';
import { GIT_IDENTITY, INIT_FILES, INIT_OPTIONS, INIT_TODAY } from '../helpers/init.js';
import { npmFreeEnvironment } from '../helpers/npm.js';
import { copyFixture, git, temporaryFolder } from '../helpers/repository.js';

const OPTIONS = [...INIT_OPTIONS, '--per-year', '3'];
const TODAY = INIT_TODAY;

// What init vendors when given a tarball; only the routes' test installs one, the one init packed.
let tarball: string;
beforeAll(() => {
  const folder = mkdtempSync(join(tmpdir(), 'partnership-tarball-'));
  tarball = join(folder, 'ks-samarbeid-partnership-0.1.0.tgz');
  writeFileSync(tarball, 'a tarball init copies as it is');
  return () => rmSync(folder, { recursive: true, force: true });
});

beforeEach(() => {
  // init commits as whoever git says; the machine that runs the tests may have no identity.
  for (const [name, value] of Object.entries(GIT_IDENTITY)) vi.stubEnv(name, value);
});

function files(folder: string, under = ''): string[] {
  return readdirSync(join(folder, under), { withFileTypes: true }).flatMap((entry) =>
    entry.name === '.git'
      ? []
      : entry.isDirectory()
        ? files(folder, join(under, entry.name))
        : [join(under, entry.name)],
  );
}

describe('partnership init with options', () => {
  it('makes a repository that validates at once, answers next-meeting, and carries its workflow', async () => {
    const parent = temporaryFolder();
    const { code, stdout, stderr } = await runCli(
      ['init', 'avtale', ...OPTIONS, '--install', `tarball=${tarball}`, ...TODAY],
      { cwd: parent },
    );
    expect(code, stderr).toBe(0);
    const folder = join(parent, 'avtale');
    expect(stdout).toMatch(/^Created the records of "Samarbeidsavtale mellom KS og .*" in avtale:\n/);
    expect(files(folder).sort()).toEqual(INIT_FILES);
    expect(git(folder, 'log', '--format=%s')).toBe(
      'Create the records of Samarbeidsavtale mellom KS og Kommunal- og distriktsdepartementet om digitalisering\n',
    );
    expect(git(folder, 'status', '--porcelain')).toBe('');

    const validate = await runCli(['validate', '--strict', ...TODAY], { cwd: folder });
    expect(validate.code, validate.stdout).toBe(0);
    expect(validate.stdout).toBe('✔ 1 record checked: no problems\n');
    const next = JSON.parse((await runCli(['next-meeting', '--json', ...TODAY], { cwd: folder })).stdout);
    expect(next).toMatchObject({ source: 'proposed', chair: 'ks', convener: 'ks', in_term: true });

    const agreement = readFileSync(join(folder, 'agreement/agreement.md'), 'utf8');
    expect(agreement).toContain('  per_year: 3 # meetings a year, at least\n');
    expect(agreement).toContain('  - id: kdd\n    name: Kommunal- og distriktsdepartementet\n    short: KDD\n');
    const workflow = readFileSync(join(folder, '.github/workflows/records.yml'), 'utf8');
    expect(validateWorkflow(workflow).errors).toEqual([]);
    expect(workflow).toContain(
      'run: trusted/node_modules/.bin/partnership validate --repo records --format github --base "origin/$BASE"',
    );
    expect(JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')).devDependencies).toEqual({
      '@ks-samarbeid/partnership': 'file:vendor/ks-samarbeid-partnership-0.1.0.tgz',
    });
    expect(readFileSync(join(folder, 'README.md'), 'utf8')).toMatch(
      /^# Samarbeidsavtale mellom KS og .*\n\nDette repositoriet er arkivet/,
    );
  });

  it('records who signs for a party when told, and leaves the other without', async () => {
    const parent = temporaryFolder();
    const { code, stderr } = await runCli(
      [
        'init',
        'avtale',
        ...OPTIONS,
        '--signatory',
        'ks=Kari Nordmann, styreleder i KS',
        '--install',
        `tarball=${tarball}`,
        ...TODAY,
      ],
      { cwd: parent },
    );
    expect(code, stderr).toBe(0);
    const agreement = readFileSync(join(parent, 'avtale/agreement/agreement.md'), 'utf8');
    expect(agreement).toContain(
      '    short: KS\n    signatory:\n      name: Kari Nordmann\n      title: styreleder i KS\n',
    );
    expect(agreement).not.toMatch(/short: KDD\n\s+signatory/);
    const protocol = await runCli(['renew', '--year', '2029', '--decided', '2028-11-01', '--today', '2028-11-01'], {
      cwd: join(parent, 'avtale'),
    });
    expect(protocol.code, protocol.stderr).toBe(0);
    expect(protocol.stdout).toMatch(/\| Kari Nordmann, styreleder i KS \| {2}\|\n$/);
  });

  it('refuses a folder that already holds an agreement, and changes nothing', async () => {
    const folder = copyFixture();
    const before = files(folder).map((path) => [path, readFileSync(join(folder, path), 'utf8')]);
    const { code, stderr } = await runCli(['init', '.', ...OPTIONS, '--install', `tarball=${tarball}`], {
      cwd: folder,
    });
    expect(code).toBe(1);
    expect(stderr).toMatch(/already holds an agreement, and nothing was written/);
    expect(files(folder).map((path) => [path, readFileSync(join(folder, path), 'utf8')])).toEqual(before);
    expect(existsSync(join(folder, '.git'))).toBe(false);
  });

  /** A home folder: what a first commit of "everything here" would publish. */
  function homeFolder(): string {
    const home = temporaryFolder();
    mkdirSync(join(home, '.ssh'));
    writeFileSync(join(home, '.ssh', 'id_ed25519'), '-----BEGIN OPENSSH PRIVATE KEY-----\n');
    writeFileSync(join(home, 'secrets.env'), 'TOKEN=hemmelig\n');
    writeFileSync(join(home, '.bash_history'), 'ls\n');
    writeFileSync(join(home, 'notes.md'), '# Notater\n');
    return home;
  }

  it('refuses a folder that holds anything, or a git repository with changes, and writes nothing', async () => {
    const home = homeFolder();
    const refused = await runCli(['init', '.', ...OPTIONS, '--install', `tarball=${tarball}`, ...TODAY], { cwd: home });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(
      /already holds .*notes\.md.*: init writes into a new or empty folder, and nothing was written\. Name a new folder, or give --allow-existing/,
    );
    expect(files(home).sort()).toEqual(['.bash_history', '.ssh/id_ed25519', 'notes.md', 'secrets.env']);
    expect(existsSync(join(home, '.git'))).toBe(false);

    // An empty clone is a new folder; one with a change staged is not.
    const clone = temporaryFolder();
    git(clone, 'init', '--quiet');
    writeFileSync(join(clone, 'utkast.md'), 'x\n');
    git(clone, 'add', 'utkast.md');
    rmSync(join(clone, 'utkast.md'));
    const staged = await runCli(['init', '.', ...OPTIONS, '--install', `tarball=${tarball}`, ...TODAY], { cwd: clone });
    expect(staged.code).toBe(1);
    expect(staged.stderr).toMatch(/is a git repository with uncommitted changes, and nothing was written/);
    git(clone, 'rm', '--quiet', '--cached', 'utkast.md');
    const empty = await runCli(['init', '.', ...OPTIONS, '--install', `tarball=${tarball}`, ...TODAY], { cwd: clone });
    expect(empty.code, empty.stderr).toBe(0);
  });

  it('with --allow-existing, writes beside what is there and commits exactly the files it wrote', async () => {
    const home = homeFolder();
    git(home, 'init', '--quiet');
    git(home, 'add', 'notes.md');
    const made = await runCli(
      ['init', '.', ...OPTIONS, '--install', `tarball=${tarball}`, '--allow-existing', ...TODAY],
      { cwd: home },
    );
    expect(made.code, made.stderr).toBe(0);
    const committed = git(home, 'show', '--name-only', '--format=', 'HEAD').trim().split('\n').sort();
    expect(committed).toEqual(INIT_FILES);
    // What the user had staged stays staged, and the rest stays untracked.
    expect(git(home, 'status', '--porcelain').split('\n').filter(Boolean).sort()).toEqual([
      '?? .bash_history',
      '?? .ssh/',
      '?? secrets.env',
      'A  notes.md',
    ]);
  });

  it('refuses a value with a control character (exit 2), prints it escaped, and writes nothing', async () => {
    const folder = temporaryFolder();
    const options = OPTIONS.map((option) => (option.startsWith('Samarbeidsavtale') ? `${option}\u001b[31m` : option));
    const { code, stdout, stderr } = await runCli(['init', 'avtale', ...options, '--install', `tarball=${tarball}`], {
      cwd: folder,
    });
    expect(code).toBe(2);
    expect(stdout + stderr).not.toContain('\u001b');
    expect(stderr).toMatch(
      /does not validate, and nothing was written: the file holds an invisible control character \(U\+001B\)/,
    );
    expect(readdirSync(folder)).toEqual([]);
  });

  it('without a terminal, names the options it needs (exit 2), and writes nothing', async () => {
    const folder = temporaryFolder();
    const { code, stderr } = await runCli(['init', 'avtale', '--title', 'Avtale'], { cwd: folder });
    expect(code).toBe(2);
    expect(stderr).toMatch(
      /^partnership: init needs --party ID:NAME:SHORT \(twice\), --signed D, --end D when it cannot ask in a terminal/,
    );
    expect(readdirSync(folder)).toEqual([]);
  });
});

/** Runs init in a pseudo-terminal (script(1)), answering each question when it is asked. */
function initInATerminal(cwd: string, args: string[], answers: Array<[question: RegExp, keys: string]>) {
  const command = [process.execPath, BIN, 'init', ...args].map((part) => `'${part.replace(/'/g, "'\\''")}'`).join(' ');
  return new Promise<{ code: number | null; output: string }>((resolve) => {
    const child = spawn('script', ['-qfec', command, '/dev/null'], {
      cwd,
      env: { ...npmFreeEnvironment(), TERM: 'dumb', NO_COLOR: '1' },
    });
    let output = '';
    let asked = 0;
    const pending = [...answers];
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const [next] = pending;
      // Inquirer redraws a question as it is typed; answer each once, when it first shows.
      if (next?.[0].test(output.slice(asked))) {
        asked = output.length;
        pending.shift();
        child.stdin.write(next[1]);
      }
    });
    const timer = setTimeout(() => child.kill(), 20_000);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

describe('partnership init in a terminal', () => {
  it('asks for what the options leave out, and the repository validates', async () => {
    const parent = temporaryFolder();
    const { code, output } = await initInATerminal(
      parent,
      ['avtale', '--install', `tarball=${tarball}`, '--today', '2026-11-27'],
      [
        [/The agreement's title/, 'Samarbeidsavtale om testing\r'],
        [/Party 1: a short id/, 'ks\r'],
        [/Party 1: the full name/, 'KS – Kommunesektorens organisasjon\r'],
        [/Party 1: the short name/, 'KS\r'],
        [/Party 2: a short id/, 'kdd\r'],
        [/Party 2: the full name/, 'Kommunal- og distriktsdepartementet\r'],
        [/Party 2: the short name/, 'KDD\r'],
        [/The date it was signed/, '20.11.2026\r'],
        [/The last day of its term/, '2028-12-31\r'],
        // The second choice: the ministry convenes.
        [/Who convenes the meetings/, '\u001b[B\r'],
      ],
    );
    expect(code, output).toBe(0);
    expect(output).toContain('Created the records of "Samarbeidsavtale om testing" in avtale:');
    const folder = join(parent, 'avtale');
    const agreement = readFileSync(join(folder, 'agreement/agreement.md'), 'utf8');
    expect(agreement).toContain('signed: 2026-11-20\n');
    expect(agreement).toContain('  convener: kdd\n');
    expect((await runCli(['validate', '--today', '2026-11-27'], { cwd: folder })).code).toBe(0);
    expect(execFileSync('git', ['log', '--oneline'], { cwd: folder, encoding: 'utf8' })).toMatch(/Create the records/);
  });
});
