/**
 * The terminal's prompts, from @inquirer/prompts. The bundle carries this module on its own
 * (dist/prompts.cjs), loaded only when a command asks in a terminal.
 */
import { input, select } from '@inquirer/prompts';
import type { Prompter } from './context.js';

export const terminalPrompter: Prompter = {
  input: (message, options = {}) =>
    input({
      message,
      ...(options.default === undefined ? {} : { default: options.default }),
      ...(options.validate ? { validate: options.validate } : {}),
    }),
  select: (message, choices) => select({ message, choices: [...choices] }),
};
