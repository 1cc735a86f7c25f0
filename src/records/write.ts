/** Writing at the file-system edge: whole files or nothing. */

import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { InputError } from '../lib/errors.js';

/** Writes to a temporary file beside the target, then renames it over: a failure never leaves half a file. */
export function writeFileAtomic(path: string, content: string): void {
  mkdirSync(dirname(path), { recursive: true });
  const temporary = join(dirname(path), `.${randomBytes(6).toString('hex')}.partnership.tmp`);
  try {
    writeFileSync(temporary, content, { flag: 'wx' });
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}

/** writeFileAtomic for a file the user named: a failure is their input's problem (exit 2), said plainly. */
export function writeUserFile(path: string, content: string): void {
  try {
    writeFileAtomic(path, content);
  } catch (error) {
    throw new InputError(`cannot write ${path}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
}

export interface FileChange {
  /** Absolute path. */
  path: string;
  content: string;
}

/**
 * Writes several files as one change: all temporary files first, then renamed
 * into place in order. A failure at any step puts back what was already
 * renamed, so the files are either all written or all as they were.
 */
export function writeFilesAtomically(changes: readonly FileChange[]): void {
  const staged: Array<FileChange & { temporary: string; original: string | null }> = [];
  try {
    for (const change of changes) {
      mkdirSync(dirname(change.path), { recursive: true });
      const temporary = join(dirname(change.path), `.${randomBytes(6).toString('hex')}.partnership.tmp`);
      const original = existsSync(change.path) ? readFileSync(change.path, 'utf8') : null;
      staged.push({ ...change, temporary, original });
      writeFileSync(temporary, change.content, { flag: 'wx' });
    }
  } catch (error) {
    for (const file of staged) rmSync(file.temporary, { force: true });
    throw error;
  }
  const renamed: typeof staged = [];
  try {
    for (const file of staged) {
      renameSync(file.temporary, file.path);
      renamed.push(file);
    }
  } catch (error) {
    restoreFiles(renamed);
    for (const file of staged) rmSync(file.temporary, { force: true });
    throw error;
  }
}

/** Puts files back as they were before a change: the original text, or no file. */
export function restoreFiles(files: ReadonlyArray<{ path: string; original: string | null }>): void {
  for (const file of files) {
    if (file.original === null) rmSync(file.path, { force: true });
    else writeFileAtomic(file.path, file.original);
  }
}
