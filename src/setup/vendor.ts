/**
 * How the new records repository gets the tool: the install route chosen, and for the tarball route
 * the tarball under vendor/, the one given or this very tool packed.
 */

import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { InputError, UsageError } from '../lib/errors.js';
import { message } from '../messages/catalogue.js';
import type { InstallRoute } from './repository-files.js';

export function installRoute(option = 'tarball'): InstallRoute {
  const [kind, ...value] = option.split('=');
  const target = value.join('=');
  if (kind === 'tarball') return { kind, file: target };
  if (kind === 'git' && target) return { kind, url: target.startsWith('git+') ? target : `git+${target}` };
  if (kind === 'global' && target) return { kind, source: target };
  throw new UsageError(message('init/install-form', { value: option }));
}

/** The tarball the records repository pins, under vendor/: the one given, or this tool packed. */
export function vendorTarball(file: string, cwd: string): { path: string; content: Buffer } {
  if (file === '') return packThisTool();
  const source = resolve(cwd, file);
  if (!existsSync(source) || !source.endsWith('.tgz')) throw new UsageError(message('init/no-tarball', { file }));
  return { path: `vendor/${basename(source)}`, content: readFileSync(source) };
}

/** The folder of this package (the one holding its package.json), from the sources or from dist/. */
function packageRoot(): string {
  let folder = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(folder, 'package.json')) && dirname(folder) !== folder) folder = dirname(folder);
  return folder;
}

/**
 * The tool that runs, packed as the tarball the records repository pins: `npm pack` of this package's
 * own folder, into a temporary folder first, so that nothing is written when it fails.
 */
function packThisTool(): { path: string; content: Buffer } {
  const destination = mkdtempSync(join(tmpdir(), 'partnership-pack-'));
  try {
    execFileSync(
      'npm',
      // A cache of its own, in the temporary folder: npm writes its logs there, never into a work tree.
      [
        'pack',
        packageRoot(),
        '--ignore-scripts',
        '--pack-destination',
        destination,
        '--cache',
        join(destination, 'npm-cache'),
        '--loglevel=error',
        '--offline',
      ],
      { stdio: ['ignore', 'pipe', 'pipe'], timeout: 120_000 },
    );
    const [file] = readdirSync(destination).filter((name) => name.endsWith('.tgz'));
    if (!file) throw new Error('npm pack wrote no tarball');
    return { path: `vendor/${file}`, content: readFileSync(join(destination, file)) };
  } catch (error) {
    throw new InputError(message('init/cannot-pack', { detail: (error as Error).message.split('\n')[0] ?? '' }));
  } finally {
    rmSync(destination, { recursive: true, force: true });
  }
}
