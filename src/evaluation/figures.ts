/**
 * The evaluation basis (§6 of the KS–KMD agreement): the cooperation from signing to today (or the
 * agreement's end), year by year, counted from the records. Pure: the same records and day give the
 * same figures, which the JSON report prints as they are and the Markdown and HTML reports draw.
 */

import { daysBetween, type IsoDate, minDate, yearOf } from '../lib/dates.js';
import type { DocumentLanguage } from '../messages/language.js';
import { REPORT_WORDS } from '../messages/report-words.js';
import { partiesOn, partyShortName, renamingsBetween } from '../model/parties.js';
import type { Agreement, AnnualPlan, Meeting } from '../model/schemas.js';
import { meetingDeadlines, sentLate } from '../schedule/deadlines.js';
import type { MeetingLike } from '../schedule/requirement.js';
import { countYear, meetingsByYear } from '../schedule/requirement.js';
import { lastDayInForce, termFacts, yearInForce } from '../term/term.js';

export type Counts = Record<string, number>;

export interface PlanFigures {
  status: AnnualPlan['status'];
  priorities: number;
  done: number;
  ongoing: number;
  planned: number;
  dropped: number;
}

export interface YearFigures {
  year: number;
  /** False for a year the report ends in while the agreement runs on: its figures are so far. */
  complete: boolean;
  /** The meetings §2 requires that year, pro rata for a part year, as the meetings-per-year rule counts them. */
  required: number;
  held: number;
  planned: number;
  cancelled: number;
  /** Held meetings chaired, and minuted, by each party. */
  chair: Counts;
  minutes: Counts;
  /** Held meetings at which each party had someone present. */
  attendance: Counts;
  /** The held meetings' own agenda items (the standing ones left out). */
  items: { by_focus: Counts; by_party: Counts; outside_focus: number };
  /** Days between the notice (innkalling) and each held meeting, in date order; null where not recorded. */
  notice_days: Array<number | null>;
  /** Whether each held meeting's notice went out after its deadline (moved to a working day), as the convener rule judges it. */
  notice_late: Array<boolean | null>;
  /** The held meetings, by id, in the order of notice_days. */
  held_meetings: string[];
  /** Actions agreed in the year's held meetings: how many, how many done by the report's day, how many open. */
  actions: { opened: number; done: number; open: number };
  plan: PlanFigures | null;
}

export type TimelineKind =
  | 'signed'
  | 'meeting-held'
  | 'meeting-planned'
  | 'meeting-cancelled'
  | 'plan'
  | 'consultation'
  | 'extension'
  | 'evaluation'
  | 'termination'
  | 'term-end';

export interface TimelineEvent {
  date: IsoDate;
  kind: TimelineKind;
  /** In the report's written standard, as the page shows it. */
  label: string;
}

export interface Figures {
  agreement: string;
  title: string;
  /** The written standard of the report's words, and of the timeline's labels here. */
  language: DocumentLanguage;
  from: IsoDate;
  to: IsoDate;
  /** The day the report was made: its source line says so. */
  produced: IsoDate;
  /**
   * Each party as it stands at the report's end, with every short name it had in the period, in order
   * ("KMD", "KDD"): a series over the years is named by all of them, so the past keeps its names.
   */
  parties: Array<{ id: string; short: string; name: string; short_names: string[] }>;
  /** The parties' changes of name in the period, for the report to state. */
  renamed: Array<{ from: IsoDate; previous: string; short: string }>;
  focus_areas: Array<{ letter: string; text: string }>;
  /** The practice the convener's notices are measured against. */
  notice_days_required: number;
  years: YearFigures[];
  /** Questions raised for konsultasjonsordningen, and how many of them were brought to it. */
  consultations: number;
  consultations_brought: number;
  obligations: { done: number; open: number };
  extensions: number;
  evaluation: { due: IsoDate; completed: IsoDate | null };
  /** Findings the parties accepted, with their reasons, in the agreement's deviations. */
  deviations: Array<{ rule: string; year: number | null; meeting: string | null; reason: string }>;
  termination: { by: string; notified: IsoDate; effective: IsoDate } | null;
  timeline: TimelineEvent[];
}

