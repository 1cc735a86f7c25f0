/**
 * A party's names, in one place for rules, commands and documents alike.
 * Each falls back to the id itself when the agreement has no such party,
 * so that a message about an unknown party can still be written.
 */
import type { Agreement } from './schemas.js';

type Parties = Pick<Agreement, 'parties'>;

/** "KS": how people name a party in a message or a calendar. */
export function partyShortName(agreement: Parties, id: string): string {
  return agreement.parties.find((party) => party.id === id)?.short ?? id;
}

/** "KS – Kommunesektorens organisasjon": the name a document gives. */
export function partyFullName(agreement: Parties, id: string): string {
  return agreement.parties.find((party) => party.id === id)?.name ?? id;
}

/** "KS (KS – Kommunesektorens organisasjon)": both, where the command line introduces a party. */
export function partyLabel(agreement: Parties, id: string): string {
  const party = agreement.parties.find((candidate) => candidate.id === id);
  return party ? `${party.short} (${party.name})` : id;
}
