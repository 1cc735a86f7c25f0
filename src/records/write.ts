/** Writing at the file-system edge: whole files or nothing. */
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { InputError } from '../errors.js';

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
