/**
 * Typed failures. Commands throw these; only the entry point turns them into
 * an exit code and a message, never a stack trace.
 */
import { printable } from './printable.js';
export class UsageError extends Error {
  readonly exitCode = 2;
}

/** Input that cannot be read at all: a missing repository, an unreadable file. */
export class InputError extends Error {
  readonly exitCode = 2;
}

/** A command's precondition failed: renewing twice, a file with uncommitted changes. */
export class PreconditionError extends Error {
  readonly exitCode = 1;
}

export type ExpectedError = UsageError | InputError | PreconditionError;

export function isExpectedError(error: unknown): error is ExpectedError {
  return error instanceof UsageError || error instanceof InputError || error instanceof PreconditionError;
}

/** What the file system says when the machine, not the tool, stops a write: each one a person can act on. */
const FILE_SYSTEM_REASONS: Readonly<Record<string, string>> = {
  ENOSPC: 'the disk is full: free some space',
  EDQUOT: 'the disk quota is used up: free some space',
  EACCES: 'permission denied: run it as a user who may write there',
  EPERM: 'not permitted: run it as a user who may write there',
  EROFS: 'the file system is read-only',
  EMFILE: 'too many files are open: close some programs',
  EIO: 'the disk reported an input/output error',
};

/** Why a write failed, in words with the code after them: "the disk is full: free some space (ENOSPC)". */
export function writeFailureReason(error: unknown): string {
  const { code } = (error ?? {}) as NodeJS.ErrnoException;
  const reason = code === undefined ? undefined : FILE_SYSTEM_REASONS[code];
  return reason ? `${reason} (${code})` : (code ?? String(error));
}

/**
 * A failure of the file system as a plain message naming the folder it happened in (a temporary file's
 * name means nothing to the user), or undefined for any other error. The writers remove what they began
 * and release the lock before it gets here, so the records are as they were.
 */
export function fileSystemFailure(error: unknown, folder: string | undefined): InputError | undefined {
  const { code } = (error ?? {}) as NodeJS.ErrnoException;
  if (code === undefined || !(code in FILE_SYSTEM_REASONS)) return undefined;
  const where = folder === undefined ? '' : ` in ${printable(folder)}`;
  return new InputError(`cannot write${where}, and nothing was changed: ${writeFailureReason(error)}`);
}
