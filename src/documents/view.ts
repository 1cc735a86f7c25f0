/**
 * The data a template sees: a stable, documented view of the records (the
 * README lists it), not our internal types. Every field is always present
 * (null when empty), so templates compiled in strict mode can test any of them.
 *
 * Each document has one function here that gathers everything it says (the
 * template, the date its parties are named on, and the view), called alike by
 * the commands that print it and by the rule that checks the templates.
 */
import { type IsoDate, yearOf } from '../lib/dates.js';
import {
  countInWords,
  monthsInWords,
  norwegianMonth,
  STANDING_ITEMS,
  titleAfterName,
  yearsInWords,
} from '../lib/norwegian.js';
import { clauseNumber } from '../model/clauses.js';
import { type Contact, type PartyInForce, partiesOn, partyOn } from '../model/parties.js';
import { type Agreement, CLAUSE_TOPICS, type ClauseTopic, type Meeting } from '../model/schemas.js';
import { meetingDeadlines } from '../schedule/deadlines.js';
import type { MeetingLike } from '../schedule/requirement.js';
import { takesATurn } from '../schedule/rotation.js';
import { extendedEnd, extensionEnd, lastDayInForce } from '../term/term.js';
import { type NoticeRule, noticePeriodEnd, terminationEffective } from '../term/termination.js';
import type { TemplateName } from './templates.js';

export interface PartyView {
  id: string;
  name: string;
  short: string;
  /** "regjeringen ved Kommunal- og moderniseringsdepartementet": the party as the agreement binds it. */
  formal_name: string;
  signatory: { name: string; title: string };
  unit: string | null;
  address: string | null;
  contact: ContactView | null;
  case_number: string | null;
}

