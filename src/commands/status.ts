import { yearOf } from '../lib/dates.js';
import { message } from '../messages/catalogue.js';
import { clauseReference } from '../model/clauses.js';
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

  const { color, say } = context;
  const a = report.agreement;
  const short = (party: string) => partyShortName(agreement, party, context.today);
  const clause = (topic: Parameters<typeof clauseReference>[1]) => clauseReference(agreement, topic);
  const state = say(
    a.termination
      ? message('status/terminated', {
          party: partyLabel(records.agreement.data, a.termination.by, context.today),
          notified: a.termination.notified,
          inForce: a.in_force,
          effective: a.termination.effective,
        })
      : a.in_force
        ? message('status/in-force-until', { lastDay: a.last_day })
        : today < a.signed
          ? message('status/not-yet', { signed: a.signed })
          : message('status/ran-out', { lastDay: a.last_day }),
  );
  const m = report.meetings_this_year;
  const none = `  ${say(message('status/none'))}`;
  const list = (items: string[]) => (items.length === 0 ? [none] : items.map((item) => `  - ${item}`));
  const overdue = color.red(say(message('status/overdue')));
  const nextLine =
    next.source === 'none'
      ? say(message('status/next-none'))
      : `${say(message('status/next', { date: next.date, source: next.source, chair: short(next.chair), minutes: short(next.minutes) }))}${next.in_term ? '' : color.red(say(message('status/outside-term')))}${say(message('status/tells-more'))}`;
  const lines = [
    color.bold(a.title),
    `${say(message('status/status-label'))}${a.in_force ? color.green(state) : color.yellow(state)}`,
    say(
      message('status/agreement', {
        signed: a.signed,
        extensions: a.extensions,
        completed: a.evaluation.completed,
        due: a.evaluation.due,
        clause: clause('evaluation'),
      }),
    ),
    '',
    ...(report.renewal_due
      ? [
          color.yellow(
            say(
              message('status/renewal-due', { decideBy: report.renewal_due.decide_by, year: report.renewal_due.year }),
            ),
          ),
          '',
        ]
      : []),
    `${color.bold(say(message('status/meetings-heading', { year: m.year })))} ${say(
      m.in_force
        ? message('status/meetings', { ...m, clause: clause('meetings') })
        : message('status/not-in-force-this-year'),
    )}`,
    `${color.bold(say(message('next-meeting/heading')))} ${nextLine}`,
    '',
    color.bold(say(message('status/obligations-heading'))),
    ...list(report.open_obligations.map((o) => `${say(message('status/obligation', o))}${o.overdue ? overdue : ''}`)),
    color.bold(say(message('status/minutes-heading'))),
    ...list(report.minutes_awaiting_approval.map((id) => say(message('status/minutes', { meeting: id })))),
    color.bold(say(message('status/plan-heading', { year }))),
    ...(report.annual_plan
      ? [
          say(message('status/plan-status', { status: report.annual_plan.status })),
          ...report.annual_plan.priorities.map((priority) =>
            say(message('status/priority', { title: priority.title, status: priority.status, due: priority.due })),
          ),
        ]
      : [none]),
    color.bold(say(message('status/actions-heading'))),
    ...list(
      report.open_actions.map(
        (action) =>
          `${say(message('status/action', { text: action.text, responsible: action.responsible.map(short).join(', '), due: action.due }))}${action.overdue ? overdue : ''}${say(message('status/action-meeting', { meeting: action.meeting }))}`,
      ),
    ),
    color.bold(say(message('status/consultations-heading', { clause: clause('consultation') }))),
    ...list(
      report.open_consultations.map((c) =>
        say(
          message('status/consultation', {
            id: c.id,
            question: c.question,
            party: short(c.raised_by),
            meeting: c.notified_in,
          }),
        ),
      ),
    ),
    color.bold(say(message('status/related-heading', { clause: clause('related_agreements') }))),
    ...list(report.related_agreements_ended.map((r) => say(message('status/related', r)))),
  ];
  context.io.stdout(`${lines.join('\n')}\n`);
  return 0;
}
