/**
 * The parties and the letter: the agreement as it stands on a document's date (names and signatories
 * then in force), and the sender, recipients and references every letter and protocol carries.
 */

import type { IsoDate } from '../lib/dates.js';
import { titleAfterName } from '../lib/norwegian.js';
import { WORDS, type Words } from '../messages/words.js';
import { clauseNumber } from '../model/clauses.js';
import { type Contact, type PartyInForce, partiesOn, renamingsBetween } from '../model/parties.js';
import { type Agreement, CLAUSE_TOPICS, type ClauseTopic } from '../model/schemas.js';
import { extendedEnd, lastDayInForce } from '../term/term.js';
import type {
  AgreementView,
  ContactView,
  DocumentData,
  LetterView,
  PartyView,
  SignatoryOverrides,
} from './view-types.js';

function partyView(party: PartyInForce, signatories: SignatoryOverrides, words: Words): PartyView {
  const signatory = signatories[party.id] ?? party.signatory;
  return {
    id: party.id,
    name: party.name,
    short: party.short,
    formal_name: party.on_behalf_of ? words.actingFor(party.on_behalf_of, party.name) : party.name,
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
export function agreementView(agreement: Agreement, on: IsoDate, signatories: SignatoryOverrides = {}): AgreementView {
  const words = WORDS[agreement.language];
  return {
    id: agreement.id,
    title: agreement.title,
    language: agreement.language,
    signed: agreement.signed,
    end: extendedEnd(agreement),
    last_day: lastDayInForce(agreement),
    parties: partiesOn(agreement, on).map((party) => partyView(party, signatories, words)),
    clauses: Object.fromEntries(CLAUSE_TOPICS.map((topic) => [topic, clauseNumber(agreement, topic)])) as Record<
      ClauseTopic,
      string | null
    >,
    convener: agreement.meetings.convener,
    focus_areas: Object.entries(agreement.focus_areas).map(([letter, text]) => ({ letter, text })),
    parties_at_signing: partiesOn(agreement, agreement.signed).map((party) => partyView(party, {}, words)),
    renamed: renamedBetween(agreement, agreement.signed, on),
  };
}

export interface LetterParts {
  date: IsoDate;
  sender: string;
  recipients: readonly string[];
  reference?: string | null;
  copy?: readonly string[];
  attachments?: readonly string[];
  exemptFromAccess?: string | null;
}

export function letterView(agreement: AgreementView, parts: LetterParts): LetterView {
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
    exempt_from_access: parts.exemptFromAccess
      ? WORDS[agreement.language].exemptFromAccess(parts.exemptFromAccess)
      : null,
    access_basis: parts.exemptFromAccess ?? null,
    signed_by: sender.contact,
  };
}

/** What a document's Word file records of it: its date, who wrote it, its access marking, its page words. */
export function documentFacts(document: DocumentData): {
  date: string;
  author?: string;
  marking?: string;
  pageOf: readonly [string, string];
} {
  const letter = (document.view as { letter?: LetterView }).letter;
  const author = letter?.signed_by?.name ?? letter?.sender.name;
  return {
    date: letter?.date ?? document.on,
    ...(author ? { author } : {}),
    ...(letter?.exempt_from_access ? { marking: letter.exempt_from_access } : {}),
    pageOf: WORDS[document.language].pageOf,
  };
}

/** The parties' changes of name after `since` and on or before `on`, in date order, each from the name it had. */
function renamedBetween(agreement: Agreement, since: IsoDate, on: IsoDate): AgreementView['renamed'] {
  return agreement.parties
    .flatMap((party) => renamingsBetween(agreement, party.id, since, on))
    .filter((renaming) => renaming.name !== renaming.previous.name)
    .map(({ from, previous, name }) => ({ from, previous: previous.name, name }))
    .sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
}
