/**
 * Typed failures. Commands throw these; only the entry point turns them into
 * an exit code and a message, never a stack trace.
 */
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
