/**
 * The data a template sees: a stable, documented view of the records (the README lists it), not our
 * internal types. Every field is always present (null when empty), so templates compiled in strict
 * mode can test any of them.
 */

import type { IsoDate } from '../lib/dates.js';
import type { DocumentLanguage } from '../messages/language.js';
import type { ClauseTopic, Meeting } from '../model/schemas.js';
import type { NoticeRule } from '../term/termination.js';
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
  /** The written standard of this document: nb (bokmål) or nn (nynorsk). */
  language: DocumentLanguage;
  signed: IsoDate;
  /** The end of the term with extensions, ignoring a termination. */
  end: IsoDate;
  last_day: IsoDate;
  parties: PartyView[];
  /** The agreement's clause numbers by topic ("2"), each null when the record gives none. */
  clauses: Record<ClauseTopic, string | null>;
  convener: string;
  focus_areas: Array<{ letter: string; text: string }>;
  /** The parties as they were when the agreement was signed: the past told in the names of the past. */
  parties_at_signing: PartyView[];
  /** Each party's change of name from signing to the document's date, for the document to state. */
  renamed: Array<{ from: IsoDate; previous: string; name: string }>;
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
  /** The legal basis alone ("offl. § 13 jf. fvl. § 13 første ledd nr. 1"), for the archive's skjermingshjemmel; null when public. */
  access_basis: string | null;
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
  /** "3/18": the case it was agreed under, or null when it names none. */
  item: string | null;
}

export interface MeetingActionView extends ActionView {
  done: IsoDate | null;
}

export interface MeetingView {
  id: string;
  date: IsoDate;
  time: string | null;
  /** When it ends, or null: the innkalling then gives its start only. */
  end: string | null;
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
  /** The focus areas the items belong to, each once, in the order of their letters: the innkalling writes their text once. */
  focus_areas: Array<{ letter: string; text: string }>;
  /** Every action agreed in this meeting (oppfølging), with the item it came under. */
  actions: MeetingActionView[];
  previous: { id: string; date: IsoDate } | null;
  rotation_note: string | null;
  /** The record's body: the minutes as written (or, for a cancelled meeting, why); null when empty. */
  body: string | null;
  /** Whether the minutes as written have a heading for each case ("## Sak 3/18 …"); without them the referat lists the saksliste above them. */
  body_has_cases: boolean;
  /** When both parties approved the minutes, and how (in a later meeting, by e-mail, or not said); null until they have. */
  approval: { date: IsoDate; in_meeting: boolean; by_email: boolean } | null;
}

/** Signatories named for one document, by party id, when the record's are not the ones who sign. */
export type SignatoryOverrides = Readonly<Record<string, { name: string; title: string }>>;

/** A document ready to render: its template, the date its parties are named on, and what the template sees. */
export interface DocumentData {
  template: TemplateName;
  on: IsoDate;
  /** The written standard it is in: the agreement's `language`, or the one --lang asks for. */
  language: DocumentLanguage;
  view: object;
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
