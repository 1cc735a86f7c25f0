/**
 * Every agreement at once: each records repository checked as validate checks it, and summed up from
 * the same homes status and remind answer from (the term, the year's meetings, the next meeting and its
 * deadlines, minutes to approve, what is open, the duty that comes due first); one table sorted by what
 * comes due first, in text, Markdown, a page or JSON, and one calendar of every agreement's dates.
 */

import { escapeHtml, htmlPage } from '../documents/page.js';
import type { BuiltinTemplates } from '../documents/templates.js';
import { compareText } from '../lib/compare.js';
import type { IsoDate } from '../lib/dates.js';
import { printable } from '../lib/printable.js';
import { type Message, message } from '../messages/catalogue.js';
import { partiesOn } from '../model/parties.js';
import type { PortfolioEntry, PortfolioReport } from '../model/portfolio.js';
import type { Agreement } from '../model/schemas.js';
import { checkRepository } from '../pipeline/check.js';
import type { MeetingRecord, SourceFile } from '../records/types.js';
import { agreementStatus } from '../schedule/agreement-status.js';
import type { CalendarEntry } from '../schedule/calendar.js';
import { duties } from '../schedule/duties.js';
import { nextMeeting } from '../schedule/next-meeting.js';
import { renewalOutlook } from '../term/outlook.js';

/** A repository as the portfolio read it: its entry, and what the calendar needs of its records. */
export interface PortfolioItem {
  entry: PortfolioEntry;
  records: { agreement: Agreement; meetings: readonly MeetingRecord[] } | null;
}

/** A repository that could not be read at all: named with the reason. */
export function unreadable(source: string, problem: string): PortfolioItem {
  return {
    entry: {
      source,
      state: 'unreadable',
      problem,
      errors: 0,
      warnings: 0,
      agreement: null,
      meetings_this_year: null,
      next_meeting: null,
      minutes_awaiting_approval: [],
      open_actions: 0,
      overdue_actions: 0,
      open_obligations: 0,
      next_due: null,
    },
    records: null,
  };
}

/** One repository's files, checked as validate checks them and summed up on `today`. */
export function portfolioItem(
  source: string,
  files: readonly SourceFile[],
  today: IsoDate,
  builtinTemplates: BuiltinTemplates,
  say: (text: Message) => string,
): PortfolioItem {
  const check = checkRepository(files, today, builtinTemplates);
  const errors = check.findings.filter((finding) => finding.severity === 'error');
  const warnings = check.findings.length - errors.length;
  const [first] = errors;
  // A file's name and a record's words are a stranger's: never printed raw.
  const problem = first ? printable(`${first.file}:${first.line}:${first.column}: ${say(first.message)}`) : null;
  const { records } = check;
  const agreement = records.agreement?.data;
  const base = {
    source,
    state: errors.length > 0 ? ('errors' as const) : ('ok' as const),
    problem,
    errors: errors.length,
    warnings,
  };
  if (!agreement) {
    return { entry: { ...unreadable(source, problem ?? '').entry, ...base, state: 'errors' }, records: null };
  }
  const { report } = agreementStatus(
    { agreement, meetings: records.meetings, annualPlans: records.annualPlans },
    today,
  );
  const next = nextMeeting(agreement, records.meetings, today);
  const due = duties({ agreement, meetings: records.meetings, annualPlans: records.annualPlans }, today)
    .sort((a, b) => a.date.localeCompare(b.date))
    .at(0);
  const a = report.agreement;
  return {
    entry: {
      ...base,
      agreement: {
        id: a.id,
        title: a.title,
        parties: partiesOn(agreement, today).map(({ id, name, short }) => ({ id, name, short })),
        in_force: a.in_force,
        last_day: a.last_day,
        extensions: a.extensions,
        renewal: renewalOf(agreement, today),
        evaluation: a.evaluation,
      },
      meetings_this_year: report.meetings_this_year.in_force
        ? {
            year: report.meetings_this_year.year,
            required: report.meetings_this_year.required,
            held: report.meetings_this_year.held,
            planned: report.meetings_this_year.planned,
          }
        : null,
      next_meeting:
        next.source === 'none'
          ? null
          : { date: next.date, source: next.source, notice_by: next.notice_by, documents_by: next.documents_by },
      minutes_awaiting_approval: report.minutes_awaiting_approval,
      open_actions: report.open_actions.length,
      overdue_actions: report.open_actions.filter((action) => action.overdue).length,
      open_obligations: report.open_obligations.length,
      next_due: due ? { date: due.date, kind: due.kind, subject: due.subject, overdue: due.overdue } : null,
    },
    records: { agreement, meetings: records.meetings },
  };
}

