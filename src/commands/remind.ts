import { addDays, type IsoDate, isoWeek, yearOf } from '../lib/dates.js';
import { UsageError } from '../lib/errors.js';
import { printable } from '../lib/printable.js';
import { message } from '../messages/catalogue.js';
import { clauseReference } from '../model/clauses.js';
import type { Agreement } from '../model/schemas.js';
import type { RemindFormat } from '../report/formats.js';
import { type Duty, duties, dutiesWithin } from '../schedule/duties.js';
import type { CommandContext } from '../session/context.js';
import { readCleanRecords } from '../session/records.js';

export interface RemindOptions {
  format?: RemindFormat;
  /** How many days ahead to look; every overdue duty is listed whatever it is. */
  within?: string;
}

const DEFAULT_WITHIN = 30;

/** The duties coming due within the window, and every one overdue: for a person, for a program, or as a GitHub issue. */
export function remind(options: RemindOptions, context: CommandContext): number {
  const within = windowOf(options.within);
  const records = readCleanRecords(context, 'records');
  const agreement = records.agreement.data;
  const { today } = context;
  const due = dutiesWithin(
    duties({ agreement, meetings: records.meetings, annualPlans: records.annualPlans }, today),
    today,
    within,
  );
  const format = options.format ?? 'text';
  if (format === 'json') {
    const rows = due.map((duty) => ({ ...duty, clause: clauseOf(agreement, duty) }));
    context.io.stdout(`${JSON.stringify({ today, within, until: addDays(today, within), duties: rows }, null, 2)}\n`);
    return 0;
  }
  const line = (duty: Duty) =>
    context.say(
      message('remind/duty', {
        kind: duty.kind,
        date: duty.date,
        subject: printable(duty.subject),
        clause: clauseOf(agreement, duty),
      }),
    ) +
    context.say(
      message('remind/settle', {
        command: duty.settle.command,
        field: duty.settle.field,
        file: duty.settle.file,
      }),
    );
  const overdue = due.filter((duty) => duty.overdue);
  const coming = due.filter((duty) => !duty.overdue);
  if (format === 'github') {
    // No issue when nothing is due: the workflow creates one only from a body it is given.
    if (due.length === 0) return 0;
    const title = context.say(message('remind/github-title', { week: isoWeek(today), year: weekYear(today) }));
    const section = (heading: string, list: Duty[]) =>
      list.length === 0 ? [] : [`## ${heading}`, '', ...list.map((duty) => `- [ ] ${line(duty)}`), ''];
    context.io.stdout(
      [
        title,
        '',
        context.say(message('remind/github-intro', { today, within })),
        '',
        ...section(context.say(message('remind/overdue')), overdue),
        ...section(context.say(message('remind/coming', { until: addDays(today, within) })), coming),
      ].join('\n'),
    );
    return 0;
  }
  if (due.length === 0) {
    context.io.stdout(`${context.say(message('remind/nothing', { within }))}\n`);
    return 0;
  }
  const lines = [
    ...(overdue.length > 0
      ? [context.color.red(context.say(message('remind/overdue'))), ...overdue.map((duty) => `  ${line(duty)}`)]
      : []),
    ...(coming.length > 0
      ? [
          context.color.bold(context.say(message('remind/coming', { until: addDays(today, within) }))),
          ...coming.map((duty) => `  ${line(duty)}`),
        ]
      : []),
  ];
  context.io.stdout(`${lines.join('\n')}\n`);
  return 0;
}

function windowOf(within: string | undefined): number {
  if (within === undefined) return DEFAULT_WITHIN;
  if (!/^\d{1,4}$/.test(within)) throw new UsageError(message('remind/within', { value: printable(within) }));
  return Number(within);
}

function clauseOf(agreement: Agreement, duty: Duty): string | null {
  if (duty.clause === null) return null;
  return 'topic' in duty.clause ? clauseReference(agreement, duty.clause.topic) : `§${duty.clause.number}`;
}

/** The year an ISO week belongs to: 29 December may be in week 1 of the next. */
function weekYear(date: IsoDate): number {
  const week = isoWeek(date);
  const year = yearOf(date);
  if (week === 1 && date.slice(5, 7) === '12') return year + 1;
  if (week >= 52 && date.slice(5, 7) === '01') return year - 1;
  return year;
}
