/**
 * Writing at the file-system edge: whole files or nothing, several files as
 * one change that a killed run leaves completable, and outputs the user names
 * that can never replace what they must not.
 */

import { randomBytes } from 'node:crypto';
import {
  chmodSync,
  closeSync,
  existsSync,
  fsyncSync,
  lstatSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  realpathSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { InputError, UsageError, writeFailureReason } from '../lib/errors.js';
import { type Message, message } from '../messages/catalogue.js';
import { isInside } from '../records/repository.js';
import { LOCK_FILE } from './lock.js';

/** Beside each target while a change is written; a run after a kill removes any left. */
const TEMPORARY_NAME = /^\.[0-9a-f]{12}\.partnership\.tmp$/;
/** The folders a change of the records writes in, and where leftovers are looked for. */
const WRITTEN_FOLDERS = ['agreement', 'agreement/notices', 'meetings', 'annual-plans'];
/** What a multi-file change is about to rename, kept while it does, so a run after a kill can finish it. */
export const JOURNAL_FILE = '.partnership.journal';
/** What a --commit is about to do, kept until its commit stands (git/interrupted-commit.ts). */
export const INTENT_FILE = '.partnership.intent';

function temporaryBeside(path: string): string {
  return join(dirname(path), `.${randomBytes(6).toString('hex')}.partnership.tmp`);
}

/** A replacement keeps the permissions of the file it replaces. */
function keepModeOf(target: string, replacement: string): void {
  const existing = statSync(target, { throwIfNoEntry: false });
  if (existing) chmodSync(replacement, existing.mode & 0o7777);
}

/**
 * A new file written and flushed to the disk before anything refers to it: a rename that a power cut
 * keeps must never point at a file whose bytes it lost.
 */
function writeDurably(path: string, content: string | Uint8Array): void {
  const descriptor = openSync(path, 'wx');
  try {
    writeFileSync(descriptor, content);
    fsyncSync(descriptor);
  } finally {
    closeSync(descriptor);
  }
}

/** A folder's entries (the renames in it) flushed to the disk; where a folder cannot be opened so (Windows), the renames stand as the system keeps them. */
function syncFolder(folder: string): void {
  let descriptor: number | undefined;
  try {
    descriptor = openSync(folder, 'r');
    fsyncSync(descriptor);
  } catch {
    // Not every system lets a folder be synced; the writes are still whole.
  } finally {
    if (descriptor !== undefined) closeSync(descriptor);
  }
}

/** Writes to a temporary file beside the target, flushed, then renames it over: a failure or a power cut never leaves half a file. The mode of a replaced file is kept. */
export function writeFileAtomic(path: string, content: string | Uint8Array): void {
  mkdirSync(dirname(path), { recursive: true });
  const temporary = temporaryBeside(path);
  try {
    writeDurably(temporary, content);
    keepModeOf(path, temporary);
    renameSync(temporary, path);
    syncFolder(dirname(path));
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}

export interface FileChange {
  /** Relative to the repository root. */
  path: string;
  /** The new content, or null to remove the file (a meeting moved to another date leaves its old file). */
  content: string | Uint8Array | null;
}

interface Journal {
  description: string;
  renames: Array<{ temporary: string; target: string }>;
  /** Files the change removes, after its renames. */
  removals?: string[];
}

/** A change whose files are all written beside their targets, and journaled: only the renames and removals remain. */
export interface StagedChange {
  root: string;
  files: Array<{ temporary: string; target: string; original: string | null }>;
  removals: Array<{ target: string; original: string }>;
}

/**
 * Writes several files of the repository as one change: every temporary file
 * first, then a journal of the renames, then the renames, then the journal
 * removed. A failure before the journal removes the temporary files; one
 * during the renames puts back what was renamed. A kill during the renames
 * leaves the journal, and the next writing run finishes them (see
 * recoverInterruptedChange).
 */
export function writeFilesAtomically(
  root: string,
  changes: readonly FileChange[],
  description: string,
  checkpoint: Checkpoint = () => undefined,
): void {
  const staged = stageChange(root, changes, description);
  checkpoint('journaled');
  applyStagedChange(staged, checkpoint);
}

/** The first half of writeFilesAtomically: the temporary files and the journal. */
export function stageChange(root: string, changes: readonly FileChange[], description: string): StagedChange {
  const files: StagedChange['files'] = [];
  const removals: StagedChange['removals'] = [];
  try {
    for (const change of changes) {
      const target = join(root, change.path);
      if (change.content === null) {
        if (existsSync(target)) removals.push({ target, original: readFileSync(target, 'utf8') });
        continue;
      }
      mkdirSync(dirname(target), { recursive: true });
      const temporary = temporaryBeside(target);
      const original = existsSync(target) ? readFileSync(target, 'utf8') : null;
      files.push({ temporary, target, original });
      writeDurably(temporary, change.content);
      keepModeOf(target, temporary);
    }
    const journal: Journal = {
      description,
      renames: files.map(({ temporary, target }) => ({
        temporary: relative(root, temporary),
        target: relative(root, target),
      })),
      removals: removals.map(({ target }) => relative(root, target)),
    };
    writeFileAtomic(join(root, JOURNAL_FILE), JSON.stringify(journal, null, 2));
  } catch (error) {
    for (const file of files) rmSync(file.temporary, { force: true });
    throw error;
  }
  return { root, files, removals };
}

/** The second half: the renames, then the journal removed; a failure puts back what was renamed. */
export function applyStagedChange(
  { root, files, removals }: StagedChange,
  checkpoint: Checkpoint = () => undefined,
): void {
  const renamed: StagedChange['files'] = [];
  const removed: StagedChange['removals'] = [];
  try {
    for (const file of files) {
      renameSync(file.temporary, file.target);
      renamed.push(file);
      checkpoint(`renamed ${relative(root, file.target)}`);
    }
    for (const removal of removals) {
      rmSync(removal.target, { force: true });
      removed.push(removal);
      checkpoint(`removed ${relative(root, removal.target)}`);
    }
    const touched = [...files, ...removals].map((file) => dirname(file.target));
    for (const folder of new Set(touched)) syncFolder(folder);
  } catch (error) {
    restoreFiles(removed.map(({ target, original }) => ({ path: target, original })));
    restoreFiles(renamed.map(({ target, original }) => ({ path: target, original })));
    for (const file of files) rmSync(file.temporary, { force: true });
    rmSync(join(root, JOURNAL_FILE), { force: true });
    throw error;
  }
  rmSync(join(root, JOURNAL_FILE), { force: true });
  syncFolder(root);
}

/** A named step of a change, where a test may stop the process as a kill or a power cut would. */
export type Checkpoint = (step: string) => void;

/** Puts files back as they were before a change: the original text, or no file. */
export function restoreFiles(files: ReadonlyArray<{ path: string; original: string | null }>): void {
  for (const file of files) {
    if (file.original === null) rmSync(file.path, { force: true });
    else writeFileAtomic(file.path, file.original);
  }
}

/**
 * What a run that was killed mid-change left: a journal whose renames are
 * finished (the temporary files were all written before it), and temporary
 * files with no journal, which are removed. Returns what was done, to be told.
 */
export function recoverInterruptedChange(root: string): Message[] {
  const done: Message[] = [];
  const journalPath = join(root, JOURNAL_FILE);
  if (existsSync(journalPath)) {
    const journal = readJournal(journalPath);
    if (journal) {
      for (const { temporary, target } of journal.renames) {
        if (existsSync(join(root, temporary))) renameSync(join(root, temporary), join(root, target));
      }
      for (const target of journal.removals ?? []) rmSync(join(root, target), { force: true });
      done.push(
        message('recovery/finished', {
          description: journal.description,
          written: journal.renames.map(({ target }) => target),
          removed: journal.removals ?? [],
        }),
      );
    } else {
      done.push(message('recovery/removed-journal', { file: JOURNAL_FILE }));
    }
    rmSync(journalPath, { force: true });
  }
  let removed = 0;
  for (const folder of WRITTEN_FOLDERS) {
    const path = join(root, folder);
    if (!lstatSync(path, { throwIfNoEntry: false })?.isDirectory()) continue;
    for (const name of readdirSync(path)) {
      if (!TEMPORARY_NAME.test(name)) continue;
      rmSync(join(path, name), { force: true });
      removed += 1;
    }
  }
  if (removed > 0) {
    done.push(message('recovery/removed-temporary', { count: removed }));
  }
  return done;
}

/** The journal, if it names only renames this tool makes: a temporary file beside its target, in the records' folders. */
function readJournal(path: string): Journal | undefined {
  try {
    const journal = JSON.parse(readFileSync(path, 'utf8')) as Journal;
    const safe = (relativePath: unknown) =>
      typeof relativePath === 'string' && !isAbsolute(relativePath) && !relativePath.split(/[\\/]/).includes('..');
    const inRecordFolder = (relativePath: unknown) =>
      safe(relativePath) && WRITTEN_FOLDERS.includes(dirname(relativePath as string));
    const valid =
      typeof journal.description === 'string' &&
      (journal.removals === undefined || (Array.isArray(journal.removals) && journal.removals.every(inRecordFolder))) &&
      Array.isArray(journal.renames) &&
      journal.renames.every(
        ({ temporary, target }) =>
          safe(temporary) &&
          safe(target) &&
          TEMPORARY_NAME.test(basename(temporary)) &&
          dirname(temporary) === dirname(target) &&
          WRITTEN_FOLDERS.includes(dirname(target)),
      );
    return valid ? { ...journal, description: journal.description.slice(0, 200) } : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Writes a file the user named with -o, --ics or --out: a new path, or a
 * regular file replaced whole with its mode kept. Never a folder, a device, a
 * FIFO or a link, and never a file of the records (agreement, meetings, annual
 * plans, templates, notices) when the repository is known.
 */
export function writeUserFile(path: string, content: string | Uint8Array, repositoryRoot?: string): void {
  const existing = lstatSync(path, { throwIfNoEntry: false });
  if (existing && !existing.isFile()) {
    const kind = existing.isSymbolicLink() ? 'link' : existing.isDirectory() ? 'folder' : 'device';
    throw new UsageError(message('write/special-file', { path, kind }));
  }
  const real = realLocation(path);
  if (real.split(/[\\/]/).includes('.git')) {
    throw new UsageError(message('write/inside-git-folder', { path }));
  }
  if (isToolFile(basename(real))) {
    throw new UsageError(message('write/lock-file', { path }));
  }
  if (repositoryRoot && isRecordPath(repositoryRoot, path)) {
    throw new UsageError(message('write/records-folder', { path }));
  }
  try {
    writeFileAtomic(path, content);
  } catch (error) {
    throw new InputError(message('write/cannot-write-in', { folder: path, reason: writeFailureReason(error) }));
  }
}

/** The file that marks a folder as one the tool built (a site), which it may therefore replace. */
export const BUILT_FOLDER_MARK = '.partnership-built';

/**
 * A folder of files the tool builds (the site), replacing the one it built before, whole or not at all:
 * the files go into a new folder beside it, which then takes the old one's place. A folder the tool did
 * not build is never replaced, nor one inside .git or the records' own folders.
 */
export function writeBuiltFolder(
  target: string,
  files: ReadonlyArray<{ path: string; content: string | Uint8Array }>,
  repositoryRoot?: string,
): void {
  const existing = lstatSync(target, { throwIfNoEntry: false });
  if (existing && !existing.isDirectory()) {
    const kind = existing.isSymbolicLink() ? 'link' : existing.isFile() ? 'file' : 'device';
    throw new UsageError(message('write/not-a-built-folder', { path: target, kind }));
  }
  if (existing && readdirSync(target).length > 0 && !existsSync(join(target, BUILT_FOLDER_MARK))) {
    throw new UsageError(message('write/not-a-built-folder', { path: target, kind: 'folder' }));
  }
  if (realLocation(target).split(/[\\/]/).includes('.git')) {
    throw new UsageError(message('write/inside-git-folder', { path: target }));
  }
  if (repositoryRoot && isRecordPath(repositoryRoot, target)) {
    throw new UsageError(message('write/records-folder', { path: target }));
  }
  const suffix = `${process.pid}-${randomBytes(4).toString('hex')}`;
  const fresh = `${target}.partnership-new-${suffix}`;
  const old = `${target}.partnership-old-${suffix}`;
  try {
    mkdirSync(fresh, { recursive: true });
    for (const file of [...files, { path: BUILT_FOLDER_MARK, content: '' }]) {
      const path = resolve(fresh, file.path);
      if (!isInside(fresh, path)) throw new Error(`${file.path} is outside the folder`);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, file.content);
    }
    if (existing) renameSync(target, old);
    renameSync(fresh, target);
  } catch (error) {
    rmSync(fresh, { recursive: true, force: true });
    if (existsSync(old) && !existsSync(target)) renameSync(old, target);
    throw new InputError(message('write/cannot-write-in', { folder: target, reason: writeFailureReason(error) }));
  }
  rmSync(old, { recursive: true, force: true });
}

const RECORD_FOLDERS = ['agreement', 'meetings', 'annual-plans', 'templates'];
/** The writers' lock (and the files it is made from), the journal, and the temporary files beside targets. */
function isToolFile(name: string): boolean {
  return (
    name === LOCK_FILE ||
    name.startsWith(`${LOCK_FILE}.`) ||
    name === JOURNAL_FILE ||
    name === INTENT_FILE ||
    TEMPORARY_NAME.test(name)
  );
}

/** Where a path really is: the links of the folders it goes through followed, as the write would. */
function realLocation(path: string): string {
  let folder = resolve(dirname(path));
  while (!existsSync(folder)) folder = dirname(folder);
  return join(realpathSync(folder), relative(folder, resolve(path)));
}

function isRecordPath(root: string, path: string): boolean {
  const realRoot = realpathSync(root);
  const real = realLocation(path);
  if (!isInside(realRoot, real)) return false;
  return RECORD_FOLDERS.includes(relative(realRoot, real).split(/[\\/]/)[0] ?? '');
}
