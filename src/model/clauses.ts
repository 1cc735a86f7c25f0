/**
 * Where the agreement says what. Rules, commands and documents name a topic;
 * the agreement's own `clauses` give its number there. An agreement that
 * records no number for a topic is cited without one.
 */
import type { Agreement, ClauseTopic } from './schemas.js';

/** "2" for the meetings clause of the KS–KMD agreement; null when the record gives none. */
export function clauseNumber(agreement: Pick<Agreement, 'clauses'>, topic: ClauseTopic): string | null {
  return agreement.clauses[topic] ?? null;
}

/** "§2", as findings and messages cite a clause; null when the record gives none. */
export function clauseReference(agreement: Pick<Agreement, 'clauses'>, topic: ClauseTopic | null): string | null {
  const number = topic === null ? null : clauseNumber(agreement, topic);
  return number === null ? null : `§${number}`;
}
