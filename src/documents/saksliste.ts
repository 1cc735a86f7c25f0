/**
 * The saksliste: the case numbers ("Sak 3/18") every meeting's items get, in one series through the
 * calendar year, the standing items among them. Documents print these numbers and the minutes-headings
 * rule checks the referat against them, so they are worked out here once.
 */
import { type IsoDate, yearOf } from '../lib/dates.js';
import { norwegianDate } from '../lib/norwegian.js';
import { WORDS } from '../messages/words.js';
import type { Agreement, Meeting } from '../model/schemas.js';
import type { MeetingLike } from '../schedule/requirement.js';
import { takesATurn } from '../schedule/rotation.js';
import type { ActionView, ItemView } from './view-types.js';

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
  let agreed: Array<{ date: IsoDate; done: IsoDate | null; action: ActionView; rescheduled?: Rescheduled }> = [];
  for (const meeting of inOrder) {
    const { date } = meeting.data;
    if (yearOf(date) !== year) {
      year = yearOf(date);
      next = 1;
    }
    agreed = agreed.filter(({ done }) => done === null || done >= date);
    const open = agreed
      .filter((entry) => entry.date < date)
      .map((entry) => ({ ...entry.action, due: dueOn(entry, date) }));
    const suffix = String(yearOf(date) % 100).padStart(2, '0');
    const numbers = itemsOf(agreement, meeting, previous, open).map((item, offset) => ({
      ...item,
      number: `${next + offset}/${suffix}`,
    }));
    // The meeting's own actions under the case each names: by the number the documents print, or its agenda entry.
    const items = numbers.map((item) => ({
      ...item,
      actions: [
        ...item.actions,
        ...meeting.data.actions
          .filter((action) => caseOfAction(action.item, numbers) === item.number)
          .map(({ text, responsible, due }) => ({
            text,
            responsible: [...responsible],
            due,
            meeting: meeting.id,
            item: item.number,
          })),
      ],
    }));
    next += items.length;
    result.set(meeting, { items, previous });
    for (const { text, responsible, due, done, rescheduled, item } of meeting.data.actions)
      agreed.push({
        date,
        done,
        rescheduled,
        action: { text, responsible: [...responsible], due, meeting: meeting.id, item: caseOfAction(item, items) },
      });
    previous = meeting;
  }
  numbered.set(meetings, { agreement, sakslister: result });
  return result;
}

/** A heading of the minutes for a case: its level, the number as written (whatever its form), and its title. */
export const CASE_HEADING = /^(#{1,6})[ \t]+Sak[ \t]+(\d\S*)[ \t]*(.*)$/gim;

/** CASE_HEADING without the global flag, compiled once: a test keeps no position between bodies. */
const ANY_CASE_HEADING = new RegExp(CASE_HEADING.source, 'im');

/** Whether written minutes have headings for their cases: without them, the referat lists the saksliste. */
export function hasCaseHeadings(body: string): boolean {
  return ANY_CASE_HEADING.test(body);
}

/**
 * The case an action was agreed under, as the documents number it: `item` written as the case number
 * ("3/25") when the saksliste has it, or as the meeting's own agenda entry (1 is its first); null when
 * it names no case.
 */
export function caseOfAction(
  item: number | string | undefined,
  items: ReadonlyArray<Pick<ItemView, 'number' | 'standing'>>,
): string | null {
  if (item === undefined) return null;
  if (typeof item === 'string') return items.some((candidate) => candidate.number === item) ? item : null;
  return items.filter((candidate) => !candidate.standing)[item - 1]?.number ?? null;
}

type Rescheduled = NonNullable<Meeting['actions'][number]['rescheduled']>;

/** An action's due date as a meeting on `date` knows it: a new one agreed before that day, else the one agreed first. */
function dueOn(entry: { action: ActionView; rescheduled?: Rescheduled }, date: IsoDate): IsoDate | null {
  return entry.rescheduled && entry.rescheduled.agreed < date ? entry.rescheduled.due : entry.action.due;
}

const numbered = new WeakMap<
  readonly MeetingLike[],
  { agreement: Agreement; sakslister: Map<MeetingLike, Saksliste> }
>();

const byDate = (a: MeetingLike, b: MeetingLike) => (a.data.date < b.data.date ? -1 : a.data.date > b.data.date ? 1 : 0);

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
  const titles = WORDS[agreement.language].standing;
  return [
    standing(titles.approveNotice),
    ...(previous ? [standing(titles.approvePreviousMinutes(norwegianDate(previous.data.date)))] : []),
    ...(open.length > 0 ? [standing(titles.followUp, open)] : []),
    ...meeting.data.agenda.map((item) => {
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
        actions: [],
      };
    }),
    standing(titles.anyOtherBusiness),
  ];
}
