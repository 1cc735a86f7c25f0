import { yearOf } from '../lib/dates.js';
import { citing } from '../model/clauses.js';
import { partyLabel, partyShortName } from '../model/parties.js';
import { nextMeeting } from '../schedule/next-meeting.js';
import { countYear, meetingsByYear } from '../schedule/requirement.js';
import type { CommandContext } from '../session/context.js';
import { readCleanRecords } from '../session/records.js';
import { renewalOutlook } from '../term/outlook.js';
import { isInForce, lastDayInForce, yearInForce } from '../term/term.js';

export interface StatusOptions {
  json: boolean;
}

/** The agreement at a glance: the answer as data, then as text. */
export function status(options: StatusOptions, context: CommandContext): number {
  const records = readCleanRecords(context, 'records');
  const agreement = records.agreement.data;
  const { today } = context;
  const year = yearOf(today);
  const inForceThisYear = yearInForce(agreement, year);
  const count = inForceThisYear && countYear(inForceThisYear, meetingsByYear(records.meetings).get(year) ?? [], today);
  const next = nextMeeting(agreement, records.meetings, today);
  const plan = records.annualPlans.find((candidate) => candidate.data.year === year);
  const outlook = renewalOutlook(agreement, today);

  const report = {
    agreement: {
      id: agreement.id,
      title: agreement.title,
      signed: agreement.signed,
      in_force: isInForce(agreement, today),
      last_day: lastDayInForce(agreement),
      extensions: agreement.extensions.map(({ year: extended, decided }) => ({ year: extended, decided })),
      termination: agreement.termination && {
        by: agreement.termination.by,
        notified: agreement.termination.notified,
        effective: agreement.termination.effective,
      },
      evaluation: { due: agreement.evaluation.due, completed: agreement.evaluation.completed },
    },
    meetings_this_year: {
      year,
      in_force: Boolean(count),
      required: count ? count.required : 0,
      held: count ? count.held : 0,
      planned: count ? count.planned : 0,
    },
    minutes_awaiting_approval: records.meetings
      .filter(
        (meeting) =>
          meeting.data.status === 'held' && meeting.data.minutes_approved === null && meeting.data.date <= today,
      )
      .map((meeting) => meeting.id),
    annual_plan: plan
      ? {
          year: plan.data.year,
          status: plan.data.status,
          priorities: plan.data.priorities.map(({ title, status: state, due }) => ({ title, status: state, due })),
        }
      : null,
    renewal_due:
      outlook.kind === 'extendable' && outlook.due ? { year: outlook.year, decide_by: outlook.decideBy } : null,
    next_meeting: {
      source: next.source,
      meeting: next.meeting,
      date: next.date,
      due_by: next.due_by,
      chair: next.chair,
      minutes: next.minutes,
      in_term: next.in_term,
    },
    open_obligations: agreement.obligations
      .filter((obligation) => obligation.done === null)
      .map(({ id, clause, text, due }) => ({ id, clause, text, due, overdue: due < today })),
    open_actions: records.meetings.flatMap((meeting) =>
      meeting.data.actions
        .filter((action) => action.done === null)
        .map(({ text, responsible, due }) => ({
          meeting: meeting.id,
          text,
          responsible,
          due,
          overdue: due !== null && due < today,
        })),
    ),
    open_consultations: agreement.consultations
      .filter((consultation) => consultation.brought === null)
      .map(({ id, question, raised_by, notified_in }) => ({ id, question, raised_by, notified_in })),
    related_agreements_ended: agreement.related_agreements
      .filter((related) => related.end < today)
      .map(({ id, title, end }) => ({ id, title, end })),
  };

  if (options.json) {
    context.io.stdout(`${JSON.stringify(report, null, 2)}\n`);
    return 0;
  }

  const { color } = context;
  const a = report.agreement;
  const state = a.termination
    ? `terminated by ${partyLabel(records.agreement.data, a.termination.by, context.today)} (notice ${a.termination.notified}), ${a.in_force ? 'in force until' : 'ended'} ${a.termination.effective}`
    : a.in_force
      ? `in force until ${a.last_day}`
      : today < a.signed
        ? `not yet in force (from ${a.signed})`
        : `not in force: ran out ${a.last_day}`;
  const m = report.meetings_this_year;
  const list = (items: string[]) => (items.length === 0 ? ['  none'] : items.map((item) => `  - ${item}`));
  const lines = [
    color.bold(a.title),
    `  Status:      ${a.in_force ? color.green(state) : color.yellow(state)}`,
    `  Signed:      ${a.signed}`,
    `  Extensions:  ${a.extensions.length === 0 ? 'none' : a.extensions.map((extension) => `${extension.year} (decided ${extension.decided})`).join(', ')}`,
    `  Evaluation:  ${a.evaluation.completed ? `completed ${a.evaluation.completed}` : `due ${a.evaluation.due}, not recorded`}${citing(agreement, 'evaluation')}`,
    '',
    ...(report.renewal_due
      ? [
          color.yellow(
            `Renewal: the term runs out ${report.renewal_due.decide_by}; decide an extension from ${report.renewal_due.year} by then (partnership renew --year ${report.renewal_due.year})`,
          ),
          '',
        ]
      : []),
    `${color.bold(`Meetings in ${m.year}:`)} ${m.in_force ? `${m.held} held, ${m.planned} planned, ${m.required} required${citing(agreement, 'meetings')}` : 'the agreement is not in force this year'}`,
    next.source === 'none'
      ? `${color.bold('Next meeting:')} none: the agreement has ended (partnership next-meeting tells why)`
      : `${color.bold('Next meeting:')} ${next.date} (${next.source}), chair ${partyShortName(agreement, next.chair, context.today)}, minutes ${partyShortName(agreement, next.minutes, context.today)}${next.in_term ? '' : color.red(', outside the term')}: partnership next-meeting tells more`,
    '',
    color.bold('Open obligations:'),
    ...list(
      report.open_obligations.map(
        (o) => `${o.id} (§${o.clause}): ${o.text}; due ${o.due}${o.overdue ? color.red(', overdue') : ''}`,
      ),
    ),
    color.bold('Minutes awaiting approval:'),
    ...list(
      report.minutes_awaiting_approval.map(
        (id) =>
          `meeting ${id}: once both parties have approved the referat, partnership approve ${id} --date <the day>`,
      ),
    ),
    color.bold(`Annual plan for ${year}:`),
    ...(report.annual_plan
      ? [
          `  ${report.annual_plan.status}`,
          ...report.annual_plan.priorities.map(
            (priority) => `  - ${priority.title}: ${priority.status}${priority.due ? `, due ${priority.due}` : ''}`,
          ),
        ]
      : ['  none']),
    color.bold('Open actions (oppfølging):'),
    ...list(
      report.open_actions.map(
        (action) =>
          `${action.text}; ${action.responsible.map((party) => partyShortName(agreement, party, context.today)).join(', ')}${action.due ? `, due ${action.due}` : ''}${action.overdue ? color.red(', overdue') : ''} (meeting ${action.meeting})`,
      ),
    ),
    color.bold(`Open consultations${citing(agreement, 'consultation')}:`),
    ...list(
      report.open_consultations.map(
        (c) =>
          `${c.id}: ${c.question}; raised by ${partyShortName(agreement, c.raised_by, context.today)} in meeting ${c.notified_in}, not yet brought`,
      ),
    ),
    color.bold(`Related agreements that have run out${citing(agreement, 'related_agreements')}:`),
    ...list(report.related_agreements_ended.map((r) => `${r.id}: ${r.title}; ended ${r.end}`)),
  ];
  context.io.stdout(`${lines.join('\n')}\n`);
  return 0;
}
