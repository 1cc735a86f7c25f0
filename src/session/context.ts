/** What a command is given: the outside world, passed in so tests can supply their own, and today's date. */
import type { IsoDate } from '../lib/dates.js';
import type { Message } from '../messages/catalogue.js';
import type { DocumentLanguage, Language } from '../messages/language.js';
import type { Colors } from '../report/colors.js';

/** Everything a command may touch of the outside world, passed in so tests can supply their own. */
export interface Io {
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
  stdout(text: string): void;
  stderr(text: string): void;
  stdoutIsTTY: boolean;
  /** Standard input and output are both a terminal: a command may ask for what its options leave out. */
  interactive?: boolean;
  /** How to ask, when interactive: the terminal's prompts unless a test supplies its own. */
  prompter?: Prompter;
  now(): Date;
  /**
   * Called at each named step of a change that writes (a branch made, a file renamed, the commit
   * made): the CLI stops the process there when PARTNERSHIP_TEST_KILL_AT names the step, as a kill
   * would, so the tests can stop a run at every step and check that the next run recovers.
   */
  checkpoint?(step: string): void;
}

/** Questions asked in a terminal (init asks for what its options leave out). */
export interface Prompter {
  input(message: string, options?: { default?: string; validate?: (value: string) => string | true }): Promise<string>;
  select(message: string, choices: ReadonlyArray<{ name: string; value: string }>): Promise<string>;
}

export interface CommandContext {
  io: Io;
  /** The calendar date in Europe/Oslo, or the one given by --today / PARTNERSHIP_TODAY. */
  today: IsoDate;
  color: Colors;
  /** The language the person reads: --lang, else PARTNERSHIP_LANG, else the locale; English otherwise. */
  language: Language;
  /** A message in that language. */
  say(text: Message): string;
  /** The written standard --lang nb or --lang nn asks of a document; unset, it is its agreement's `language`. */
  documentLanguage?: DocumentLanguage;
  /** The records repository: --repo, or the first folder upwards that holds agreement/agreement.md. */
  repositoryRoot(): string;
}
