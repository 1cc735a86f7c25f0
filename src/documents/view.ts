/**
 * The data a template sees: a stable, documented view of the records (the
 * README lists it), not our internal types. Every field is always present
 * (null when empty), so templates compiled in strict mode can test any of them.
 */
import { type IsoDate, yearOf } from '../lib/dates.js';
import { monthsInWords, STANDING_ITEMS, yearsInWords } from '../lib/norwegian.js';
import { clauseNumber } from '../model/clauses.js';
import { partiesOn, partyOn } from '../model/parties.js';
import { type Agreement, CLAUSE_TOPICS, type ClauseTopic, type Meeting } from '../model/schemas.js';
import { meetingDeadlines } from '../schedule/deadlines.js';
import type { MeetingLike } from '../schedule/requirement.js';
import { takesATurn } from '../schedule/rotation.js';
import { extendedEnd, extensionEnd, lastDayInForce } from '../term/term.js';
import { type NoticeRule, noticePeriodEnd, terminationEffective } from '../term/termination.js';

export interface PartyView {
  id: string;
  name: string;
  short: string;
  signatory: { name: string; title: string };
}

export interface AgreementView {
  id: string;
  title: string;
  signed: IsoDate;
  /** The end of the term with extensions, ignoring a termination. */
  end: IsoDate;
  last_day: IsoDate;
  parties: PartyView[];
  /** The agreement's clause numbers by topic ("2"), each null when the record gives none. */
  clauses: Record<ClauseTopic, string | null>;
  convener: string;
  focus_areas: Array<{ letter: string; text: string }>;
}

export interface ItemView {
  /** "3/18": the item's number in the year's series. */
  number: string;
  title: string;
  /** True for the items every meeting has: approving the notice and the last minutes, and Eventuelt. */
  standing: boolean;
  focus: { letter: string; text: string } | null;
  proposed_by: string | null;
  consultation: { id: string; question: string } | null;
  /** For an item of the meeting, the actions agreed under it; for the standing follow-up item, the open actions of earlier meetings. */
  actions: ActionView[];
}

export interface ActionView {
  text: string;
  responsible: string[];
  due: IsoDate | null;
  /** The meeting that agreed it. */
  meeting: string;
}

export interface MeetingView {
  id: string;
  date: IsoDate;
  time: string | null;
  place: string | null;
  status: Meeting['status'];
  chair: string;
  minutes: string;
  convener: string;
  notice_by: IsoDate;
  documents_by: IsoDate;
  attendees: Array<{ party: string; people: string[] }>;
  absent: Array<{ party: string; people: string[] }>;
  items: ItemView[];
  previous: { id: string; date: IsoDate } | null;
  rotation_note: string | null;
}

/** Signatories named for one document, by party id, when the record's are not the ones who sign. */
export type SignatoryOverrides = Readonly<Record<string, { name: string; title: string }>>;

/** The agreement as it stands on the document's date `on`: the parties' names and signatories then in force. */
export function agreementView(agreement: Agreement, on: IsoDate, signatories: SignatoryOverrides = {}): AgreementView {
  return {
    id: agreement.id,
    title: agreement.title,
    signed: agreement.signed,
    end: extendedEnd(agreement),
    last_day: lastDayInForce(agreement),
    parties: partiesOn(agreement, on).map(({ id, name, short, signatory }) => ({
      id,
      name,
      short,
      signatory: { ...(signatories[id] ?? signatory) },
    })),
    clauses: Object.fromEntries(CLAUSE_TOPICS.map((topic) => [topic, clauseNumber(agreement, topic)])) as Record<
      ClauseTopic,
      string | null
    >,
    convener: agreement.meetings.convener,
    focus_areas: Object.entries(agreement.focus_areas).map(([letter, text]) => ({ letter, text })),
  };
}

/**
 * Items are numbered "n/YY" in one series through the calendar year, over the
 * year's meetings in date order (cancelled ones hold none): the second meeting
 * of a year goes on from where the first stopped.
 */
export function meetingView(agreement: Agreement, meetings: readonly MeetingLike[], target: MeetingLike): MeetingView {
  const held = meetings.filter((meeting) => takesATurn(meeting.data));
  const index = held.indexOf(target);
  const sameYear = held.filter(
    (meeting, position) => position < index && yearOf(meeting.data.date) === yearOf(target.data.date),
  );
  const firstNumber = 1 + sameYear.reduce((count, meeting) => count + itemsOf(agreement, meeting, held).length, 0);
  const suffix = String(yearOf(target.data.date) % 100).padStart(2, '0');
  const previous = index > 0 ? held[index - 1] : undefined;
  const { data } = target;
  const deadlines = meetingDeadlines(agreement, data.date);
  return {
    id: target.id,
    date: data.date,
    time: data.time,
    place: data.place,
    status: data.status,
    chair: data.chair,
    minutes: data.minutes,
    convener: agreement.meetings.convener,
    notice_by: deadlines.notice.dueBy,
    documents_by: deadlines.documents.dueBy,
    attendees: Object.entries(data.attendees).map(([party, people]) => ({ party, people })),
    absent: Object.entries(data.absent).map(([party, people]) => ({ party, people })),
    items: itemsOf(agreement, target, held).map((item, offset) => ({
      ...item,
      number: `${firstNumber + offset}/${suffix}`,
    })),
    previous: previous ? { id: previous.id, date: previous.data.date } : null,
    rotation_note: data.rotation_note,
  };
}

