/**
 * The command-line tree. Each action loads its command module on demand, so
 * `partnership next-meeting` never pays for handlebars or git.
 */

import { dirname } from 'node:path';
import { Argument, Command, CommanderError, Help, InvalidArgumentError, Option } from 'commander';
import packageJson from '../../package.json' with { type: 'json' };
import type { InviteOptions } from '../commands/invite.js';
import type { PortfolioOptions } from '../commands/portfolio.js';
import { DOCUMENT_FORMATS } from '../documents/document-formats.js';
import { REPORT_FORMATS } from '../evaluation/report-formats.js';
import { fileSystemFailure, isExpectedError, UsageError } from '../lib/errors.js';
import { printableLines, withoutWorkflowCommands } from '../lib/printable.js';
import { type Message, message, say } from '../messages/catalogue.js';
import type { HELP_MESSAGES } from '../messages/help.js';
import { isLanguage, LANGUAGES, type Language, languageFromEnvironment } from '../messages/language.js';
import { REMIND_FORMATS, VALIDATE_FORMATS } from '../report/formats.js';
import type { CommandContext, Io } from '../session/context.js';
import type { DocumentOutput } from '../session/documents.js';
import type { GlobalOptions } from './context.js';
import { parseDateOption, parseTimeOption, parseYearOption } from './date-option.js';

const { version } = packageJson;

/** An option's value checked as it is parsed: a refusal in the reader's language, which commander prints. */
function checked<T>(parse: (value: string) => T, language: Language) {
  return (value: string): T => {
    try {
      return parse(value);
    } catch (error) {
      throw new InvalidArgumentError(isExpectedError(error) ? say(error.text, language) : String(error));
    }
  };
}

function countArgument(name: string, min: number, max: number): (value: string) => number {
  return (value) => {
    const count = Number(value);
    if (!Number.isInteger(count) || count < min || count > max)
      throw new UsageError(message('option/not-a-count', { name, min, max }));
    return count;
  };
}

/** For an option given several times: every value, in order. */
function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

/** The language asked for on the command line, read before commander parses it, so help is in it too. */
function languageOption(argv: readonly string[]): Language | undefined {
  for (const [index, argument] of argv.entries()) {
    if (argument === '--') return undefined;
    const value = argument.startsWith('--lang=')
      ? argument.slice('--lang='.length)
      : argument === '--lang'
        ? argv[index + 1]
        : undefined;
    if (value !== undefined && isLanguage(value)) return value;
  }
  return undefined;
}

/** Commander's own words, in the reader's language: the frame around what was typed. */
function commanderText(text: string, language: Language): string {
  if (language === 'en') return text;
  const t = (worded: Message) => say(worded, language);
  return text
    .replace(/^error: unknown option '(.*)'/m, (_, option: string) =>
      t(message('commander/unknown-option', { option })),
    )
    .replace(/^error: unknown command '(.*)'/m, (_, command: string) =>
      t(message('commander/unknown-command', { command })),
    )
    .replace(/^error: missing required argument '(.*)'/m, (_, argument: string) =>
      t(message('commander/missing-argument', { argument })),
    )
    .replace(/^error: required option '(.*)' not specified/m, (_, option: string) =>
      t(message('commander/missing-option', { option })),
    )
    .replace(/^error: option '(.*)' argument missing/m, (_, option: string) =>
      t(message('commander/option-needs-value', { option })),
    )
    .replace(/^error: too many arguments(.*)/m, (_, detail: string) =>
      t(message('commander/too-many-arguments', { detail })),
    )
    .replace(
      /^error: (option '.*' argument|command-argument value) '(.*?)' is invalid(?: for argument '.*')?\. (.*)/m,
      (_, what: string, value: string, reason: string) =>
        t(message('commander/invalid-argument', { what, value, reason })),
    )
    .replace(/Allowed choices are (.*)\./, (_, choices: string) => t(message('commander/allowed-choices', { choices })))
    .replace(/\(Did you mean (.*)\?\)/, (_, meant: string) => t(message('commander/did-you-mean', { meant })));
}