export interface ContactView {
  name: string;
  title: string | null;
  email: string | null;
  phone: string | null;
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

/** What a letter or a referat carries besides its text: who sends it to whom, the references, the date. */
export interface LetterView {
  /** The document's date. */
  date: IsoDate;
  sender: PartyView;
  recipients: PartyView[];
  /** Who gets a copy (kopi). */
  copy: string[];
  /** «Vår ref.»: the document's reference in the sender's archive, else the sender's case number. */
  our_ref: string | null;
  /** «Deres ref.»: the recipient's case number, when there is one recipient that has one. */
  your_ref: string | null;
  /** Vedlegg: every item's attachments, in order. */
  attachments: string[];
  /** "Unntatt offentlighet, jf. offl. § 15 første ledd"; null for a public document, which carries no marking. */
  exempt_from_access: string | null;
  /** Who signs: the sender's contact person; null when the record names none (the unit signs). */
  signed_by: ContactView | null;
}

export interface ItemView {
  /** "3/18": the item's number in the year's series. */
  number: string;
  title: string;
  /** True for the items every meeting has: approving the notice and the last minutes, follow-up, and Eventuelt. */
  standing: boolean;
  focus: { letter: string; text: string } | null;
  proposed_by: string | null;
  consultation: { id: string; question: string } | null;
  attachments: string[];
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

export interface MeetingActionView extends ActionView {
  /** "3/18": the item it was agreed under, or null. */
  item: string | null;
  done: IsoDate | null;
}

export interface MeetingView {
  id: string;
  date: IsoDate;
  time: string | null;
  place: string | null;
  status: Meeting['status'];
  cancelled: boolean;
  chair: string;
  minutes: string;
  convener: string;
  notice_by: IsoDate;
  documents_by: IsoDate;
  notice_sent: IsoDate | null;
  attendees: Array<{ party: string; people: string[] }>;
  absent: Array<{ party: string; people: string[] }>;
  items: ItemView[];
  /** Every action agreed in this meeting (oppfølging), with the item it came under. */
  actions: MeetingActionView[];
  previous: { id: string; date: IsoDate } | null;
  rotation_note: string | null;
  /** The record's body: the minutes as written (or, for a cancelled meeting, why); null when empty. */
  body: string | null;
  /** When both parties approved the minutes, and how (in a later meeting, by e-mail, or not said); null until they have. */
  approval: { date: IsoDate; in_meeting: boolean; by_email: boolean } | null;
}

/** Signatories named for one document, by party id, when the record's are not the ones who sign. */
export type SignatoryOverrides = Readonly<Record<string, { name: string; title: string }>>;

/** A document ready to render: its template, the date its parties are named on, and what the template sees. */
export interface DocumentData {
  template: TemplateName;
  on: IsoDate;
  view: object;
}

function partyView(party: PartyInForce, signatories: SignatoryOverrides): PartyView {
  const signatory = signatories[party.id] ?? party.signatory;
  return {
    id: party.id,
    name: party.name,
    short: party.short,
    formal_name: party.on_behalf_of ? `${party.on_behalf_of} ved ${party.name}` : party.name,
    signatory: { name: signatory.name, title: titleAfterName(signatory.title) },
    unit: party.unit,
    address: party.address,
    contact: party.contact ? contactView(party.contact) : null,
    case_number: party.case_number,
  };
}

function contactView(contact: Contact): ContactView {
  return {
    name: contact.name,
    title: contact.title === undefined ? null : titleAfterName(contact.title),
    email: contact.email ?? null,
    phone: contact.phone ?? null,
  };
}

/** The agreement as it stands on the document's date `on`: the parties' names and signatories then in force. */
function agreementView(agreement: Agreement, on: IsoDate, signatories: SignatoryOverrides = {}): AgreementView {
  return {
    id: agreement.id,
    title: agreement.title,
    signed: agreement.signed,
    end: extendedEnd(agreement),
    last_day: lastDayInForce(agreement),
    parties: partiesOn(agreement, on).map((party) => partyView(party, signatories)),
    clauses: Object.fromEntries(CLAUSE_TOPICS.map((topic) => [topic, clauseNumber(agreement, topic)])) as Record<
      ClauseTopic,
      string | null
    >,
    convener: agreement.meetings.convener,
    focus_areas: Object.entries(agreement.focus_areas).map(([letter, text]) => ({ letter, text })),
  };
}

interface LetterParts {
  date: IsoDate;
  sender: string;
  recipients: readonly string[];
  reference?: string | null;
  copy?: readonly string[];
  attachments?: readonly string[];
  exemptFromAccess?: string | null;
}

function letterView(agreement: AgreementView, parts: LetterParts): LetterView {
  // A party the agreement does not declare (the references rule reports it) is named by its id.
  const party = (id: string): PartyView =>
    agreement.parties.find((candidate) => candidate.id === id) ?? {
      id,
      name: id,
      short: id,
      formal_name: id,
      signatory: { name: '', title: '' },
      unit: null,
      address: null,
      contact: null,
      case_number: null,
    };
  const sender = party(parts.sender);
  const recipients = parts.recipients.map(party);
  const [only] = recipients;
  return {
    date: parts.date,
    sender,
    recipients,
    copy: [...(parts.copy ?? [])],
    our_ref: parts.reference ?? sender.case_number,
    your_ref: recipients.length === 1 && only ? only.case_number : null,
    attachments: [...(parts.attachments ?? [])],
    exempt_from_access: parts.exemptFromAccess ? `Unntatt offentlighet, jf. ${parts.exemptFromAccess}` : null,
    signed_by: sender.contact,
  };
}

export interface Saksliste {
  items: ItemView[];
  /** The meeting before it that was not cancelled: the one whose minutes it approves. */
  previous: MeetingLike | undefined;
}

/**
 * Every held and planned meeting's saksliste, in one pass over the meetings in date order. Items are
 * numbered "n/YY" in one series through the calendar year (cancelled meetings hold none): the second
 * meeting of a year goes on from where the first stopped. Actions agreed in a meeting stay on later
 * agendas until done.
 */
export function sakslister(agreement: Agreement, meetings: readonly MeetingLike[]): Map<MeetingLike, Saksliste> {
  // The same records are numbered once, however many documents and rules ask.
  const known = numbered.get(meetings);
  if (known?.agreement === agreement) return known.sakslister;
  const result = new Map<MeetingLike, Saksliste>();
  const inOrder = meetings.filter((meeting) => takesATurn(meeting.data)).sort(byDate);
  let year: number | undefined;
  let next = 1;
  let previous: MeetingLike | undefined;
  // Actions agreed so far, until done: a meeting's day only ever closes more of them.
  let agreed: Array<{ date: IsoDate; done: IsoDate | null; action: ActionView }> = [];
  for (const meeting of inOrder) {
    const { date } = meeting.data;
    if (yearOf(date) !== year) {
      year = yearOf(date);
      next = 1;
    }
    agreed = agreed.filter(({ done }) => done === null || done >= date);
    const open = agreed.filter((entry) => entry.date < date).map((entry) => entry.action);
    const suffix = String(yearOf(date) % 100).padStart(2, '0');
    const items = itemsOf(agreement, meeting, previous, open).map((item, offset) => ({
      ...item,
      number: `${next + offset}/${suffix}`,
    }));
    next += items.length;
    result.set(meeting, { items, previous });
    for (const { text, responsible, due, done } of meeting.data.actions)
      agreed.push({ date, done, action: { text, responsible: [...responsible], due, meeting: meeting.id } });
    previous = meeting;
  }
  numbered.set(meetings, { agreement, sakslister: result });
  return result;
}

const numbered = new WeakMap<
  readonly MeetingLike[],
  { agreement: Agreement; sakslister: Map<MeetingLike, Saksliste> }
>();

const byDate = (a: MeetingLike, b: MeetingLike) => (a.data.date < b.data.date ? -1 : a.data.date > b.data.date ? 1 : 0);

export function meetingView(
  agreement: Agreement,
  meetings: readonly MeetingLike[],
  target: MeetingLike,
  body: string | null = null,
): MeetingView {
  const { data } = target;
  const deadlines = meetingDeadlines(agreement, data.date);
  const base = {
    id: target.id,
    date: data.date,
    time: data.time,
    place: data.place,
    status: data.status,
    cancelled: data.status === 'cancelled',
    chair: data.chair,
    minutes: data.minutes,
    convener: agreement.meetings.convener,
    notice_by: deadlines.notice.dueBy,
    documents_by: deadlines.documents.dueBy,
    notice_sent: data.notice_sent,
    attendees: Object.entries(data.attendees).map(([party, people]) => ({ party, people })),
    absent: Object.entries(data.absent).map(([party, people]) => ({ party, people })),
    rotation_note: data.rotation_note,
    body: body?.trim() ? body.trim() : null,
    approval: data.minutes_approved
      ? {
          date: data.minutes_approved,
          in_meeting: data.minutes_approved_via === 'meeting',
          by_email: data.minutes_approved_via === 'email',
        }
      : null,
  };
  const saksliste = sakslister(agreement, meetings).get(target);
  // A cancelled meeting holds no items: its case numbers would clash with the year's next meeting.
  if (!saksliste) return { ...base, items: [], actions: [], previous: null };
  const { items, previous } = saksliste;
  const ownItems = items.filter((item) => !item.standing);
  return {
    ...base,
    items,
    actions: data.actions.map(({ text, responsible, due, done, item }) => ({
      text,
      responsible: [...responsible],
      due,
      done,
      meeting: target.id,
      item: item === undefined ? null : (ownItems[item - 1]?.number ?? null),
    })),
    previous: previous ? { id: previous.id, date: previous.data.date } : null,
  };
}

/** One view of each focus area, shared by every item under it: a record of thousands of meetings stays small. */
const focusViews = new WeakMap<Agreement, Map<string, { letter: string; text: string }>>();
function focusView(agreement: Agreement, letter: string): { letter: string; text: string } {
  let views = focusViews.get(agreement);
  if (!views) {
    views = new Map();
    focusViews.set(agreement, views);
  }
  let view = views.get(letter);
  if (!view) {
    view = { letter, text: agreement.focus_areas[letter] ?? '' };
    views.set(letter, view);
  }
  return view;
}

function itemsOf(
  agreement: Agreement,
  meeting: MeetingLike,
  previous: MeetingLike | undefined,
  open: ActionView[],
): Array<Omit<ItemView, 'number'>> {
  const standing = (title: string, actions: ActionView[] = []) => ({
    title,
    standing: true,
    focus: null,
    proposed_by: null,
    consultation: null,
    attachments: [],
    actions,
  });
  return [
    standing(STANDING_ITEMS.approveNotice),
    ...(previous ? [standing(STANDING_ITEMS.approvePreviousMinutes(previous.data.date))] : []),
    ...(open.length > 0 ? [standing(STANDING_ITEMS.followUp, open)] : []),
    ...meeting.data.agenda.map((item, index) => {
      const consultation =
        item.consultation === undefined
          ? undefined
          : agreement.consultations.find((candidate) => candidate.id === item.consultation);
      return {
        title: item.title,
        standing: false,
        focus: item.focus === undefined ? null : focusView(agreement, item.focus),
        proposed_by: item.proposed_by,
        consultation:
          item.consultation === undefined ? null : { id: item.consultation, question: consultation?.question ?? '' },
        attachments: item.attachments,
        actions: meeting.data.actions
          .filter((action) => action.item === index + 1)
          .map(({ text, responsible, due }) => ({ text, responsible: [...responsible], due, meeting: meeting.id })),
      };
    }),
    standing(STANDING_ITEMS.anyOtherBusiness),
  ];
}

export type MeetingDocument = 'agenda' | 'minutes';

/**
 * The innkalling (from the convener to the other parties, dated when it was sent, else today), the
 * avlysning in its place for a cancelled meeting (dated today), or the referat (from the party taking
 * minutes, dated when approved, else today).
 */
export function meetingDocument(
  document: MeetingDocument,
  agreement: Agreement,
  meetings: readonly MeetingLike[],
  target: MeetingLike,
  body: string | null,
  today: IsoDate,
): DocumentData {
  const on = target.data.date;
  const parties = agreementView(agreement, on);
  const meeting = meetingView(agreement, meetings, target, body);
  const { data } = target;
  const others = (sender: string) => parties.parties.filter((party) => party.id !== sender).map((party) => party.id);
  const cancelled = document === 'agenda' && meeting.cancelled;
  const letter =
    document === 'agenda'
      ? letterView(parties, {
          date: cancelled ? today : (data.notice_sent ?? today),
          sender: meeting.convener,
          recipients: others(meeting.convener),
          reference: data.references.agenda,
          copy: data.copy,
          attachments: meeting.items.flatMap((item) => item.attachments),
          exemptFromAccess: data.exempt_from_access,
        })
      : letterView(parties, {
          date: data.minutes_approved ?? today,
          sender: meeting.minutes,
          recipients: others(meeting.minutes),
          reference: data.references.minutes,
          copy: data.copy,
          exemptFromAccess: data.exempt_from_access,
        });
  const template = cancelled ? 'cancellation' : document;
  return { template, on, view: { agreement: parties, meeting, letter } };
}

export interface RenewalView {
  year: number;
  /** "ett år", "to år": how long an extension runs, from the agreement's term. */
  extension: string;
  previous_end: IsoDate;
  new_end: IsoDate;
  decided: IsoDate;
  evaluation: { due: IsoDate; completed: IsoDate | null; pending: boolean };
  /** "to": the protocol is made in one copy for each party. */
  copies: string;
}

function renewalView(agreement: Agreement, year: number, decided: IsoDate): RenewalView {
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
    copies: countInWords(agreement.parties.length),
  };
}

/** The renewal protocol, with the parties named as they stand on the day they agreed. */
export function renewalDocument(
  agreement: Agreement,
  year: number,
  decided: IsoDate,
  signatories: SignatoryOverrides = {},
): DocumentData {
  return {
    template: 'renewal',
    on: decided,
    view: { agreement: agreementView(agreement, decided, signatories), renewal: renewalView(agreement, year, decided) },
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
  /** "mars 2019": the month whose end the notice period runs to (with end_of_month). */
  period_ends_month: string;
  /** True when the term runs out before the notice period would: the agreement ends with its term. */
  term_ends_first: boolean;
}

function terminationView(
  agreement: Agreement,
  by: string,
  notified: IsoDate,
  on: IsoDate,
  signatories: SignatoryOverrides = {},
): TerminationView {
  const signatory = signatories[by] ?? partyOn(agreement, by, on)?.signatory ?? { name: '', title: '' };
  const periodEnd = noticePeriodEnd(notified, agreement.term.notice_months, agreement.term.notice_rule);
  const effective = terminationEffective(agreement, notified);
  return {
    by,
    signatory: { name: signatory.name, title: titleAfterName(signatory.title) },
    to: agreement.parties.filter((party) => party.id !== by).map((party) => party.id),
    notified,
    effective,
    notice_months: agreement.term.notice_months,
    notice_rule: agreement.term.notice_rule,
    notice_period: monthsInWords(agreement.term.notice_months),
    end_of_month: agreement.term.notice_rule === 'end-of-month',
    period_ends_month: norwegianMonth(periodEnd),
    term_ends_first: effective < periodEnd,
  };
}

/** The termination letter, from the party giving notice to the others, dated `on` (today). */
export function terminationDocument(
  agreement: Agreement,
  by: string,
  notified: IsoDate,
  on: IsoDate,
  signatories: SignatoryOverrides = {},
): DocumentData {
  const parties = agreementView(agreement, on, signatories);
  const termination = terminationView(agreement, by, notified, on, signatories);
  const letter = letterView(parties, { date: on, sender: by, recipients: termination.to });
  return { template: 'termination', on, view: { agreement: parties, termination, letter } };
}