export interface EvaluationRecords {
  agreement: Agreement;
  meetings: readonly MeetingLike[];
  annualPlans: ReadonlyArray<{ data: AnnualPlan }>;
}

const zeroes = (keys: readonly string[]): Counts => Object.fromEntries(keys.map((key) => [key, 0]));

export function evaluationFigures({ agreement, meetings, annualPlans }: EvaluationRecords, today: IsoDate): Figures {
  const to = minDate(today, lastDayInForce(agreement));
  const partyIds = agreement.parties.map((party) => party.id);
  const letters = Object.keys(agreement.focus_areas);
  const within = meetings.filter((meeting) => meeting.data.date >= agreement.signed && meeting.data.date <= to);
  // Grouped once, so that each year reads only its own meetings: the report stays linear over decades of records.
  const byYear = meetingsByYear(meetings);
  const withinByYear = meetingsByYear(within);
  // The first plan for a year, as a lookup: a second one for the same year is the annual-plan rule's finding.
  const plans = new Map([...annualPlans].reverse().map(({ data }) => [data.year, data]));
  const years: YearFigures[] = [];
  for (let year = yearOf(agreement.signed); year <= yearOf(to); year += 1) {
    const withinThatYear = withinByYear.get(year) ?? [];
    const held = withinThatYear.filter((meeting) => meeting.data.status === 'held');
    const plan = plans.get(year);
    const inForce = yearInForce(agreement, year);
    // Held and planned as status and the meetings-per-year rule count them: a planned meeting whose day has passed is neither.
    const count = inForce ? countYear(inForce, byYear.get(year) ?? [], today) : undefined;
    years.push({
      year,
      complete: to >= `${year}-12-31` || to === lastDayInForce(agreement),
      required: inForce?.required ?? 0,
      held: count?.held ?? held.length,
      planned: count?.planned ?? 0,
      cancelled: withinThatYear.filter((meeting) => meeting.data.status === 'cancelled').length,
      chair: tally(partyIds, held, (data) => [data.chair]),
      minutes: tally(partyIds, held, (data) => [data.minutes]),
      attendance: tally(partyIds, held, (data) =>
        Object.entries(data.attendees)
          .filter(([, people]) => people.length > 0)
          .map(([party]) => party),
      ),
      items: {
        by_focus: tally(letters, held, (data) => data.agenda.flatMap((item) => (item.focus ? [item.focus] : []))),
        by_party: tally(partyIds, held, (data) => data.agenda.map((item) => item.proposed_by)),
        outside_focus: held.reduce((sum, { data }) => sum + data.agenda.filter((item) => !item.focus).length, 0),
      },
      notice_days: held.map(({ data }) => (data.notice_sent ? daysBetween(data.notice_sent, data.date) : null)),
      notice_late: held.map(({ data }) =>
        data.notice_sent ? sentLate(meetingDeadlines(agreement, data.date).notice, data.notice_sent) : null,
      ),
      held_meetings: held.map((meeting) => meeting.id),
      actions: actionFigures(held, to),
      plan: plan ? planFigures(plan) : null,
    });
  }
  return {
    agreement: agreement.id,
    title: agreement.title,
    language: agreement.language,
    from: agreement.signed,
    to,
    produced: today,
    parties: partiesOn(agreement, to).map(({ id, short, name }) => ({
      id,
      short,
      name,
      short_names: [
        ...new Set([
          partyShortName(agreement, id, agreement.signed),
          ...renamingsBetween(agreement, id, agreement.signed, to).map((renaming) => renaming.short),
        ]),
      ],
    })),
    renamed: agreement.parties
      .flatMap((party) => renamingsBetween(agreement, party.id, agreement.signed, to))
      .filter((renaming) => renaming.short !== renaming.previous.short)
      .map((renaming) => ({ from: renaming.from, previous: renaming.previous.short, short: renaming.short }))
      .sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0)),
    focus_areas: Object.entries(agreement.focus_areas).map(([letter, text]) => ({ letter, text })),
    notice_days_required: agreement.meetings.notice_days,
    years,
    consultations: agreement.consultations.length,
    consultations_brought: agreement.consultations.filter((consultation) => consultation.brought !== null).length,
    obligations: {
      done: agreement.obligations.filter((obligation) => obligation.done !== null && obligation.done <= to).length,
      open: agreement.obligations.filter((obligation) => obligation.done === null || obligation.done > to).length,
    },
    extensions: agreement.extensions.length,
    evaluation: { due: agreement.evaluation.due, completed: agreement.evaluation.completed },
    deviations: agreement.deviations.map(({ rule, year, meeting, reason }) => ({
      rule,
      year: year ?? null,
      meeting: meeting ?? null,
      reason,
    })),
    termination: termFacts(agreement).termination,
    timeline: timeline({ agreement, meetings, annualPlans }, to),
  };
}

