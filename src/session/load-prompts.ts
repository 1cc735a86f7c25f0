/**
 * The terminal's prompts, loaded on first use. The bundle replaces this module (build.mjs) so that it
 * loads dist/prompts.cjs: commands that ask nothing never parse the prompt library.
 */
import type { Prompter } from './context.js';

export async function loadTerminalPrompter(): Promise<Prompter> {
  return (await import('./prompts.js')).terminalPrompter;
}
