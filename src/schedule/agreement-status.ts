/**
 * The agreement at a glance on a day, as data: its term and extensions, the evaluation, the year's
 * meetings against the requirement, the next meeting, minutes awaiting approval, the annual plan, a
 * renewal to decide, and what is open. The one home `status` and `portfolio` both answer from.
 */
import { type IsoDate, yearOf } from '../lib/dates.js';
import type { Agreement, AnnualPlan } from '../model/schemas.js';
import { renewalOutlook } from '../term/outlook.js';
import { isInForce, termFacts, yearInForce } from '../term/term.js';
import { nextMeeting } from './next-meeting.js';
import { countYear, type MeetingLike, meetingsByYear } from './requirement.js';

export interface StatusRecords {
  agreement: Agreement;
  meetings: readonly MeetingLike[];
  annualPlans: ReadonlyArray<{ data: AnnualPlan }>;
}

export function agreementStatus(records: StatusRecords, today: IsoDate) {
  const agreement = records.agreement;
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
      ...termFacts(agreement),
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

  return { report, next };
}

export type AgreementStatus = ReturnType<typeof agreementStatus>['report'];
