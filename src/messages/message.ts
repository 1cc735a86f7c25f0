/**
 * A message a person reads, as data: a stable id, its parameters, and a text per language. After Astro's
 * errors-data and eslint's `meta.messages`: code names a message and gives the facts; the catalogue words
 * them. Nynorsk falls back to bokmål where the CLI has no nynorsk text of its own; documents always have one.
 */
import type { Language } from './language.js';

export type Wording<P> = (params: P) => string;

export interface Entry<P> {
  en: Wording<P>;
  nb: Wording<P>;
  nn?: Wording<P>;
}

/** One entry of a catalogue; the parameters' type is the English wording's, and the others follow it. */
export function entry<P = Record<never, never>>(en: Wording<P>, nb: Wording<P>, nn?: Wording<P>): Entry<P> {
  return nn ? { en, nb, nn } : { en, nb };
}

export function wordingIn<P>(messageEntry: Entry<P>, language: Language): Wording<P> {
  return language === 'nn' ? (messageEntry.nn ?? messageEntry.nb) : messageEntry[language];
}
