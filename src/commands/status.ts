import { message } from '../messages/catalogue.js';
import { clauseReference } from '../model/clauses.js';
import { partyLabel, partyShortName } from '../model/parties.js';
import { agreementStatus } from '../schedule/agreement-status.js';
import type { CommandContext } from '../session/context.js';
import { readCleanRecords } from '../session/records.js';

export interface StatusOptions {
  json: boolean;
}

/** The agreement at a glance: the answer as data, then as text. */
export function status(options: StatusOptions, context: CommandContext): number {
  const records = readCleanRecords(context, 'records');
  const agreement = records.agreement.data;
  const { today } = context;
  const { report, next } = agreementStatus({ ...records, agreement }, today);
  const year = report.meetings_this_year.year;

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
