/**
 * Compiled code cached between runs on Node 20 (bin/code-cache.js; Node 22 and later use their own
 * cache): the cache is written once, used after, survives being corrupted, and is never read from a
 * folder another user could have written.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import Module from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN } from '../helpers/cli.js';
import { fixturePath, temporaryFolder } from '../helpers/repository.js';

const hasOwnCache = typeof (Module as { enableCompileCache?: unknown }).enableCompileCache === 'function';
const uid = process.getuid?.() ?? 0;

function validate(tmp: string, env: Record<string, string> = {}) {
  const result = spawnSync(
    process.execPath,
    [BIN, 'validate', '--repo', fixturePath('ks-kmd-2018'), '--today', '2018-12-31'],
    { encoding: 'utf8', env: { ...process.env, TMPDIR: tmp, ...env }, timeout: 20_000 },
  );
  return `${result.status} ${result.stdout}${result.stderr}`;
}

const OK = '0 ✔ 6 records checked: no problems\n';

describe.skipIf(hasOwnCache)('the code cache on Node 20', () => {
  it('is written by the first run, read by the next, and rewritten when it is not V8’s', () => {
    const tmp = temporaryFolder();
    const folder = join(tmp, `partnership-code-cache-${uid}`);
    expect(validate(tmp)).toBe(OK);
    const [cache] = readdirSync(folder);
    expect(cache).toMatch(/^[0-9a-f]{12}-[0-9a-f]{32}\.bin$/);
    expect(validate(tmp)).toBe(OK);
    writeFileSync(join(folder, cache as string), 'not a code cache');
    expect(validate(tmp)).toBe(OK);
    expect(readdirSync(folder)).toEqual([cache]);
  });

  it("keeps one cache a command and bundle: a new bundle's cache replaces the old one", () => {
    const tmp = temporaryFolder();
    const folder = join(tmp, `partnership-code-cache-${uid}`);
    expect(validate(tmp)).toBe(OK);
    const [cache] = readdirSync(folder);
    const stale = `${(cache as string).slice(0, 13)}${'0'.repeat(32)}.bin`;
    writeFileSync(join(folder, stale), 'an older bundle');
    writeFileSync(join(folder, 'ffffffffffff-00000000000000000000000000000000.bin'), 'another command');
    rmSync(join(folder, cache as string));
    expect(validate(tmp)).toBe(OK);
    expect(readdirSync(folder).sort()).toEqual([cache, 'ffffffffffff-00000000000000000000000000000000.bin'].sort());
  });

  it('is not read from, nor written to, a folder others may write or a link', () => {
    const open = temporaryFolder();
    mkdirSync(join(open, `partnership-code-cache-${uid}`));
    chmodSync(join(open, `partnership-code-cache-${uid}`), 0o777);
    expect(validate(open)).toBe(OK);
    expect(readdirSync(join(open, `partnership-code-cache-${uid}`))).toEqual([]);

    const linked = temporaryFolder();
    const elsewhere = temporaryFolder();
    chmodSync(elsewhere, 0o700);
    symlinkSync(elsewhere, join(linked, `partnership-code-cache-${uid}`));
    expect(validate(linked)).toBe(OK);
    expect(readdirSync(elsewhere)).toEqual([]);
  });

  it('is off with NODE_DISABLE_COMPILE_CACHE, as Node’s own is', () => {
    const tmp = temporaryFolder();
    expect(validate(tmp, { NODE_DISABLE_COMPILE_CACHE: '1' })).toBe(OK);
    expect(existsSync(join(tmp, `partnership-code-cache-${uid}`))).toBe(false);
  });
});