/** The next renewal decision, whether due yet or not; null when the agreement cannot be extended. */
function renewalOf(agreement: Agreement, today: IsoDate): NonNullable<PortfolioEntry['agreement']>['renewal'] {
  const outlook = renewalOutlook(agreement, today);
  return outlook.kind === 'extendable' ? { year: outlook.year, decide_by: outlook.decideBy, due: outlook.due } : null;
}

/** What comes due first, first; a repository without a duty after those with one; those unread last. */
export function portfolioReport(items: readonly PortfolioItem[], today: IsoDate): PortfolioReport {
  const rank = (entry: PortfolioEntry) => (entry.state === 'unreadable' ? 2 : entry.next_due ? 0 : 1);
  const agreements = items
    .map((item) => item.entry)
    .sort(
      (a, b) =>
        rank(a) - rank(b) ||
        (a.next_due?.date ?? '').localeCompare(b.next_due?.date ?? '') ||
        compareText(a.agreement?.title ?? a.source, b.agreement?.title ?? b.source),
    );
  return { today, agreements };
}

/**
 * Every agreement's meetings and deadlines as one calendar, each event under its agreement's own UID and
 * sequence (as its `calendar` feed has them); a second repository of the same agreement (a copy, a fork)
 * gets its UIDs marked with its place in the list, so no two events share one.
 */
export function portfolioEntries(
  calendars: ReadonlyArray<{ agreement: Agreement; entries: readonly CalendarEntry[] }>,
  today: IsoDate,
): CalendarEntry[] {
  const seen = new Map<string, number>();
  return calendars.flatMap(({ agreement, entries }) => {
    const copy = seen.get(agreement.id) ?? 0;
    seen.set(agreement.id, copy + 1);
    const prefix = partiesOn(agreement, today)
      .map((party) => party.short)
      .join('–');
    return entries.map((entry) => ({
      ...entry,
      uid: copy === 0 ? entry.uid : entry.uid.replace(/@partnership$/, `.${copy + 1}@partnership`),
      summary: entry.summary.startsWith(prefix) ? entry.summary : `${prefix}: ${entry.summary}`,
    }));
  });
}

interface Column {
  head: Message;
  cell: (entry: PortfolioEntry) => string;
}

function columns(today: IsoDate, say: (text: Message) => string): Column[] {
  const year = Number(today.slice(0, 4));
  return [
    {
      head: message('portfolio/col-due'),
      // Worded as remind words it: the date, what is due and about what.
      cell: (entry) =>
        entry.next_due
          ? `${say(message('remind/duty', { kind: entry.next_due.kind, date: entry.next_due.date, subject: printable(entry.next_due.subject), clause: null }))}${entry.next_due.overdue ? ` (${say(message('remind/overdue')).toLocaleLowerCase()})` : ''}`
          : '–',
    },
    {
      head: message('portfolio/col-agreement'),
      cell: (entry) => (entry.agreement ? entry.agreement.parties.map((party) => party.short).join('–') : entry.source),
    },
    {
      head: message('portfolio/col-in-force'),
      cell: (entry) =>
        entry.agreement
          ? `${entry.agreement.last_day}${entry.agreement.in_force ? '' : ` (${say(message('portfolio/not-in-force'))})`}`
          : '–',
    },
    {
      head: message('portfolio/col-renewal'),
      cell: (entry) =>
        entry.agreement?.renewal ? `${entry.agreement.renewal.year}: ${entry.agreement.renewal.decide_by}` : '–',
    },
    {
      head: message('portfolio/col-meetings', { year }),
      cell: (entry) =>
        entry.meetings_this_year ? `${entry.meetings_this_year.held}/${entry.meetings_this_year.required}` : '–',
    },
    {
      head: message('portfolio/col-next'),
      cell: (entry) => (entry.next_meeting ? entry.next_meeting.date : '–'),
    },
    { head: message('portfolio/col-minutes'), cell: (entry) => String(entry.minutes_awaiting_approval.length) },
    {
      head: message('portfolio/col-open'),
      cell: (entry) =>
        `${entry.open_actions}${entry.overdue_actions ? ` (${entry.overdue_actions} !)` : ''}/${entry.open_obligations}`,
    },
    {
      head: message('portfolio/col-findings'),
      cell: (entry) => (entry.state === 'unreadable' ? '–' : `${entry.errors}/${entry.warnings}`),
    },
  ];
}