function itemsOf(
  agreement: Agreement,
  meeting: MeetingLike,
  held: readonly MeetingLike[],
): Array<Omit<ItemView, 'number'>> {
  const standing = (title: string, actions: ActionView[] = []) => ({
    title,
    standing: true,
    focus: null,
    proposed_by: null,
    consultation: null,
    actions,
  });
  const hasPrevious = held.indexOf(meeting) > 0;
  // Open at this meeting: agreed in an earlier one, and not done before its day.
  const open = held
    .filter((earlier) => earlier.data.date < meeting.data.date)
    .flatMap((earlier) =>
      earlier.data.actions
        .filter((action) => action.done === null || action.done >= meeting.data.date)
        .map(({ text, responsible, due }) => ({ text, responsible: [...responsible], due, meeting: earlier.id })),
    );
  return [
    standing(STANDING_ITEMS.approveNotice),
    ...(hasPrevious ? [standing(STANDING_ITEMS.approvePreviousMinutes)] : []),
    ...(open.length > 0 ? [standing(STANDING_ITEMS.followUp, open)] : []),
    ...meeting.data.agenda.map((item, index) => {
      const consultation =
        item.consultation === undefined
          ? undefined
          : agreement.consultations.find((candidate) => candidate.id === item.consultation);
      return {
        title: item.title,
        standing: false,
        focus: item.focus === undefined ? null : { letter: item.focus, text: agreement.focus_areas[item.focus] ?? '' },
        proposed_by: item.proposed_by,
        consultation:
          item.consultation === undefined ? null : { id: item.consultation, question: consultation?.question ?? '' },
        actions: meeting.data.actions
          .filter((action) => action.item === index + 1)
          .map(({ text, responsible, due }) => ({ text, responsible: [...responsible], due, meeting: meeting.id })),
      };
    }),
    standing(STANDING_ITEMS.anyOtherBusiness),
  ];
}

export interface RenewalView {
  year: number;
  /** "ett år", "to år": how long an extension runs, from the agreement's term. */
  extension: string;
  previous_end: IsoDate;
  new_end: IsoDate;
  decided: IsoDate;
  evaluation: { due: IsoDate; completed: IsoDate | null; pending: boolean };
}

export function renewalView(agreement: Agreement, year: number, decided: IsoDate): RenewalView {
  return {
    year,
    extension: yearsInWords(agreement.term.extension_years),
    previous_end: extendedEnd(agreement),
    new_end: extensionEnd(agreement, year),
    decided,
    evaluation: {
      due: agreement.evaluation.due,
      completed: agreement.evaluation.completed,
      pending: agreement.evaluation.completed === null,
    },
  };
}

export interface TerminationView {
  by: string;
  /** Who signs the notice for the party giving it. */
  signatory: { name: string; title: string };
  /** The other parties, who receive the notice. */
  to: string[];
  notified: IsoDate;
  effective: IsoDate;
  notice_months: number;
  notice_rule: NoticeRule;
  /** "én måned", "tre måneder": the notice period, from the agreement's term. */
  notice_period: string;
  /** True when the notice runs to the end of a month (notice_rule: end-of-month). */
  end_of_month: boolean;
  /** True when the term runs out before the notice period would: the agreement ends with its term. */
  term_ends_first: boolean;
}

export function terminationView(
  agreement: Agreement,
  by: string,
  notified: IsoDate,
  on: IsoDate,
  signatories: SignatoryOverrides = {},
): TerminationView {
  const signatory = signatories[by] ?? partyOn(agreement, by, on)?.signatory ?? { name: '', title: '' };
  return {
    by,
    signatory: { ...signatory },
    to: agreement.parties.filter((party) => party.id !== by).map((party) => party.id),
    notified,
    effective: terminationEffective(agreement, notified),
    notice_months: agreement.term.notice_months,
    notice_rule: agreement.term.notice_rule,
    notice_period: monthsInWords(agreement.term.notice_months),
    end_of_month: agreement.term.notice_rule === 'end-of-month',
    term_ends_first:
      terminationEffective(agreement, notified) <
      noticePeriodEnd(notified, agreement.term.notice_months, agreement.term.notice_rule),
  };
}
