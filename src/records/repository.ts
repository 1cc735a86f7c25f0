/**
 * The file-system edge for reading: find the records repository and read its
 * files. Every file is treated as written by a stranger: only regular files
 * inside the repository are opened, never a link out of it, a FIFO or a device;
 * what is read is bounded, and decoded as strict UTF-8. A file that cannot be
 * read that way becomes a finding with its path, not an exception.
 */

import { isUtf8 } from 'node:buffer';
import {
  closeSync,
  constants,
  fstatSync,
  lstatSync,
  openSync,
  readdirSync,
  readFileSync,
  realpathSync,
  statSync,
} from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { InputError } from '../lib/errors.js';
import { printable } from '../lib/printable.js';
import { message } from '../messages/catalogue.js';
import { AGREEMENT_PATH } from './paths.js';
import type { FileProblem, SourceFile } from './types.js';

/** A record, template or notice larger than this is not read: the real ones are a few kilobytes. */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;

const RECORD_FOLDERS: ReadonlyArray<[folder: string, suffixes: readonly string[]]> = [
  ['meetings', ['.md']],
  ['annual-plans', ['.md']],
];
/** What validate and the commands that write documents read besides the records: notices, templates and the documents' styles. */
const DOCUMENT_FOLDERS: ReadonlyArray<[folder: string, suffixes: readonly string[]]> = [
  ['agreement/notices', ['.md']],
  ['templates', ['.md.hbs', 'document.css', 'styles.xml']],
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
      throw new InputError(
        message('repository/not-a-repository', { folder: resolve(start), agreement: AGREEMENT_PATH }),
      );
    }
    return resolve(start);
  }
  const root = findRepositoryRoot(start);
  if (!root) {
    throw new InputError(message('repository/none-found', { folder: resolve(start), agreement: AGREEMENT_PATH }));
  }
  return root;
}

/**
 * Every record, and unless only the records are asked for, every notice and template; each read
 * once. A folder's files are taken whatever the case of their ending (a `.MD` is read, and the
 * rules ask for it to be renamed).
 */
export function readRepository(root: string, only?: 'records'): SourceFile[] {
  const realRoot = realpathSync(root);
  const files = [readRepositoryFile(realRoot, AGREEMENT_PATH)];
  for (const [folder, suffixes] of only === 'records' ? RECORD_FOLDERS : [...RECORD_FOLDERS, ...DOCUMENT_FOLDERS]) {
    const listing = listFolder(realRoot, folder);
    if ('problem' in listing) {
      files.push({ path: folder, text: '', problem: listing.problem });
      continue;
    }
    for (const name of listing.names) {
      if (!suffixes.some((suffix) => name.toLowerCase().endsWith(suffix))) continue;
      const path = `${folder}/${name}`;
      files.push(
        printable(name) === name
          ? readListedFile(realRoot, listing.real, path, name)
          : {
              path,
              text: '',
              problem: { message: message('file/control-character-in-name') },
            },
      );
    }
  }
  return files;
}

/** A file of the repository as text, or the reason it was not read. `root` is a real path. */
export function readRepositoryFile(root: string, path: string): SourceFile {
  const where = inside(root, join(root, path));
  if ('problem' in where) return { path, text: '', problem: where.problem };
  let descriptor: number;
  try {
    descriptor = openUnfollowed(where.real);
  } catch (error) {
    throw new InputError(
      message('repository/cannot-read', { path, reason: (error as NodeJS.ErrnoException).code ?? String(error) }),
    );
  }
  return readOpened(descriptor, path);
}

/**
 * A file listed in a folder whose real path is known to be inside the repository: a name that is not
 * a link is that folder's own entry, so it is opened at once (one system call, not a walk of the
 * path); a link, which the open refuses to follow, takes the full check of where it leads.
 */
function readListedFile(root: string, realFolder: string, path: string, name: string): SourceFile {
  let descriptor: number;
  try {
    descriptor = openUnfollowed(join(realFolder, name));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ELOOP') return readRepositoryFile(root, path);
    throw new InputError(
      message('repository/cannot-read', { path, reason: (error as NodeJS.ErrnoException).code ?? String(error) }),
    );
  }
  return readOpened(descriptor, path);
}

