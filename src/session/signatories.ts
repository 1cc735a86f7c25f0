/**
 * `--signatory PARTY=NAME, TITLE`: who signs one document for a party, when
 * the record's signatory is not the one who does (a state secretary signing
 * for the minister, a new board chair before the record is updated).
 */

import type { SignatoryOverrides } from '../documents/view-types.js';
import { addMonths, type IsoDate } from '../lib/dates.js';
import { UsageError } from '../lib/errors.js';
import { titleAfterName } from '../lib/norwegian.js';
import { printable } from '../lib/printable.js';
import { type Message, message } from '../messages/catalogue.js';
import { partyOn, signatoryOn } from '../model/parties.js';
import type { Agreement } from '../model/schemas.js';

export function parseSignatories(
  agreement: { parties: ReadonlyArray<{ id: string }> },
  given: readonly string[] = [],
): SignatoryOverrides {
  const parties = agreement.parties.map((party) => party.id);
  const signatories: Record<string, { name: string; title: string }> = {};
  for (const value of given) {
    if (printable(value) !== value) {
      throw new UsageError(message('option/signatory-control-character', { value: printable(value) }));
    }
    const match = /^([^=]+)=([^,]+),\s*(.+)$/.exec(value);
    const party = match?.[1]?.trim() ?? '';
    if (!match || !parties.includes(party)) {
      throw new UsageError(message('option/signatory-form', { parties, value: printable(value) }));
    }
    signatories[party] = { name: (match[2] ?? '').trim(), title: (match[3] ?? '').trim() };
  }
  return signatories;
}

/**
 * What a renewal protocol or a notice says of who signs it, party by party: the signatory given on the
 * command line, or the record's, in force since a day; and a warning when the record's may be stale (not
 * changed since the party was renamed, or since a signing more than a year back) or when its title names
 * another ministry than the party is on the day.
 */
export function signatoryNotes(
  agreement: Agreement,
  parties: readonly string[],
  on: IsoDate,
  overrides: SignatoryOverrides,
): Message[] {
  const notes: Message[] = [];
  for (const id of parties) {
    const party = partyOn(agreement, id, on);
    if (!party) continue;
    const short = party.short;
    const given = overrides[id];
    if (given) {
      notes.push(message('signatory/given', { party: short, name: given.name, title: given.title }));
      continue;
    }
    const { name } = party.signatory;
    const title = titleAfterName(party.signatory.title);
    if (name === '') {
      notes.push(message('signatory/none', { party: short, id }));
      continue;
    }
    const { since, renamed } = signatoryOn(agreement, id, on);
    notes.push(message('signatory/used', { party: short, name, title, since }));
    if (renamed !== null && since < renamed)
      notes.push(message('signatory/not-since-renamed', { party: short, renamed, id }));
    else if (since === agreement.signed && addMonths(since, 12) < on)
      notes.push(message('signatory/unchanged-since-signing', { party: short, since, id }));
    if (namesAnotherMinistry(title, party.name))
      notes.push(message('signatory/other-body', { party: short, title, body: party.name, id }));
  }
  return notes;
}

/** "kommunal- og moderniseringsminister" for "Kommunal- og distriktsdepartementet": a minister of another ministry. */
function namesAnotherMinistry(title: string, body: string): boolean {
  const minister = /^(.*?)s?minister$/i.exec(title.trim());
  const ministry = /^(.*?)s?departementet$/i.exec(body.trim());
  if (!minister?.[1] || !ministry?.[1]) return false;
  return minister[1].toLowerCase() !== ministry[1].toLowerCase();
}
