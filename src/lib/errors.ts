/**
 * Typed failures. Commands throw these with a message of the catalogue; only the entry point turns them
 * into an exit code and words, in the reader's language, never a stack trace.
 */
import { type Message, message, say } from '../messages/catalogue.js';
import { printable } from './printable.js';

abstract class ExpectedFailure extends Error {
  abstract readonly exitCode: number;
  /** English, for a log or a test; the entry point words `text` in the reader's language. */
  constructor(readonly text: Message) {
    super(say(text, 'en'));
  }
}

export class UsageError extends ExpectedFailure {
  readonly exitCode = 2;
}

/** Input that cannot be read at all: a missing repository, an unreadable file. */
export class InputError extends ExpectedFailure {
  readonly exitCode = 2;
}

/** A command's precondition failed: renewing twice, a file with uncommitted changes. */
export class PreconditionError extends ExpectedFailure {
  readonly exitCode = 1;
}

export type ExpectedError = UsageError | InputError | PreconditionError;

export function isExpectedError(error: unknown): error is ExpectedError {
  return error instanceof ExpectedFailure;
}

/** What the file system says when the machine, not the tool, stops a write: each one a person can act on. */
const FILE_SYSTEM_CODES = new Set(['ENOSPC', 'EDQUOT', 'EACCES', 'EPERM', 'EROFS', 'EMFILE', 'EIO']);

/** Why a write failed, in words with the code after them: "the disk is full: free some space (ENOSPC)". */
export function writeFailureReason(error: unknown): string | Message {
  const { code } = (error ?? {}) as NodeJS.ErrnoException;
  if (code === undefined) return String(error);
  return FILE_SYSTEM_CODES.has(code) ? message('write/reason', { code }) : code;
}

/**
 * A failure of the file system as a plain message naming the folder it happened in (a temporary file's
 * name means nothing to the user), or undefined for any other error. The writers remove what they began
 * and release the lock before it gets here, so the records are as they were.
 */
export function fileSystemFailure(error: unknown, folder: string | undefined): InputError | undefined {
  const { code } = (error ?? {}) as NodeJS.ErrnoException;
  if (code === undefined || !FILE_SYSTEM_CODES.has(code)) return undefined;
  return new InputError(
    message('write/failed', {
      where: folder === undefined ? null : printable(folder),
      reason: writeFailureReason(error),
    }),
  );
}
