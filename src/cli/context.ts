import { osloDate, type IsoDate } from '../lib/dates.js';
import { NO_COLORS, terminalColors, type Colors } from '../report/colors.js';
import { parseDateOption } from './date-option.js';
import { requireRepositoryRoot } from '../records/repository.js';

/** Everything a command may touch of the outside world, passed in so tests can supply their own. */
export interface Io {
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
  stdout(text: string): void;
  stderr(text: string): void;
  stdoutIsTTY: boolean;
  now(): Date;
}

export interface GlobalOptions {
  repo?: string;
  today?: string;
  color: boolean;
}

export interface CommandContext {
  io: Io;
  /** The calendar date in Europe/Oslo, or the one given by --today / PARTNERSHIP_TODAY. */
  today: IsoDate;
  color: Colors;
  /** The records repository: --repo, or the first folder upwards that holds agreement/agreement.md. */
  repositoryRoot(): string;
}

export async function createContext(options: GlobalOptions, io: Io): Promise<CommandContext> {
  const fromEnvironment = io.env.PARTNERSHIP_TODAY;
  const today = options.today ?? (fromEnvironment ? parseDateOption(fromEnvironment, 'PARTNERSHIP_TODAY') : osloDate(io.now()));
  const noColor = io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '';
  const useColor = options.color && !noColor && io.stdoutIsTTY;
  let root: string | undefined;
  return {
    io,
    today,
    color: useColor ? await terminalColors() : NO_COLORS,
    repositoryRoot() {
      root ??= requireRepositoryRoot(options.repo ?? io.cwd, options.repo !== undefined);
      return root;
    },
  };
}
