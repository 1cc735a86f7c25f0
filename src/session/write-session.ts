/**
 * A command that changes the records runs with the repository's lock held,
 * from its first read to its last rename or commit, after finishing what a
 * run that was killed mid-change left behind.
 */
import { recoverInterruptedCommit } from '../git/interrupted-commit.js';
import type { GitOptions } from '../git/repository.js';
import { acquireLock } from '../writing/lock.js';
import { recoverInterruptedChange } from '../writing/write.js';
import type { CommandContext } from './context.js';

export async function holdingTheLock<T>(context: CommandContext, work: () => Promise<T> | T): Promise<T> {
  const root = context.repositoryRoot();
  const lock = await acquireLock(
    root,
    () => context.io.now().getTime(),
    (note) => context.io.stderr(`${context.say(note)}\n`),
  );
  try {
    const recovered = [...recoverInterruptedChange(root), ...(await recoverInterruptedCommit(root))];
    for (const line of recovered) context.io.stderr(`${context.say(line)}\n`);
    return await work();
  } finally {
    lock.release();
  }
}

/** How the writing commands run git: PARTNERSHIP_GIT_TIMEOUT (seconds) bounds a command that runs hooks; two minutes by default. */
export function gitOptions(context: CommandContext): GitOptions {
  const seconds = Number(context.io.env.PARTNERSHIP_GIT_TIMEOUT);
  return Number.isFinite(seconds) && seconds > 0 ? { hookTimeoutMs: seconds * 1000 } : {};
}
