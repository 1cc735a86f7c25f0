/**
 * The command-line tree. Each action loads its command module on demand, so
 * `partnership next-meeting` never pays for handlebars or git.
 */

import { dirname } from 'node:path';
import { Argument, Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import packageJson from '../../package.json' with { type: 'json' };
import { DOCUMENT_FORMATS } from '../documents/document-formats.js';
import { REPORT_FORMATS } from '../evaluation/report-formats.js';
import { fileSystemFailure, isExpectedError } from '../lib/errors.js';
import { printableLines, withoutWorkflowCommands } from '../lib/printable.js';
import { VALIDATE_FORMATS } from '../report/formats.js';
import type { CommandContext, Io } from '../session/context.js';
import type { DocumentOutput } from '../session/documents.js';
import type { GlobalOptions } from './context.js';
import { parseDateOption, parseTimeOption, parseYearOption } from './date-option.js';

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

function timeArgument(name: string) {
  return (value: string) => {
    try {
      return parseTimeOption(value, name);
    } catch (error) {
      throw new InvalidArgumentError((error as Error).message);
    }
  };
}

function yearArgument(value: string): number {
  try {
    return parseYearOption(value, '--year');
  } catch (error) {
    throw new InvalidArgumentError((error as Error).message);
  }
}

/** For an option given several times: every value, in order. */
function countArgument(name: string, min: number, max: number) {
  return (value: string): number => {
    const count = Number(value);
    if (!Number.isInteger(count) || count < min || count > max)
      throw new InvalidArgumentError(`${name} takes a whole number from ${min} to ${max}`);
    return count;
  };
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

function documentFormat(): Option {
  return new Option(
    '--format <format>',
    "md (the template as written), html (a page that stands alone) or docx (Word) (default: -o's extension, else md)",
  ).choices(DOCUMENT_FORMATS);
}

/** Under every command's help: what its exit status means, and where the guide is. */
const AFTER_ALL_HELP = `Exit status: 0 done (or no errors); 1 the records have errors, or the command refused; 2 a usage error,
or the tool could not read or write what it needed.
The user guide: docs/brukerveiledning.md in the package (node_modules/@ks-samarbeid/partnership/docs/),
and every field of every record: docs/fields.md.`;

function examples(...lines: string[]): string {
  return `\nExamples:\n${lines.map((line) => `  $ ${line}`).join('\n')}\n`;
}

/** The folder a file-system error names, if it names a file. */
function pathOf(error: unknown): string | undefined {
  const { path } = (error ?? {}) as NodeJS.ErrnoException;
  return path === undefined ? undefined : dirname(path);
}

export async function main(argv: readonly string[], io: Io): Promise<number> {
  let exitCode = 0;
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

  const program = new Command('partnership')
    .description('Keep a cooperation agreement, its meetings and annual plans as YAML-fronted Markdown in git.')
    .version(version, '-V, --version')
    .option(
      '--repo <dir>',
      'the records repository (default: the first folder upwards that holds agreement/agreement.md)',
    )
    .option('--today <date>', 'take this date (YYYY-MM-DD) as today; also PARTNERSHIP_TODAY', dateArgument('--today'))
    .option(
      '--no-color',
      'no colours in the output (also NO_COLOR; FORCE_COLOR=1 gives them where the output is not a terminal)',
    )
    .exitOverride()
    // Commander repeats what was typed in its messages: print it safely, as anything from outside.
    .configureOutput({ writeOut: io.stdout, writeErr: (text) => io.stderr(printableLines(text)) })
    .showHelpAfterError('(add --help for usage)')
    // Every command's help lists --repo, --today and --no-color, which it takes too.
    .configureHelp({ showGlobalOptions: true })
    .addHelpText('after', examples('partnership validate', 'partnership next-meeting --today 2018-08-01'))
    .addHelpText('afterAll', AFTER_ALL_HELP);

  program
    .command('validate')
    .description("check every record against its schema and the agreement's rules")
    .addOption(new Option('--format <format>', 'output format').choices(VALIDATE_FORMATS).default('text'))
    .option('--strict', 'warnings fail too', false)
    .option(
      '--base <ref>',
      'also check that what was final at this git ref stays final (approved minutes, held meetings, extensions, notices)',
    )
    .addHelpText(
      'after',
      examples(
        'partnership validate',
        'partnership validate --format github --base origin/main',
        'partnership validate --format github --strict',
        'partnership validate --format json --today 2018-12-31',
      ),
    )
    .action(run(async (options, context) => (await import('../commands/validate.js')).validate(options, context)));

  program
    .command('next-meeting')
    .description(
      'the next meeting: when, who chairs, who takes the minutes, and when the notice and documents must go out',
    )
    .option('--json', 'print the answer as JSON', false)
    .option('--ics <file>', 'also write the meeting as an iCalendar event')
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
    .description('write a new record: a meeting or an annual plan')
    .addHelpText(
      'after',
      examples('partnership new meeting', 'partnership new meeting --date 2018-11-20', 'partnership new annual-plan'),
    );
  newRecord
    .command('meeting')
    .description(
      "write meetings/<date>.md as a planned meeting, with the rotation and the last meeting's time and place filled in",
    )
    .option('--date <date>', "the meeting's date (default: the date next-meeting proposes)", dateArgument('--date'))
    .option('--held', 'a meeting that was held and never recorded: written as held, on a past --date', false)
    .option('--attendee <party=who>', 'with --held: who attended, as PARTY=WHO, once for each person', collect, [])
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
    .description(
      "write annual-plans/<year>.md as a draft, with last year's unfinished priorities and the focus areas to start from",
    )
    .option('--year <year>', 'the year (default: the first year from this one without a plan)', yearArgument)
    .addHelpText('after', examples('partnership new annual-plan', 'partnership new annual-plan --year 2019'))
    .action(
      run(async (options, context) => (await import('../commands/new-annual-plan.js')).newAnnualPlan(options, context)),
    );

  program
    .command('status')
    .description(
      'the agreement at a glance: term, extensions, meetings this year, the next meeting, open obligations and consultations',
    )
    .option('--json', 'print it as JSON', false)
    .addHelpText('after', examples('partnership status', 'partnership status --json --today 2018-06-01'))
    .action(run(async (options, context) => (await import('../commands/status.js')).status(options, context)));

  program
    .command('calendar')
    .description('write every upcoming date the secretariat must not miss as one iCalendar file')
    .requiredOption('--ics <file>', 'the iCalendar file to write')
    .addHelpText('after', examples('partnership calendar --ics samarbeid.ics'))
    .action(
      run(async (options, context) => (await import('../commands/calendar.js')).calendarCommand(options, context)),
    );

  program
    .command('render')
    .description(
      "render a meeting's agenda (innkalling with saksliste; an avlysning for a cancelled meeting) or its minutes (referat: the record's minutes, or a skeleton) from the templates",
    )
    .addArgument(new Argument('<document>', 'which document').choices(['agenda', 'minutes']))
    .argument('<meeting>', "the meeting's id: its file name without .md, e.g. 2018-03-14")
    .addOption(documentFormat())
    .option('-o, --output <file>', 'write to this file (folders are created) instead of printing')
    .addHelpText(
      'after',
      examples(
        'partnership render agenda 2018-09-20',
        'partnership render agenda 2018-09-20 --format html -o innkalling.html',
        'partnership render minutes 2018-09-20 -o referat/2018-09-20.docx',
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
    .description(
      "record that both parties approved a meeting's minutes (minutes_approved), keeping the rest of the file as it is",
    )
    .argument('<meeting>', "the meeting's id: its file name without .md, e.g. 2018-09-20")
    .option('--date <date>', 'the day both parties approved them (default: today)', dateArgument('--date'))
    .addOption(
      new Option(
        '--via <how>',
        'how: in the meeting held on that day, or by e-mail (default: the meeting, when one was held that day)',
      ).choices(['meeting', 'email']),
    )
    .addHelpText(
      'after',
      examples(
        'partnership approve 2018-09-20 --date 2018-10-04 --via email',
        'partnership approve 2018-03-14 --date 2018-09-20',
      ),
    )
    .action(async (meeting: string, options: { date?: string }, self: Command) => {
      const [{ approve }, { createContext }] = await Promise.all([
        import('../commands/approve.js'),
        import('./context.js'),
      ]);
      exitCode = await approve(meeting, options, await createContext(self.optsWithGlobals<GlobalOptions>(), commandIo));
    });

  program
    .command('move')
    .description(
      'move a planned meeting to another day: the record is renamed after its new date and keeps its identity in calendars; a date that breaks a rule is refused',
    )
    .argument('<meeting>', "the meeting's id: its file name without .md, e.g. 2018-11-20")
    .requiredOption('--to <date>', 'the new date', dateArgument('--to'))
    .option('--time <time>', 'a new time, HH:MM (default: the time it has)', timeArgument('--time'))
    .addHelpText(
      'after',
      examples(
        'partnership move 2018-11-20 --to 2018-11-27',
        'partnership move 2018-11-20 --to 2018-11-22 --time 13:00',
      ),
    )
    .action(async (meeting: string, options: { to: string; time?: string }, self: Command) => {
      const [{ move }, { createContext }] = await Promise.all([import('../commands/move.js'), import('./context.js')]);
      exitCode = await move(meeting, options, await createContext(self.optsWithGlobals<GlobalOptions>(), commandIo));
    });

  program
    .command('cancel')
    .description('record that a planned meeting is cancelled, and the day the avlysning went out')
    .argument('<meeting>', "the meeting's id: its file name without .md, e.g. 2018-06-12")
    .option('--sent <date>', 'the day the cancellation notice (avlysning) went out', dateArgument('--sent'))
    .addHelpText('after', examples('partnership cancel 2018-06-12', 'partnership cancel 2018-06-12 --sent 2018-06-01'))
    .action(async (meeting: string, options: { sent?: string }, self: Command) => {
      const [{ cancel }, { createContext }] = await Promise.all([
        import('../commands/cancel.js'),
        import('./context.js'),
      ]);
      exitCode = await cancel(meeting, options, await createContext(self.optsWithGlobals<GlobalOptions>(), commandIo));
    });

  program
    .command('renew')
    .description(
      'the renewal protocol extending the agreement; with --write, record it; with --commit, also commit it on a new branch',
    )
    .requiredOption('--year <year>', 'the first year the extension covers', yearArgument)
    .option('--decided <date>', 'the day the parties agreed to it (default: today)', dateArgument('--decided'))
    .option(
      '--signatory <party=name, title>',
      "who signs for a party, when not the record's signatory (repeatable)",
      collect,
      [],
    )
    .option(
      '--write',
      'record the extension in agreement/agreement.md and write the protocol to agreement/notices/',
      false,
    )
    .option('--commit', 'as --write, and commit both files on a new branch renew-<year>', false)
    .addOption(documentFormat())
    .option('-o, --output <file>', 'also write the protocol to this file, in that format (the record keeps Markdown)')
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
    .description(
      'the notice terminating the agreement and its effective date; with --write, record it; with --commit, also commit it on a new branch',
    )
    .requiredOption('--by <party>', 'the party giving notice, by the id the agreement gives it, e.g. ks')
    .option('--signatory <party=name, title>', "who signs the notice, when not the record's signatory", collect, [])
    .requiredOption('--notified <date>', 'the date the other party received the notice', dateArgument('--notified'))
    .option(
      '--write',
      'record the termination in agreement/agreement.md and write the notice to agreement/notices/',
      false,
    )
    .option('--commit', 'as --write, and commit both files on a new branch terminate-<date>', false)
    .addOption(documentFormat())
    .option('-o, --output <file>', 'also write the notice to this file, in that format (the record keeps Markdown)')
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
    .description(
      'a new records repository: the agreement from the options (in a terminal, asked for what they leave out), the folders, a README in Norwegian, the pull-request workflow, the pinned tool, and a first commit',
    )
    .argument('[dir]', 'the folder to create it in (default: this one)')
    .option('--title <title>', "the agreement's title")
    .option('--party <id:name:short>', 'a party, e.g. ks:"KS – Kommunesektorens organisasjon":KS (twice)', collect, [])
    .option('--signed <date>', 'the date it was signed', dateArgument('--signed'))
    .option('--end <date>', 'the last day of its term', dateArgument('--end'))
    .option('--convener <id>', 'the party that convenes the meetings (default: the first)')
    .option('--per-year <n>', 'meetings a year, at least (default: 2)', countArgument('--per-year', 1, 52))
    .option(
      '--notice-months <n>',
      "months' notice of termination (default: 1)",
      countArgument('--notice-months', 0, 36),
    )
    .addOption(
      new Option(
        '--notice-rule <rule>',
        'same-date: the notice ends on the same date N months on; end-of-month: at the end of that month (default: same-date)',
      ).choices(['same-date', 'end-of-month']),
    )
    .option(
      '--extension-years <n>',
      'how long an extension runs, in years (default: 1)',
      countArgument('--extension-years', 1, 10),
    )
    .addOption(
      new Option(
        '--roles <roles>',
        'together: one party chairs and takes the minutes in turn; split: one chairs, the other takes the minutes (default: together)',
      ).choices(['together', 'split']),
    )
    .option('--first <id>', 'the party whose turn the first meeting is (default: the convener)')
    .option('--signatory <party=name, title>', 'who signs for a party (repeatable)', collect, [])
    .option(
      '--install <route>',
      'how the repository gets the tool: tarball (this version, under vendor/), tarball=FILE, git=URL or global=SOURCE',
      'tarball',
    )
    .option('--no-commit', 'leave the files uncommitted')
    .option(
      '--allow-existing',
      'write into a folder that already holds files or uncommitted changes (nothing is overwritten; only the files init writes are committed)',
    )
    .addHelpText(
      'after',
      examples(
        'partnership init avtale-kdd',
        'partnership init avtale-kdd --title "Samarbeidsavtale mellom KS og KDD om digitalisering" --party ks:"KS – Kommunesektorens organisasjon":KS --party kdd:"Kommunal- og distriktsdepartementet":KDD --signed 2024-03-01 --end 2026-12-31',
        'partnership init avtale-kdd … --install git=https://github.com/ORG/partnership.git#v0.1.0',
      ),
    )
    .action(async (dir: string | undefined, options: object, self: Command) => {
      const [{ init }, { createContext }] = await Promise.all([import('../commands/init.js'), import('./context.js')]);
      exitCode = await init(dir, options, await createContext(self.optsWithGlobals<GlobalOptions>(), commandIo));
    });

  program
    .command('report')
    .description(
      'the evaluation basis: the cooperation from signing to today (or the end), year by year, in figures and pictures',
    )
    .addOption(
      new Option(
        '--format <format>',
        "html (a page with charts), md (the figures as tables) or json (the figures) (default: -o's extension, else html)",
      ).choices(REPORT_FORMATS),
    )
    .option('-o, --output <file>', 'write to this file (folders are created) instead of printing')
    .addHelpText(
      'after',
      examples(
        'partnership report -o evaluering.html',
        'partnership report -o evaluering.md',
        'partnership report --format json --today 2018-12-31',
      ),
    )
    .action(run(async (options, context) => (await import('../commands/report.js')).report(options, context)));

  program
    .command('schema')
    .description('write the JSON Schemas of the agreement, a meeting and an annual plan, for editors')
    .option(
      '--out <dir>',
      'write agreement.schema.json, meeting.schema.json and annual-plan.schema.json into this folder',
    )
    .addHelpText('after', examples('partnership schema --out schemas', 'partnership schema > schemas.json'))
    .action(run(async (options, context) => (await import('../commands/schema.js')).schema(options, context)));

  try {
    await program.parseAsync([...argv], { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    const expected = isExpectedError(error) ? error : fileSystemFailure(error, pathOf(error));
    if (expected) {
      io.stderr(`partnership: ${printableLines(expected.message)}\n`);
      return expected.exitCode;
    }
    io.stderr(
      `partnership: internal error: ${printableLines(error instanceof Error ? error.message : String(error))}\n`,
    );
    if (io.env.PARTNERSHIP_DEBUG && error instanceof Error) io.stderr(`${error.stack}\n`);
    else io.stderr('This is a bug in partnership; run again with PARTNERSHIP_DEBUG=1 for details and report it.\n');
    return 2;
  }
}
