import { resolve } from 'node:path';
import { osloDate } from '../lib/dates.js';
import { say } from '../messages/catalogue.js';
import { type Language, languageFromEnvironment } from '../messages/language.js';
import { requireRepositoryRoot } from '../records/repository.js';
import { NO_COLORS, terminalColors } from '../report/colors.js';
import type { CommandContext, Io } from '../session/context.js';
import { parseDateOption } from './date-option.js';

export interface GlobalOptions {
  repo?: string;
  today?: string;
  color: boolean;
  lang?: Language;
}

/**
 * Colours on a terminal; never with NO_COLOR or FORCE_COLOR=0; and with FORCE_COLOR (1, 2, 3, true or
 * empty) also where the output is not a terminal, as in a CI log that shows colours.
 */
function wantsColor(io: Io): boolean {
  const { NO_COLOR, FORCE_COLOR } = io.env;
  if (NO_COLOR !== undefined && NO_COLOR !== '') return false;
  if (FORCE_COLOR !== undefined) return FORCE_COLOR !== '0' && FORCE_COLOR !== 'false';
  return io.stdoutIsTTY;
}

export async function createContext(options: GlobalOptions, io: Io): Promise<CommandContext> {
  const fromEnvironment = io.env.PARTNERSHIP_TODAY;
  const today =
    options.today ?? (fromEnvironment ? parseDateOption(fromEnvironment, 'PARTNERSHIP_TODAY') : osloDate(io.now()));
  const useColor = options.color && wantsColor(io);
  const language = options.lang ?? languageFromEnvironment(io.env);
  let root: string | undefined;
  return {
    io,
    today,
    language,
    say: (text) => say(text, language),
    ...(options.lang === 'nb' || options.lang === 'nn' ? { documentLanguage: options.lang } : {}),
    color: useColor ? await terminalColors() : NO_COLORS,
    repositoryRoot() {
      // A relative --repo is relative to the command's working folder, not to the process's.
      root ??= requireRepositoryRoot(resolve(io.cwd, options.repo ?? '.'), options.repo !== undefined);
      return root;
    },
  };
}