function problems(report: PortfolioReport, say: (text: Message) => string): string[] {
  return report.agreements
    .filter((entry) => entry.problem !== null)
    .map((entry) =>
      say(
        message(entry.state === 'unreadable' ? 'portfolio/cannot-read' : 'portfolio/has-errors', {
          source: entry.source,
          problem: entry.problem ?? '',
          errors: entry.errors,
        }),
      ),
    );
}

export function portfolioText(report: PortfolioReport, say: (text: Message) => string): string {
  const cols = columns(report.today, say);
  const rows = [
    cols.map((column) => say(column.head)),
    ...report.agreements.map((entry) => cols.map((column) => column.cell(entry))),
  ];
  const widths = cols.map((_, index) => Math.max(...rows.map((row) => [...(row[index] ?? '')].length)));
  const lines = rows.map((row) =>
    row
      .map((cell, index) =>
        index === row.length - 1 ? cell : cell + ' '.repeat((widths[index] ?? 0) - [...cell].length),
      )
      .join('  ')
      .trimEnd(),
  );
  const trouble = problems(report, say);
  return `${say(message('portfolio/heading', { today: report.today, count: report.agreements.length }))}\n\n${lines.join('\n')}\n${
    trouble.length > 0 ? `\n${trouble.join('\n')}\n` : ''
  }`;
}

export function portfolioMarkdown(report: PortfolioReport, say: (text: Message) => string): string {
  const cols = columns(report.today, say);
  const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
  const trouble = problems(report, say);
  return `# ${say(message('portfolio/heading', { today: report.today, count: report.agreements.length }))}

| ${cols.map((column) => cell(say(column.head))).join(' | ')} |
| ${cols.map(() => '---').join(' | ')} |
${report.agreements.map((entry) => `| ${cols.map((column) => cell(column.cell(entry))).join(' | ')} |`).join('\n')}
${trouble.length > 0 ? `\n${trouble.map((line) => `- ${cell(line)}`).join('\n')}\n` : ''}`;
}

/** The table as a page with the site's bar: lang, a skip link, one h1, header cells, no script. */
export function portfolioHtml(report: PortfolioReport, say: (text: Message) => string, lang: string): string {
  const cols = columns(report.today, say);
  const heading = escapeHtml(
    say(message('portfolio/heading', { today: report.today, count: report.agreements.length })),
  );
  const rows = report.agreements
    .map(
      (entry) =>
        `<tr>${cols
          .map((column, index) =>
            index === 1
              ? `<th scope="row">${escapeHtml(column.cell(entry))}${entry.agreement ? `<br><span class="title">${escapeHtml(entry.agreement.title)}</span>` : ''}</th>`
              : `<td>${escapeHtml(column.cell(entry))}</td>`,
          )
          .join('')}</tr>`,
    )
    .join('\n');
  const trouble = problems(report, say);
  return htmlPage({
    title: heading,
    lang,
    css: PORTFOLIO_CSS,
    body: `<a class="skip" href="#innhold">${escapeHtml(say(message('portfolio/skip')))}</a>
<main id="innhold" tabindex="-1">
<h1>${heading}</h1>
<table><thead><tr>${cols.map((column) => `<th scope="col">${escapeHtml(say(column.head))}</th>`).join('')}</tr></thead>
<tbody>
${rows}
</tbody></table>
${trouble.length > 0 ? `<ul>${trouble.map((line) => `<li>${escapeHtml(line)}</li>`).join('')}</ul>\n` : ''}</main>
`,
  });
}

const PORTFOLIO_CSS = `
body { font-family: Arial, "Helvetica Neue", Helvetica, sans-serif; line-height: 1.5; color: #1a1a1a; background: #fff; margin: 0 auto; max-width: 70rem; padding: 0 1rem; }
.skip { position: absolute; left: 0.5rem; top: -3rem; background: #fff; padding: 0.5rem; }
.skip:focus { top: 0.5rem; }
a:focus-visible, main:focus-visible { outline: 3px solid #b35c00; outline-offset: 2px; }
table { border-collapse: collapse; }
th, td { text-align: left; vertical-align: top; padding: 0.3rem 0.8rem 0.3rem 0; border-bottom: 1px solid #767676; }
.title { font-weight: normal; font-size: 0.9rem; }
@page { size: A4 landscape; margin: 15mm; }
@media print { .skip { display: none; } body { max-width: none; font-size: 10pt; } tr { break-inside: avoid; } }
`;
