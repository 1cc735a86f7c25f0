/**
 * The spawned tests run the built bundle, so a bundle older than the sources
 * would test yesterday's code: refuse to start, and say what to run.
 * `npm test` builds first; a bare `vitest` after an edit does not.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from './repository.js';

const SOURCES = ['src', 'builtin-templates', 'build.mjs', 'package.json'];

function newestChange(path: string): number {
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newestChange(join(path, name))));
}

export default function checkBundleIsFresh(): void {
  const bundle = join(PROJECT_ROOT, 'dist', 'partnership.cjs');
  let built: number;
  try {
    built = statSync(bundle).mtimeMs;
  } catch {
    throw new Error('dist/partnership.cjs is missing: run npm run build first (npm test does)');
  }
  const changed = Math.max(...SOURCES.map((source) => newestChange(join(PROJECT_ROOT, source))));
  if (changed > built)
    throw new Error('dist/partnership.cjs is older than the sources: run npm run build first (npm test does)');
}
