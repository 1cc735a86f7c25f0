/** Norwegian dates and numbers in words, in the written standard asked for; the words are the catalogue's. */
import type { DocumentLanguage } from '../messages/language.js';
import { WORDS } from '../messages/words.js';
import { type IsoDate, isoWeekday } from './dates.js';

/** Between words a line must not part ("15. september", "kl. 10.00"): a no-break space. */
const KEEP_TOGETHER = '\u00a0';

/** "15. september 2020", the day and the month kept on one line; the months are the same words in bokmål and nynorsk. */
export function norwegianDate(date: IsoDate): string {
  const [year, month, day] = date.split('-').map(Number);
  return `${day}.${KEEP_TOGETHER}${WORDS.nb.months[(month ?? 1) - 1]} ${year}`;
}

/** "10.00": a time of day as Norwegian documents write it (Språkrådet), from the records' HH:MM. */
export function norwegianTime(time: string): string {
  return time.replace(':', '.');
}

/**
 * "tirsdag 15. september 2020" (nynorsk: "tysdag …"), with " kl. 10.00" when a time is given and
 * "kl. 10.00–12.00" when the end is too.
 */
export function norwegianDateTime(
  date: IsoDate,
  time: string | null,
  language: DocumentLanguage,
  end: string | null = null,
): string {
  const words = WORDS[language];
  const text = `${words.weekdays[isoWeekday(date) - 1]} ${norwegianDate(date)}`;
  if (!time) return text;
  const span = end ? `${norwegianTime(time)}–${norwegianTime(end)}` : norwegianTime(time);
  return `${text} ${words.at}${KEEP_TOGETHER}${span}`;
}

/** "mars 2019": the month a period runs to the end of. */
export function norwegianMonth(date: IsoDate): string {
  const [year, month] = date.split('-').map(Number);
  return `${WORDS.nb.months[(month ?? 1) - 1]} ${year}`;
}

/**
 * "kommunal- og moderniseringsminister": a title after a name is written in lower case in running
 * text and signatures. A first word in capitals ("KS-styreleder") is a name and stays as it is.
 */
export function titleAfterName(title: string): string {
  const [first = '', second = ''] = title;
  return second.toLowerCase() === second && second.toUpperCase() !== second
    ? first.toLowerCase() + title.slice(1)
    : title;
}

/** "to", "tre": how many copies of a protocol, or of anything counted in a document, up to twelve. */
export function countInWords(count: number, language: DocumentLanguage): string {
  return WORDS[language].numbers.neuter[count] ?? String(count);
}

/** "én måned", "tre måneder" (nynorsk "éin månad", "tre månader"): a notice period as a document writes it. */
export function monthsInWords(count: number, language: DocumentLanguage): string {
  const words = WORDS[language];
  return `${words.numbers.masculine[count] ?? String(count)} ${words.month(count)}`;
}

/** "ett år", "to år" (nynorsk "eitt år"): an extension as a document writes it. */
export function yearsInWords(count: number, language: DocumentLanguage): string {
  const words = WORDS[language];
  return `${words.numbers.neuter[count] ?? String(count)} ${words.year}`;
}

/** "15.03.2019" (or 15.3.2019, 15/03/2019): a date as Norwegians write it, as YYYY-MM-DD; undefined if it is not one. */
export function isoFromNorwegianDate(text: string): string | undefined {
  const match = /^(\d{1,2})[./](\d{1,2})[./](\d{4})$/.exec(text.trim());
  if (!match) return undefined;
  const [, day = '', month = '', year = ''] = match;
  return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
}

/**
 * "10:00" from a time written the Norwegian way or loosely ("10.00", "kl. 10", "9:00", "0930"), for a
 * "did you mean"; undefined when it is no time of day.
 */
export function clockTimeFrom(text: string): string | undefined {
  const match = /^(?:kl\.?\s*)?(\d{1,2})(?:[.:]?(\d{2}))?$/i.exec(text.trim());
  if (!match) return undefined;
  const hours = Number(match[1]);
  const minutes = Number(match[2] ?? '0');
  if (hours > 23 || minutes > 59) return undefined;
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}
