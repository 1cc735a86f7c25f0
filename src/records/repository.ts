/** The file-system edge: find the records repository and read its files. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { InputError } from '../lib/errors.js';
import { AGREEMENT_PATH } from './paths.js';
import type { SourceFile } from './types.js';

const RECORD_FOLDERS: ReadonlyArray<[folder: string, suffix: string]> = [
  ['meetings', '.md'],
  ['annual-plans', '.md'],
];
/** What validate and the commands that write documents read besides the records. */
const DOCUMENT_FOLDERS: ReadonlyArray<[folder: string, suffix: string]> = [
  ['agreement/notices', '.md'],
  ['templates', '.md.hbs'],
];

/** The first folder at or above `start` that holds agreement/agreement.md. */
function findRepositoryRoot(start: string): string | undefined {
  for (let folder = resolve(start); ; folder = dirname(folder)) {
    if (isFile(join(folder, AGREEMENT_PATH))) return folder;
    if (dirname(folder) === folder) return undefined;
  }
}

export function requireRepositoryRoot(start: string, explicit: boolean): string {
  if (explicit) {
    if (!isFile(join(start, AGREEMENT_PATH))) {
      throw new InputError(`${resolve(start)} is not a partnership repository: it has no ${AGREEMENT_PATH}`);
    }
    return resolve(start);
  }
  const root = findRepositoryRoot(start);
  if (!root) {
    throw new InputError(
      `no partnership repository here: no folder from ${resolve(start)} upwards holds ${AGREEMENT_PATH}. Run the command inside the repository, or pass --repo DIR`,
    );
  }
  return root;
}

/** Every record file, and unless only the records are asked for, every notice and template; each read once. */
export function readRepository(root: string, only?: 'records'): SourceFile[] {
  const paths = [AGREEMENT_PATH];
  for (const [folder, suffix] of only === 'records' ? RECORD_FOLDERS : [...RECORD_FOLDERS, ...DOCUMENT_FOLDERS]) {
    for (const name of listFolder(join(root, folder))) {
      if (name.endsWith(suffix)) paths.push(`${folder}/${name}`);
    }
  }
  return paths.map((path) => ({ path, text: readText(root, path) }));
}

export function readText(root: string, path: string): string {
  try {
    return readFileSync(join(root, path), 'utf8');
  } catch (error) {
    throw new InputError(`cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
}

function listFolder(folder: string): string[] {
  try {
    return readdirSync(folder).sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw new InputError(`cannot read the folder ${folder}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}