/** The folder a file-system error names, if it names a file. */
function pathOf(error: unknown): string | undefined {
  const { path } = (error ?? {}) as NodeJS.ErrnoException;
  return path === undefined ? undefined : dirname(path);
}

type HelpId = Extract<keyof ReturnType<typeof HELP_MESSAGES>, `help/${string}`>;

export async function main(argv: readonly string[], io: Io): Promise<number> {
  let exitCode = 0;
  const language = languageOption(argv) ?? languageFromEnvironment(io.env);
  const t = (id: HelpId) => say(message(id), language);
  const dateArgument = (name: string) => checked((value) => parseDateOption(value, name), language);
  const timeArgument = (name: string) => checked((value) => parseTimeOption(value, name), language);
  const yearArgument = checked((value) => parseYearOption(value, '--year'), language);
  const count = (name: string, min: number, max: number) => checked(countArgument(name, min, max), language);
  const examples = (...lines: string[]) =>
    `\n${t('help/examples')}\n${lines.map((line) => `  $ ${line}`).join('\n')}\n`;
  const documentFormat = () => new Option('--format <format>', t('help/document-format')).choices(DOCUMENT_FORMATS);
  const headings: Readonly<Record<string, string>> = {
    'Usage:': t('help/usage'),
    'Arguments:': t('help/arguments'),
    'Options:': t('help/options'),
    'Global Options:': t('help/global-options'),
    'Commands:': t('help/commands'),
  };
  const choicesAndDefaults = (text: string) =>
    text.replace(
      /\((choices|default): /g,
      (_, word: string) => `(${word === 'choices' ? t('help/choices') : t('help/default')}: `,
    );
  // What a command prints can hold a record's text; in a CI log a line of it must not start a workflow
  // command. Only validate --format github writes annotations, and escapes what it puts in them.
  const commandIo: Io = { ...io, stdout: withoutWorkflowCommands(io.stdout) };
  const run =
    <O>(command: (options: O, context: CommandContext) => number | Promise<number>) =>
    async (options: O, self: Command) => {
      const { createContext } = await import('./context.js');
      const annotates = self.name() === 'validate' && (options as { format?: string }).format === 'github';
      exitCode = await command(
        options,
        await createContext(self.optsWithGlobals<GlobalOptions>(), annotates ? io : commandIo),
      );
    };
  /** A command with one argument before its options (a meeting, a folder), run as `run` runs the others. */
  const runOn =
    <A, O>(command: (argument: A, options: O, context: CommandContext) => number | Promise<number>) =>
    async (argument: A, options: O, self: Command) => {
      const { createContext } = await import('./context.js');
      exitCode = await command(
        argument,
        options,
        await createContext(self.optsWithGlobals<GlobalOptions>(), commandIo),
      );
    };

  const program = new Command('partnership')
    .description(t('help/program'))
    .version(version, '-V, --version', t('help/version'))
    .helpOption('-h, --help', t('help/help'))
    .helpCommand('help [command]', t('help/help-command'))
    .option('--repo <dir>', t('help/repo'))
    .option('--today <date>', t('help/today'), dateArgument('--today'))
    .option('--no-color', t('help/no-color'))
    .addOption(new Option('--lang <language>', t('help/lang')).choices(LANGUAGES))
    .exitOverride()
    // Commander repeats what was typed in its messages: print it safely, as anything from outside.
    .configureOutput({
      writeOut: io.stdout,
      writeErr: (text) => io.stderr(printableLines(text)),
      outputError: (text, write) => write(commanderText(text, language)),
    })
    .showHelpAfterError(say(message('error/help-after-error'), language))
    // Every command's help lists --repo, --today and --no-color, which it takes too; in the reader's language.
    .configureHelp({
      showGlobalOptions: true,
      styleTitle: (title) => headings[title] ?? title,
      optionDescription(option) {
        return choicesAndDefaults(Help.prototype.optionDescription.call(this, option));
      },
      argumentDescription(argument) {
        return choicesAndDefaults(Help.prototype.argumentDescription.call(this, argument));
      },
      commandUsage(command) {
        return Help.prototype.commandUsage
          .call(this, command)
          .replace('[options]', t('help/usage-options'))
          .replace('[command]', t('help/usage-command'));
      },
    })
    .addHelpText('after', examples('partnership validate', 'partnership next-meeting --today 2018-08-01'))
    .addHelpText('afterAll', t('help/exit-status'));

  program
    .command('validate')
    .description(t('help/validate'))
    .addOption(new Option('--format <format>', t('help/validate-format')).choices(VALIDATE_FORMATS).default('text'))
    .option('--strict', t('help/validate-strict'), false)
    .option('--base <ref>', t('help/validate-base'))
    .option('--approvals <file>', t('help/validate-approvals'))
    .addHelpText(
      'after',
      examples(
        'partnership validate',
        'partnership validate --format github --base origin/main',
        'partnership validate --format github --base origin/main --approvals reviews.json',
        'partnership validate --format github --strict',
        'partnership validate --format json --today 2018-12-31',
      ),
    )
    .action(run(async (options, context) => (await import('../commands/validate.js')).validate(options, context)));

  program
    .command('next-meeting')
    .description(t('help/next-meeting'))
    .option('--json', t('help/json'), false)
    .option('--ics <file>', t('help/next-meeting-ics'))
    .addHelpText(
      'after',
      examples(
        'partnership next-meeting',
        'partnership next-meeting --today 2018-08-01 --json',
        'partnership next-meeting --ics neste-mote.ics',
      ),
    )
    .action(
      run(async (options, context) =>
        (await import('../commands/next-meeting.js')).nextMeetingCommand(options, context),
      ),
    );

  const newRecord = program
    .command('new')
    .description(t('help/new'))
    .addHelpText(
      'after',
      examples('partnership new meeting', 'partnership new meeting --date 2018-11-20', 'partnership new annual-plan'),
    );
  newRecord
    .command('meeting')
    .description(t('help/new-meeting'))
    .option('--date <date>', t('help/new-meeting-date'), dateArgument('--date'))
    .option('--held', t('help/new-meeting-held'), false)
    .option('--attendee <party=who>', t('help/new-meeting-attendee'), collect, [])
    .addHelpText(
      'after',
      examples(
        'partnership new meeting',
        'partnership new meeting --date 2018-11-20',
        'partnership new meeting --date 2018-06-12 --held --attendee ks="Spesialrådgiver" --attendee ks="Seniorrådgiver"',
      ),
    )
    .action(run(async (options, context) => (await import('../commands/new-meeting.js')).newMeeting(options, context)));
  newRecord
    .command('annual-plan')
    .description(t('help/new-annual-plan'))
    .option('--year <year>', t('help/new-annual-plan-year'), yearArgument)
    .addHelpText('after', examples('partnership new annual-plan', 'partnership new annual-plan --year 2019'))
    .action(
      run(async (options, context) => (await import('../commands/new-annual-plan.js')).newAnnualPlan(options, context)),
    );

  program
    .command('status')
    .description(t('help/status'))
    .option('--json', t('help/status-json'), false)
    .addHelpText('after', examples('partnership status', 'partnership status --json --today 2018-06-01'))
    .action(run(async (options, context) => (await import('../commands/status.js')).status(options, context)));

  program
    .command('calendar')
    .description(t('help/calendar'))
    .requiredOption('--ics <file>', t('help/calendar-ics'))
    .addHelpText('after', examples('partnership calendar --ics samarbeid.ics'))
    .action(
      run(async (options, context) => (await import('../commands/calendar.js')).calendarCommand(options, context)),
    );

  program
    .command('render')
    .description(t('help/render'))
    .addArgument(new Argument('<document>', t('help/render-document')).choices(['agenda', 'minutes']))
    .argument('<meeting>', t('help/meeting-id'))
    .addOption(documentFormat())
    .option('-o, --output <file>', t('help/output'))
    .option('--metadata', t('help/metadata'))
    .addHelpText(
      'after',
      examples(
        'partnership render agenda 2018-09-20',
        'partnership render agenda 2018-09-20 --format html -o innkalling.html',
        'partnership render minutes 2018-09-20 -o referat/2018-09-20.docx',
        'partnership render minutes 2018-09-20 -o referat/2018-09-20.pdf --metadata',
      ),
    )
    .action(async (document: 'agenda' | 'minutes', meeting: string, options: DocumentOutput, self: Command) => {
      const [{ render }, { createContext }] = await Promise.all([
        import('../commands/render.js'),
        import('./context.js'),
      ]);
      exitCode = await render(
        document,
        meeting,
        options,
        await createContext(self.optsWithGlobals<GlobalOptions>(), commandIo),
      );
    });

  program
    .command('approve')
    .description(t('help/approve'))
    .argument('<meeting>', t('help/meeting-id'))
    .option('--date <date>', t('help/approve-date'), dateArgument('--date'))
    .addOption(new Option('--via <how>', t('help/approve-via')).choices(['meeting', 'email']))
    .addHelpText(
      'after',
      examples(
        'partnership approve 2018-09-20 --date 2018-10-04 --via email',
        'partnership approve 2018-03-14 --date 2018-09-20',
      ),
    )
    .action(
      runOn(async (meeting: string, options: { date?: string }, context) =>
        (await import('../commands/approve.js')).approve(meeting, options, context),
      ),
    );

  program
    .command('move')
    .description(t('help/move'))
    .argument('<meeting>', t('help/meeting-id'))
    .requiredOption('--to <date>', t('help/move-to'), dateArgument('--to'))
    .option('--time <time>', t('help/move-time'), timeArgument('--time'))
    .addHelpText(
      'after',
      examples(
        'partnership move 2018-11-20 --to 2018-11-27',
        'partnership move 2018-11-20 --to 2018-11-22 --time 13:00',
      ),
    )
    .action(
      runOn(async (meeting: string, options: { to: string; time?: string }, context) =>
        (await import('../commands/move.js')).move(meeting, options, context),
      ),
    );

  program
    .command('cancel')
    .description(t('help/cancel'))
    .argument('<meeting>', t('help/meeting-id'))
    .option('--sent <date>', t('help/cancel-sent'), dateArgument('--sent'))
    .addHelpText('after', examples('partnership cancel 2018-06-12', 'partnership cancel 2018-06-12 --sent 2018-06-01'))
    .action(
      runOn(async (meeting: string, options: { sent?: string }, context) =>
        (await import('../commands/cancel.js')).cancel(meeting, options, context),
      ),
    );

  program
    .command('renew')
    .description(t('help/renew'))
    .requiredOption('--year <year>', t('help/renew-year'), yearArgument)
    .option('--decided <date>', t('help/renew-decided'), dateArgument('--decided'))
    .option('--signatory <party=name, title>', t('help/signatory'), collect, [])
    .option('--write', t('help/renew-write'), false)
    .option('--commit', t('help/renew-commit'), false)
    .addOption(documentFormat())
    .option('-o, --output <file>', t('help/also-output'))
    .option('--metadata', t('help/metadata'))
    .addHelpText(
      'after',
      examples(
        'partnership renew --year 2019 --decided 2018-11-15',
        'partnership renew --year 2019 --decided 2018-11-15 --commit',
        'partnership renew --year 2019 --signatory "ks=Kari Nordmann, styreleder i KS"',
        'partnership renew --year 2019 --decided 2018-11-15 --format docx -o protokoll-2019.docx',
      ),
    )
    .action(run(async (options, context) => (await import('../commands/renew.js')).renew(options, context)));

  program
    .command('terminate')
    .description(t('help/terminate'))
    .requiredOption('--by <party>', t('help/terminate-by'))
    .option('--signatory <party=name, title>', t('help/terminate-signatory'), collect, [])
    .requiredOption('--notified <date>', t('help/terminate-notified'), dateArgument('--notified'))
    .option('--write', t('help/terminate-write'), false)
    .option('--commit', t('help/terminate-commit'), false)
    .addOption(documentFormat())
    .option('-o, --output <file>', t('help/also-output'))
    .option('--metadata', t('help/metadata'))
    .addHelpText(
      'after',
      examples(
        'partnership terminate --by ks --notified 2019-01-31',
        'partnership terminate --by ks --notified 2019-03-10 --commit',
        'partnership terminate --by ks --notified 2019-01-31 --format html -o oppsigelse.html',
      ),
    )
    .action(run(async (options, context) => (await import('../commands/terminate.js')).terminate(options, context)));

  program
    .command('init')
    .description(t('help/init'))
    .argument('[dir]', t('help/init-dir'))
    .option('--title <title>', t('help/init-title'))
    .option('--party <id:name:short>', t('help/init-party'), collect, [])
    .option('--signed <date>', t('help/init-signed'), dateArgument('--signed'))
    .option('--end <date>', t('help/init-end'), dateArgument('--end'))
    .option('--convener <id>', t('help/init-convener'))
    .option('--per-year <n>', t('help/init-per-year'), count('--per-year', 1, 52))
    .option('--notice-months <n>', t('help/init-notice-months'), count('--notice-months', 0, 36))
    .addOption(new Option('--notice-rule <rule>', t('help/init-notice-rule')).choices(['same-date', 'end-of-month']))
    .option('--extension-years <n>', t('help/init-extension-years'), count('--extension-years', 1, 10))
    .addOption(new Option('--roles <roles>', t('help/init-roles')).choices(['together', 'split']))
    .option('--first <id>', t('help/init-first'))
    .option('--signatory <party=name, title>', t('help/init-signatory'), collect, [])
    .option('--team <party=@org/team>', t('help/init-team'), collect, [])
    .option('--team-id <party=number>', t('help/init-team-id'), collect, [])
    .option('--reviewer <party=login>', t('help/init-reviewer'), collect, [])
    .option('--install <route>', t('help/init-install'), 'tarball')
    .option('--no-commit', t('help/init-no-commit'))
    .option('--allow-existing', t('help/init-allow-existing'))
    .addHelpText(
      'after',
      examples(
        'partnership init avtale-kdd',
        'partnership init avtale-kdd --title "Samarbeidsavtale mellom KS og KDD om digitalisering" --party ks:"KS – Kommunesektorens organisasjon":KS --party kdd:"Kommunal- og distriktsdepartementet":KDD --signed 2024-03-01 --end 2026-12-31',
        'partnership init avtale-kdd … --install git=https://github.com/ORG/partnership.git#v0.1.0',
        'partnership init avtale-kdd … --team ks=@ks-no/digitalisering --team-id ks=4242 --reviewer kdd=kari-kdd',
      ),
    )
    .action(
      runOn(async (dir: string | undefined, options: object, context) =>
        (await import('../commands/init.js')).init(dir, options, context),
      ),
    );

  program
    .command('portfolio')
    .description(t('help/portfolio'))
    .argument('[repos...]', t('help/portfolio-repos'))
    .option('--from <file>', t('help/portfolio-from'))
    .addOption(new Option('--format <format>', t('help/portfolio-format')).choices(['text', 'json', 'html', 'md']))
    .option('-o, --output <file>', t('help/output'))
    .option('--ics <file>', t('help/portfolio-ics'))
    .addHelpText(
      'after',
      examples(
        'partnership portfolio ../avtale-kdd ../avtale-hod',
        'partnership portfolio --from avtaler.yaml -o portefolje.html --ics avtaler.ics',
        'partnership portfolio --from avtaler.yaml --format json',
      ),
    )
    .action(
      runOn(async (repos: string[], options: PortfolioOptions, context) =>
        (await import('../commands/portfolio.js')).portfolio(repos, options, context),
      ),
    );

  program
    .command('site')
    .description(t('help/site'))
    .option('--out <dir>', t('help/site-out'), 'site')
    .option('--public', t('help/site-public'))
    .option('--internal', t('help/site-internal'))
    .addHelpText(
      'after',
      examples('partnership site', 'partnership site --out _site --public', 'partnership site --out intern --internal'),
    )
    .action(run(async (options, context) => (await import('../commands/site.js')).site(options, context)));

  program
    .command('invite')
    .description(t('help/invite'))
    .argument('<meeting>', t('help/meeting-id'))
    .addOption(new Option('--format <format>', t('help/invite-format')).choices(['eml', 'ics']))
    .addOption(new Option('--attach <format>', t('help/invite-attach')).choices(['docx', 'pdf']))
    .option('-o, --output <file>', t('help/output'))
    .option('--smtp <url>', t('help/invite-smtp'))
    .addHelpText(
      'after',
      examples(
        'partnership invite 2018-11-20 -o innkalling-2018-11-20.eml',
        'partnership invite 2018-11-20 --attach pdf -o innkalling-2018-11-20.eml',
        'partnership invite 2018-11-20 --format ics -o innkalling-2018-11-20.ics',
      ),
    )
    .action(
      runOn(async (meeting: string, options: InviteOptions, context) =>
        (await import('../commands/invite.js')).invite(meeting, options, context),
      ),
    );

  program
    .command('remind')
    .description(t('help/remind'))
    .addOption(new Option('--format <format>', t('help/remind-format')).choices(REMIND_FORMATS))
    .option('--within <days>', t('help/remind-within'))
    .addHelpText(
      'after',
      examples('partnership remind', 'partnership remind --within 60', 'partnership remind --format github'),
    )
    .action(run(async (options, context) => (await import('../commands/remind.js')).remind(options, context)));

  program
    .command('report')
    .description(t('help/report'))
    .addOption(new Option('--format <format>', t('help/report-format')).choices(REPORT_FORMATS))
    .option('-o, --output <file>', t('help/output'))
    .option('--charts <folder>', t('help/report-charts'))
    .addHelpText(
      'after',
      examples(
        'partnership report -o evaluering.html',
        'partnership report -o evaluering.md',
        'partnership report --format json --today 2018-12-31',
        'partnership report -o evaluering.pdf --charts figurer',
      ),
    )
    .action(run(async (options, context) => (await import('../commands/report.js')).report(options, context)));

  program
    .command('schema')
    .description(t('help/schema'))
    .option('--out <dir>', t('help/schema-out'))
    .addHelpText('after', examples('partnership schema --out schemas', 'partnership schema > schemas.json'))
    .action(run(async (options, context) => (await import('../commands/schema.js')).schema(options, context)));

  try {
    await program.parseAsync([...argv], { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    const expected = isExpectedError(error) ? error : fileSystemFailure(error, pathOf(error));
    if (expected) {
      io.stderr(`partnership: ${printableLines(say(expected.text, language))}\n`);
      return expected.exitCode;
    }
    const detail = printableLines(error instanceof Error ? error.message : String(error));
    io.stderr(`partnership: ${say(message('error/internal', { detail }), language)}\n`);
    if (io.env.PARTNERSHIP_DEBUG && error instanceof Error) io.stderr(`${error.stack}\n`);
    else io.stderr(`${say(message('error/report-bug'), language)}\n`);
    return 2;
  }
}
