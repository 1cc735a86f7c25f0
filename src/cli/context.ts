import { resolve } from 'node:path';
import { osloDate } from '../lib/dates.js';
import { requireRepositoryRoot } from '../records/repository.js';
import { NO_COLORS, terminalColors } from '../report/colors.js';
import type { CommandContext, Io } from '../session/context.js';
import { parseDateOption } from './date-option.js';

export interface GlobalOptions {
  repo?: string;
  today?: string;
  color: boolean;
}

export async function createContext(options: GlobalOptions, io: Io): Promise<CommandContext> {
  const fromEnvironment = io.env.PARTNERSHIP_TODAY;
  const today =
    options.today ?? (fromEnvironment ? parseDateOption(fromEnvironment, 'PARTNERSHIP_TODAY') : osloDate(io.now()));
  const noColor = io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '';
  const useColor = options.color && !noColor && io.stdoutIsTTY;
  let root: string | undefined;
  return {
    io,
    today,
    color: useColor ? await terminalColors() : NO_COLORS,
    repositoryRoot() {
      // A relative --repo is relative to the command's working folder, not to the process's.
      root ??= requireRepositoryRoot(resolve(io.cwd, options.repo ?? '.'), options.repo !== undefined);
      return root;
    },
  };
}
