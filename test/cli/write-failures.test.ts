/**
 * Writes the machine stops, and locks no run holds: a lock left with empty or garbage content is taken
 * over at once with a note; a full disk and a folder the user may not write give a plain message (exit 2),
 * leave no lock and no temporary file behind, and change no record. The full disk is real: a small
 * tmpfs in a mount namespace of its own (so as root, as CI runs); the read-only folder is real too,
 * written by an unprivileged user.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, runCli } from '../helpers/cli.js';
import { copyFixture, PROJECT_ROOT, temporaryFolder } from '../helpers/repository.js';

const NEW_MEETING = ['new', 'meeting', '--date', '2018-11-20', '--today', '2018-10-01'];
const isRoot = process.getuid?.() === 0;
const canMount = isRoot && spawnSync('unshare', ['-m', 'true']).status === 0;

/** What a run left in the repository's root and its meetings. */
function leftovers(folder: string): string[] {
  return [
    ...readdirSync(folder).filter((name) => name.startsWith('.partnership')),
    ...readdirSync(join(folder, 'meetings')).filter((name) => name.endsWith('.tmp')),
  ];
}

describe('a lock that no live run holds', () => {
  it.each([
    ['empty', ''],
    ['garbage', 'garbage\u0000\u00ff'],
    ['a bare number', '12345'],
    ['JSON that names no run', '{"pid":"x"}'],
  ])('%s: taken over at once, with a note, and the change made', async (_, content) => {
    const folder = copyFixture();
    writeFileSync(join(folder, '.partnership.lock'), content);
    const { code, stderr } = await runCli(NEW_MEETING, { cwd: folder });
    expect(code, stderr).toBe(0);
    expect(stderr).toMatch(
      /^Took over \.partnership\.lock, which names no run \(a crash or a hand left it\): no live command holds it\n/,
    );
    expect(existsSync(join(folder, 'meetings/2018-11-20.md'))).toBe(true);
    expect(leftovers(folder)).toEqual([]);
  });

  it('one left by a process that is gone: taken over, saying whose it was', async () => {
    const folder = copyFixture();
    const host = (await import('node:os')).hostname();
    writeFileSync(join(folder, '.partnership.lock'), JSON.stringify({ pid: 999_999_999, host, since: 0, token: 't' }));
    const { code, stderr } = await runCli(NEW_MEETING, { cwd: folder });
    expect(code, stderr).toBe(0);
    expect(stderr).toContain(
      `Took over .partnership.lock, left by process 999999999 on ${host}, which is no longer running`,
    );
  });
});

describe('a full disk', () => {
  it.skipIf(!canMount)('while taking the lock: a plain message, exit 2, and nothing left behind', () => {
    const folder = temporaryFolder();
    // The records on a 1 MiB tmpfs that is then filled: every new file with content fails with ENOSPC.
    const script = `set -e
mount -t tmpfs -o size=1m tmpfs "$1"
cp -r "$2" "$1/records"
head -c 2m /dev/zero > "$1/fill" 2>/dev/null || true
cd "$1/records"
set +e
"$3" "$4" ${NEW_MEETING.join(' ')} 2>&1
echo "exit=$?"
ls -A . meetings`;
    const result = spawnSync(
      'unshare',
      [
        '-m',
        'sh',
        '-c',
        script,
        'full-disk',
        folder,
        join(PROJECT_ROOT, 'test/fixtures/ks-kmd-2018'),
        process.execPath,
        BIN,
      ],
      { encoding: 'utf8', timeout: 20_000 },
    );
    expect(result.status, result.stderr).toBe(0);
    const [message, exit, ...listing] = result.stdout.trim().split('\n');
    expect(message).toMatch(
      /^partnership: cannot write in .*\/records, and nothing was changed: the disk is full: free some space \(ENOSPC\)$/,
    );
    expect(exit).toBe('exit=2');
    expect(listing.filter((name) => /partnership|\.tmp$/.test(name))).toEqual([]);
    expect(listing).not.toContain('2018-11-20.md');
  });
});

describe('a folder the user may not write', () => {
  /** The built tool and the records where an unprivileged user can read them; run as that user when the tests run as root. */
  function asUnprivileged(prepare: (records: string) => void) {
    const folder = temporaryFolder();
    chmodSync(folder, 0o755);
    const tool = join(folder, 'tool');
    for (const part of ['bin', 'dist', 'builtin-templates', 'package.json'])
      cpSync(join(PROJECT_ROOT, part), join(tool, part), {
        recursive: true,
        filter: (source) => !source.endsWith('.map'),
      });
    const records = join(folder, 'records');
    copyFixture('ks-kmd-2018', records);
    prepare(records);
    const result = spawnSync(process.execPath, [join(tool, 'bin', 'partnership.js'), ...NEW_MEETING], {
      cwd: records,
      encoding: 'utf8',
      timeout: 20_000,
      ...(isRoot ? { uid: 65_534, gid: 65_534 } : {}),
    });
    // The Node that runs the tests must be one that user can run too (CI unpacks Node 22 and 24 where others can read).
    expect(result.error, String(result.error)).toBeUndefined();
    return { records, code: result.status, stderr: result.stderr };
  }

  it('the repository itself, while taking the lock: a plain message, exit 2, nothing left behind', () => {
    const { records, code, stderr } = asUnprivileged((records) => chmodSync(records, 0o555));
    expect(stderr).toMatch(
      /^partnership: cannot write in .*\/records, and nothing was changed: permission denied: run it as a user who may write there \(EACCES\)\n$/,
    );
    expect(code).toBe(2);
    chmodSync(records, 0o755);
    expect(leftovers(records)).toEqual([]);
  });

  it('the meetings folder, with the lock held: a plain message, exit 2, the lock released, nothing written', () => {
    const { records, code, stderr } = asUnprivileged((records) => {
      chmodSync(records, 0o777);
      chmodSync(join(records, 'meetings'), 0o555);
    });
    expect(stderr).toMatch(
      /^partnership: cannot write meetings\/2018-11-20\.md: permission denied: run it as a user who may write there \(EACCES\)\. Nothing was written\n$/,
    );
    expect(code).toBe(2);
    expect(leftovers(records)).toEqual([]);
    expect(existsSync(join(records, 'meetings/2018-11-20.md'))).toBe(false);
  });
});
