import type { Agreement } from './schemas.js';

/** "KS" for "ks": how people name a party; the id itself when the agreement has no such party. */
export function shortName(agreement: Pick<Agreement, 'parties'>, id: string): string {
  return agreement.parties.find((party) => party.id === id)?.short ?? id;
}