function tally(keys: readonly string[], meetings: readonly MeetingLike[], of: (data: Meeting) => string[]): Counts {
  const counts = zeroes(keys);
  for (const { data } of meetings) for (const key of of(data)) counts[key] = (counts[key] ?? 0) + 1;
  return counts;
}

function actionFigures(held: readonly MeetingLike[], to: IsoDate): YearFigures['actions'] {
  const actions = held.flatMap(({ data }) => data.actions);
  const done = actions.filter((action) => action.done !== null && action.done <= to).length;
  return { opened: actions.length, done, open: actions.length - done };
}

function planFigures(plan: AnnualPlan): PlanFigures {
  const count = (status: string) => plan.priorities.filter((priority) => priority.status === status).length;
  return {
    status: plan.status,
    priorities: plan.priorities.length,
    done: count('done'),
    ongoing: count('ongoing'),
    planned: count('planned'),
    dropped: count('dropped'),
  };
}

/** The term's events in date order: signing, meetings, plans adopted, consultations, extensions, the end. */
function timeline({ agreement, meetings, annualPlans }: EvaluationRecords, to: IsoDate): TimelineEvent[] {
  // Each party by the short name it had on the event's day: a ministry renamed later keeps its old name in the past.
  const short = (id: string, on: IsoDate) => partyShortName(agreement, id, on);
  const { label } = REPORT_WORDS[agreement.language];
  const events: TimelineEvent[] = [{ date: agreement.signed, kind: 'signed', label: label.signed }];
  const meetingById = new Map(meetings.map((meeting) => [meeting.id, meeting]));
  for (const { data } of meetings) {
    if (data.date < agreement.signed) continue;
    if (data.status === 'held' && data.date <= to)
      events.push({ date: data.date, kind: 'meeting-held', label: label.held(short(data.chair, data.date)) });
    else if (data.status === 'cancelled' && data.date <= to)
      events.push({ date: data.date, kind: 'meeting-cancelled', label: label.cancelled });
    else if (data.status === 'planned') events.push({ date: data.date, kind: 'meeting-planned', label: label.planned });
  }
  for (const { data } of annualPlans) {
    const adopted = data.adopted_in ? meetingById.get(data.adopted_in) : undefined;
    if (data.status === 'adopted' && adopted)
      events.push({ date: adopted.data.date, kind: 'plan', label: label.plan(data.year) });
  }
  for (const consultation of agreement.consultations) {
    const notified = meetingById.get(consultation.notified_in);
    if (notified) events.push({ date: notified.data.date, kind: 'consultation', label: label.notified });
    if (consultation.brought) events.push({ date: consultation.brought, kind: 'consultation', label: label.brought });
  }
  for (const extension of agreement.extensions)
    events.push({ date: extension.decided, kind: 'extension', label: label.extended(extension.year) });
  if (agreement.evaluation.completed)
    events.push({ date: agreement.evaluation.completed, kind: 'evaluation', label: label.evaluated });
  if (agreement.termination) {
    const { by, notified, effective } = agreement.termination;
    events.push({ date: notified, kind: 'termination', label: label.terminatedBy(short(by, notified)) });
    events.push({ date: effective, kind: 'term-end', label: label.ends });
  } else {
    events.push({ date: lastDayInForce(agreement), kind: 'term-end', label: label.runsOut });
  }
  return events
    .filter((event) => event.kind === 'term-end' || event.kind === 'meeting-planned' || event.date <= to)
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
