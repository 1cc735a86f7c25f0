/**
 * The command-line tree. Each action loads its command module on demand, so
 * `partnership next-meeting` never pays for handlebars or git.
 */
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { isExpectedError } from '../errors.js';
import type { CommandContext, GlobalOptions, Io } from './context.js';
import { parseDateOption } from './date-option.js';

import packageJson from '../../package.json' with { type: 'json' };

const { version } = packageJson;

function dateArgument(name: string) {
  return (value: string) => {
    try {
      return parseDateOption(value, name);
    } catch (error) {
      throw new InvalidArgumentError((error as Error).message);
    }
  };
}

function examples(...lines: string[]): string {
  return `\nExamples:\n${lines.map((line) => `  $ ${line}`).join('\n')}\n`;
}

export async function main(argv: readonly string[], io: Io): Promise<number> {
  let exitCode = 0;
  const run =
    <O>(command: (options: O, context: CommandContext) => number | Promise<number>) =>
    async (options: O, self: Command) => {
      const { createContext } = await import('./context.js');
      exitCode = await command(options, createContext(self.optsWithGlobals<GlobalOptions>(), io));
    };

  const program = new Command('partnership')
    .description('Keep a cooperation agreement, its meetings and annual plans as YAML-fronted Markdown in git.')
    .version(version, '-V, --version')
    .option('--repo <dir>', 'the records repository (default: the first folder upwards that holds agreement/agreement.md)')
    .option('--today <date>', 'take this date (YYYY-MM-DD) as today; also PARTNERSHIP_TODAY', dateArgument('--today'))
    .option('--no-color', 'no colours in the output (also NO_COLOR)')
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .showHelpAfterError('(add --help for usage)')
    .addHelpText('after', examples('partnership validate', 'partnership next-meeting --today 2018-08-01'));

  program
    .command('validate')
    .description('check every record against its schema and the agreement\'s rules')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json', 'github']).default('text'))
    .option('--strict', 'warnings fail too', false)
    .addHelpText('after', examples('partnership validate', 'partnership validate --format github --strict', 'partnership validate --format json --today 2018-12-31'))
    .action(run(async (options, context) => (await import('../commands/validate.js')).validate(options, context)));

  program
    .command('schema')
    .description('write the JSON Schemas of the agreement, a meeting and an annual plan, for editors')
    .option('--out <dir>', 'write agreement.schema.json, meeting.schema.json and annual-plan.schema.json into this folder')
    .addHelpText('after', examples('partnership schema --out schemas', 'partnership schema > schemas.json'))
    .action(run(async (options, context) => (await import('../commands/schema.js')).schema(options, context)));

  try {
    await program.parseAsync([...argv], { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    if (isExpectedError(error)) {
      io.stderr(`partnership: ${error.message}\n`);
      return error.exitCode;
    }
    io.stderr(`partnership: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    if (io.env.PARTNERSHIP_DEBUG && error instanceof Error) io.stderr(`${error.stack}\n`);
    else io.stderr('This is a bug in partnership; run again with PARTNERSHIP_DEBUG=1 for details and report it.\n');
    return 2;
  }
}
