/**
 * A party's names and signatory, as they stand on a date: the records live for
 * years, and a ministry is renamed, a signatory replaced. One place for rules,
 * commands and documents alike: a document uses what is in force on its date,
 * a message what is in force today. Each name falls back to the id itself when
 * the agreement has no such party, so that a message about an unknown party can
 * still be written.
 */
import type { IsoDate } from '../lib/dates.js';
import type { Agreement } from './schemas.js';

type Parties = Pick<Agreement, 'parties'>;

export type Contact = Agreement['parties'][number]['contact'] & {};

export interface PartyInForce {
  id: string;
  name: string;
  short: string;
  /** Empty strings when the record names no signatory. */
  signatory: { name: string; title: string };
  on_behalf_of: string | null;
  unit: string | null;
  address: string | null;
  contact: Contact | null;
  case_number: string | null;
}

/** The party as it stands on `on`: its name, short name and signatory, with every change from that date or before. */
export function partyOn(agreement: Parties, id: string, on: IsoDate): PartyInForce | undefined {
  const party = agreement.parties.find((candidate) => candidate.id === id);
  if (!party) return undefined;
  const current: PartyInForce = {
    id: party.id,
    name: party.name,
    short: party.short,
    signatory: party.signatory ? { ...party.signatory } : { name: '', title: '' },
    on_behalf_of: party.on_behalf_of ?? null,
    unit: party.unit ?? null,
    address: party.address ?? null,
    contact: party.contact ? { ...party.contact } : null,
    case_number: party.case_number ?? null,
  };
  const changes = party.changes.filter((change) => change.from <= on).sort((a, b) => (a.from < b.from ? -1 : 1));
  for (const change of changes) {
    current.name = change.name ?? current.name;
    current.short = change.short ?? current.short;
    if (change.signatory) current.signatory = { ...change.signatory };
    current.unit = change.unit ?? current.unit;
    current.address = change.address ?? current.address;
    if (change.contact) current.contact = { ...change.contact };
  }
  return current;
}

/** Every party as it stands on `on`, in the agreement's order. */
export function partiesOn(agreement: Parties, on: IsoDate): PartyInForce[] {
  return agreement.parties.map((party) => partyOn(agreement, party.id, on) as PartyInForce);
}

/** "KS": how people name a party in a message or a calendar. */
export function partyShortName(agreement: Parties, id: string, on: IsoDate): string {
  return partyOn(agreement, id, on)?.short ?? id;
}

/** "KS – Kommunesektorens organisasjon": the name a document gives. */
export function partyFullName(agreement: Parties, id: string, on: IsoDate): string {
  return partyOn(agreement, id, on)?.name ?? id;
}

/** A party's change of name: from the day, the names it had before and has after. */
export interface Renaming {
  from: IsoDate;
  previous: { name: string; short: string };
  name: string;
  short: string;
}

/** Each change of a party's name (or short name) after `since` and on or before `until`, in date order. */
export function renamingsBetween(agreement: Parties, id: string, since: IsoDate, until: IsoDate): Renaming[] {
  const party = agreement.parties.find((candidate) => candidate.id === id);
  const days = [...new Set((party?.changes ?? []).map((change) => change.from))]
    .filter((from) => from > since && from <= until)
    .sort();
  const renamings: Renaming[] = [];
  let previous = partyOn(agreement, id, since);
  for (const from of days) {
    const now = partyOn(agreement, id, from);
    if (previous && now && (now.name !== previous.name || now.short !== previous.short))
      renamings.push({
        from,
        previous: { name: previous.name, short: previous.short },
        name: now.name,
        short: now.short,
      });
    previous = now;
  }
  return renamings;
}

/** "KS (KS – Kommunesektorens organisasjon)": both, where the command line introduces a party. */
export function partyLabel(agreement: Parties, id: string, on: IsoDate): string {
  const party = partyOn(agreement, id, on);
  return party ? `${party.short} (${party.name})` : id;
}

/**
 * Who signs for a party on `on`, and since when: the record's signatory from signing, or from the last
 * change that named one; and the day the party last took a new name, if it has since signing.
 */
export function signatoryOn(
  agreement: Parties & { signed: IsoDate },
  id: string,
  on: IsoDate,
): { since: IsoDate; renamed: IsoDate | null } {
  const party = agreement.parties.find((candidate) => candidate.id === id);
  const changes = (party?.changes ?? []).filter((change) => change.from <= on);
  const latest = (dates: IsoDate[]) =>
    dates.reduce<IsoDate | null>((last, date) => (!last || date > last ? date : last), null);
  return {
    since: latest(changes.filter((change) => change.signatory).map((change) => change.from)) ?? agreement.signed,
    renamed: latest(changes.filter((change) => change.name !== undefined).map((change) => change.from)),
  };
}
