/** What a command is given: the outside world, passed in so tests can supply their own, and today's date. */
import type { IsoDate } from '../lib/dates.js';
import type { Colors } from '../report/colors.js';

/** Everything a command may touch of the outside world, passed in so tests can supply their own. */
export interface Io {
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
  stdout(text: string): void;
  stderr(text: string): void;
  stdoutIsTTY: boolean;
  now(): Date;
}

export interface CommandContext {
  io: Io;
  /** The calendar date in Europe/Oslo, or the one given by --today / PARTNERSHIP_TODAY. */
  today: IsoDate;
  color: Colors;
  /** The records repository: --repo, or the first folder upwards that holds agreement/agreement.md. */
  repositoryRoot(): string;
}