/** O_NOFOLLOW and O_NONBLOCK: a file swapped for a link or a FIFO after it was checked is still never followed or waited on. */
function openUnfollowed(real: string): number {
  return openSync(real, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
}

function readOpened(descriptor: number, path: string): SourceFile {
  try {
    const stats = fstatSync(descriptor);
    if (!stats.isFile()) return { path, text: '', problem: notAFile(stats) };
    if (stats.size > MAX_FILE_BYTES) return { path, text: '', problem: tooLarge(stats.size) };
    const decoded = decodeText(readFileSync(descriptor));
    return 'problem' in decoded ? { path, text: '', problem: decoded.problem } : { path, text: decoded.text };
  } finally {
    closeSync(descriptor);
  }
}

/**
 * The real path of a file, when it is inside the repository, outside its .git folder, and a regular
 * file; why not otherwise. Every component of the path counts: a folder on the way that is a link
 * out of the repository is followed no more than the file itself would be.
 */
function inside(root: string, path: string): { real: string } | { problem: FileProblem } {
  const stats = lstatSync(path, { throwIfNoEntry: false });
  if (!stats) return { problem: { message: message('file/missing') } };
  const target = linkTarget(root, path);
  if (target === 'dangling') {
    return { problem: { message: message('file/dangling-link') } };
  }
  if (target === 'outside') {
    return {
      problem: {
        message: stats.isSymbolicLink() ? message('file/link-outside') : message('file/folder-link-outside'),
      },
    };
  }
  if (target === 'git') return { problem: { message: GIT_FOLDER_PROBLEM } };
  const real = statSync(target);
  return real.isFile() ? { real: target } : { problem: notAFile(real) };
}

function notAFile(stats: { isDirectory(): boolean; isFIFO(): boolean }): FileProblem {
  const kind = stats.isDirectory() ? 'folder' : stats.isFIFO() ? 'fifo' : 'device';
  return { message: message('file/not-a-regular-file', { kind }) };
}

function tooLarge(size: number): FileProblem {
  return {
    message: message('file/too-large', {
      megabytes: (size / 1024 / 1024).toFixed(1),
      limit: MAX_FILE_BYTES / 1024 / 1024,
    }),
  };
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** Strict UTF-8: a byte that is not UTF-8, a UTF-16 file or a NUL byte is a problem with its line. */
export function decodeText(bytes: Uint8Array): { text: string } | { problem: FileProblem } {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { problem: { message: message('file/utf-16') } };
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    return {
      problem: {
        line: lineAt(bytes, nul),
        message: message('file/nul-byte'),
      },
    };
  }
  // isUtf8 checks in native code; only a file that fails it is looked through again to find where.
  if (isUtf8(bytes)) return { text: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8') };
  const offset = firstInvalidUtf8(bytes);
  return {
    problem: {
      line: lineAt(bytes, offset),
      message: message('file/not-utf-8', { byte: (bytes[offset] ?? 0).toString(16).toUpperCase() }),
    },
  };
}

function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let index = 0; index < offset; index += 1) if (bytes[index] === 0x0a) line += 1;
  return line;
}

/** The offset of the first byte that does not belong to a well-formed UTF-8 sequence. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let index = 0;
  while (index < bytes.length) {
    const byte = bytes[index] ?? 0;
    const length =
      byte < 0x80
        ? 1
        : byte >= 0xc2 && byte < 0xe0
          ? 2
          : byte >= 0xe0 && byte < 0xf0
            ? 3
            : byte >= 0xf0 && byte < 0xf5
              ? 4
              : 0;
    if (length === 0) return index;
    try {
      UTF8.decode(bytes.subarray(index, index + length));
    } catch {
      return index;
    }
    index += length;
  }
  return bytes.length;
}

/** The names in a folder of the repository; a folder that is a link out of it is a problem, not followed. */
function listFolder(root: string, folder: string): { names: string[]; real: string } | { problem: FileProblem } {
  const path = join(root, folder);
  const stats = lstatSync(path, { throwIfNoEntry: false });
  if (!stats) return { names: [], real: path };
  const target = linkTarget(root, path);
  if (target === 'dangling') return { names: [], real: path };
  if (target === 'outside') {
    return {
      problem: {
        message: message('file/records-folder-link-outside'),
      },
    };
  }
  if (target === 'git') return { problem: { message: GIT_FOLDER_PROBLEM } };
  if (!stats.isSymbolicLink() && !stats.isDirectory()) {
    return { problem: { message: message('file/not-a-folder') } };
  }
  try {
    return { names: readdirSync(target).sort(), real: target };
  } catch (error) {
    throw new InputError(
      message('repository/cannot-read-folder', {
        folder,
        reason: (error as NodeJS.ErrnoException).code ?? String(error),
      }),
    );
  }
}

const GIT_FOLDER_PROBLEM = message('file/git-folder');

/** Where a path really leads, every link on the way followed: a real path inside the repository and outside its .git, or why not. `root` is a real path. */
function linkTarget(root: string, path: string): string | 'dangling' | 'outside' | 'git' {
  let real: string;
  try {
    real = realpathSync.native(path);
  } catch {
    return 'dangling';
  }
  if (!isInside(root, real)) return 'outside';
  return relative(root, real).split(/[\\/]/).includes('.git') ? 'git' : real;
}

/** Whether a real path lies inside the folder `root` (a real path too). */
export function isInside(root: string, real: string): boolean {
  const fromRoot = relative(root, real);
  return !fromRoot.startsWith('..') && !isAbsolute(fromRoot);
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}
