'use strict';
/**
 * Node 22 and later cache compiled code between runs (module.enableCompileCache). Node 20 does not, and
 * there compiling the bundle is a third of a short command's time. This gives Node 20 the same: each
 * bundle of dist/ is compiled with V8's code cache from the last run of the same command, and when there
 * was none (or V8 rejected it: another Node, another bundle), the cache is written as the process exits,
 * holding every function that run compiled. The cache lives in a folder of this user's own (0700, not a
 * link), as Node's does; NODE_DISABLE_COMPILE_CACHE turns it off, as it does Node's.
 */
const { createHash, randomBytes } = require('node:crypto');
const { lstatSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } = require('node:fs');
const Module = require('node:module');
const { tmpdir } = require('node:os');
const { basename, dirname, join } = require('node:path');
const { Script } = require('node:vm');

/** A folder only this user can write, or undefined: a cache others could write would be code they run. */
function cacheFolder() {
  const uid = process.getuid?.();
  if (uid === undefined) return undefined;
  const folder = join(tmpdir(), `partnership-code-cache-${uid}`);
  try {
    mkdirSync(folder, { mode: 0o700 });
  } catch (error) {
    if (error.code !== 'EEXIST') return undefined;
  }
  const stat = lstatSync(folder, { throwIfNoEntry: false });
  return stat?.isDirectory() && stat.uid === uid && (stat.mode & 0o077) === 0 ? folder : undefined;
}

function writeWhole(path, data) {
  const temporary = `${path}.${randomBytes(6).toString('hex')}`;
  try {
    writeFileSync(temporary, data, { mode: 0o600, flag: 'wx' });
    renameSync(temporary, path);
  } catch {
    rmSync(temporary, { force: true });
  }
}

/** Removes the caches of earlier bundles or Nodes for the commands just written: one set a command, not one a version. */
function pruneOlder(folder, written) {
  if (written.length === 0) return;
  const kept = new Set(written.map(({ path }) => basename(path)));
  const commands = new Set(written.map(({ commandKey }) => `${commandKey}-`));
  try {
    for (const name of readdirSync(folder))
      if (!kept.has(name) && [...commands].some((prefix) => name.startsWith(prefix)))
        rmSync(join(folder, name), { force: true });
  } catch {
    // A cache not pruned costs disk, never a wrong answer.
  }
}

/** Compiles the modules in `bundles` (a folder) through the code cache kept for `command`. */
exports.useCodeCache = function useCodeCache(bundles, command) {
  if (typeof Module.enableCompileCache === 'function') {
    Module.enableCompileCache();
    return;
  }
  if (process.env.NODE_DISABLE_COMPILE_CACHE) return;
  const folder = cacheFolder();
  if (!folder) return;
  const toWrite = [];
  const compile = Module.prototype._compile;
  Module.prototype._compile = function compileWithCodeCache(content, filename) {
    if (dirname(filename) !== bundles) return compile.call(this, content, filename);
    // Named by the command and the bundle, then by Node's version and the bundle's content: a new cache
    // replaces that command's older ones for that bundle.
    const commandKey = createHash('sha256').update(command).update('\0').update(filename).digest('hex').slice(0, 12);
    const key = createHash('sha256').update(process.version).update(content).digest('hex');
    const path = join(folder, `${commandKey}-${key.slice(0, 32)}.bin`);
    let cachedData;
    try {
      cachedData = readFileSync(path);
    } catch {
      cachedData = undefined;
    }
    const script = new Script(Module.wrap(content), { filename, cachedData });
    if (cachedData === undefined || script.cachedDataRejected) toWrite.push({ script, path, commandKey, folder });
    const require = (id) => this.require(id);
    require.resolve = (request, options) => Module._resolveFilename(request, this, false, options);
    require.cache = Module._cache;
    require.main = process.mainModule;
    return script.runInThisContext().call(this.exports, this.exports, require, this, filename, dirname(filename));
  };
  process.once('exit', () => {
    for (const { script, path } of toWrite) writeWhole(path, script.createCachedData());
    pruneOlder(folder, toWrite);
  });
};
