/**
 * A meeting's documents: the innkalling, the avlysning in its place, and the referat, each with the
 * one function that gathers everything it says, called alike by render and by the templates rule.
 */
import type { IsoDate } from '../lib/dates.js';
import { titleAfterName } from '../lib/norwegian.js';
import type { Agreement, Meeting } from '../model/schemas.js';
import { meetingDeadlines } from '../schedule/deadlines.js';
import type { MeetingLike } from '../schedule/requirement.js';
import { agreementView, letterView } from './letter-view.js';
import { caseOfAction, hasCaseHeadings, sakslister } from './saksliste.js';
import type { DocumentData, ItemView, MeetingView } from './view-types.js';

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
    end: data.end ?? null,
    place: data.place,
    status: data.status,
    cancelled: data.status === 'cancelled',
    chair: data.chair,
    minutes: data.minutes,
    convener: agreement.meetings.convener,
    notice_by: deadlines.notice.dueBy,
    documents_by: deadlines.documents.dueBy,
    notice_sent: data.notice_sent,
    attendees: Object.entries(data.attendees).map(([party, people]) => ({ party, people: people.map(personInText) })),
    absent: Object.entries(data.absent).map(([party, people]) => ({ party, people: people.map(personInText) })),
    rotation_note: data.rotation_note,
    body: body?.trim() ? body.trim() : null,
    body_has_cases: body?.trim() ? hasCaseHeadings(body) : false,
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
  if (!saksliste) return { ...base, items: [], focus_areas: [], actions: [], previous: null };
  const { items, previous } = saksliste;
  return {
    ...base,
    items,
    focus_areas: focusAreasOf(items),
    actions: data.actions.map(({ text, responsible, due, done, item }) => ({
      text,
      responsible: [...responsible],
      due,
      done,
      meeting: target.id,
      item: caseOfAction(item, items),
    })),
    previous: previous ? { id: previous.id, date: previous.data.date } : null,
  };
}

/** The focus areas a saksliste's items belong to, each once, by letter. */
function focusAreasOf(items: readonly ItemView[]): MeetingView['focus_areas'] {
  const areas = new Map<string, { letter: string; text: string }>();
  for (const { focus } of items) if (focus && !areas.has(focus.letter)) areas.set(focus.letter, focus);
  return [...areas.values()].sort((a, b) => (a.letter < b.letter ? -1 : a.letter > b.letter ? 1 : 0));
}

/**
 * An attendee as a referat lists them: "Kari Nordmann, avdelingsdirektør", a title after a name in lower
 * case, and a title alone ("avdelingsdirektør, planavdelingen") too, since it follows the party's name.
 */
function personInText(attendee: string | { name: string }): string {
  // An attendee's address is for the invitation, never for the referat.
  const person = typeof attendee === 'string' ? attendee : attendee.name;
  const [first = '', ...rest] = person.split(',');
  const named = /^\p{Lu}\S*\s+\p{Lu}/u.test(first.trim());
  const lower = (part: string) =>
    part.replace(/^(\s*)(.*)$/s, (_, space: string, words: string) => space + titleAfterName(words));
  return [named ? first : lower(first), ...rest.map(lower)].join(',');
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
          date: cancelled ? (data.cancellation_sent ?? today) : (data.notice_sent ?? today),
          sender: meeting.convener,
          recipients: others(meeting.convener),
          reference: data.references.agenda,
          copy: data.copy,
          attachments: meeting.items.flatMap((item) => item.attachments),
          exemptFromAccess: exemptionOf(data.exempt_from_access, 'agenda'),
        })
      : letterView(parties, {
          date: data.minutes_approved ?? data.minutes_sent ?? today,
          sender: meeting.minutes,
          recipients: others(meeting.minutes),
          reference: data.references.minutes,
          copy: data.copy,
          exemptFromAccess: exemptionOf(data.exempt_from_access, 'minutes'),
        });
  const template = cancelled ? 'cancellation' : document;
  return { template, on, language: agreement.language, view: { agreement: parties, meeting, letter } };
}

/** The access marking's basis for one of a meeting's documents: one for both, or each its own. */
export function exemptionOf(exemption: Meeting['exempt_from_access'], document: MeetingDocument): string | null {
  return typeof exemption === 'string' || exemption === null ? exemption : (exemption[document] ?? null);
}
