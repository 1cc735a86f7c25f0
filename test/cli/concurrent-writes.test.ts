import { existsSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { stageChange } from '../../src/writing/write.js';
import { type CliResult, runCli, spawnCli, spawnCliAsync } from '../helpers/cli.js';
import { GIT_IDENTITY, INIT_OPTIONS, INIT_TODAY } from '../helpers/init.js';
import { copyFixture, git, temporaryFolder } from '../helpers/repository.js';

const AGREEMENT = 'agreement/agreement.md';
const RENEW = ['renew', '--year', '2019', '--today', '2018-11-15'];

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
