/** Norwegian wording outside the templates: dates, and the titles of calendar entries. */
import { type IsoDate, isoWeekday } from './dates.js';

const MONTHS = [
  'januar',
  'februar',
  'mars',
  'april',
  'mai',
  'juni',
  'juli',
  'august',
  'september',
  'oktober',
  'november',
  'desember',
];
const WEEKDAYS = ['mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag', 'søndag'];

/** "15. september 2020" */
export function norwegianDate(date: IsoDate): string {
  const [year, month, day] = date.split('-').map(Number);
  return `${day}. ${MONTHS[(month ?? 1) - 1]} ${year}`;
}

/** "tirsdag 15. september 2020", with " kl. 10:00" when a time is given. */
export function norwegianDateTime(date: IsoDate, time?: string | null): string {
  const text = `${WEEKDAYS[isoWeekday(date) - 1]} ${norwegianDate(date)}`;
  return time ? `${text} kl. ${time}` : text;
}

/** "mars 2019": the month a period runs to the end of. */
export function norwegianMonth(date: IsoDate): string {
  const [year, month] = date.split('-').map(Number);
  return `${MONTHS[(month ?? 1) - 1]} ${year}`;
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
export function countInWords(count: number): string {
  return NEUTER[count] ?? String(count);
}

/** " (avtalens punkt 7)", or nothing when the agreement gives no number. */
function inClause(clause: string | null): string {
  return clause ? ` (avtalens punkt ${clause})` : '';
}

const MASCULINE = ['null', 'én', 'to', 'tre', 'fire', 'fem', 'seks', 'sju', 'åtte', 'ni', 'ti', 'elleve', 'tolv'];
const NEUTER = ['null', 'ett', ...MASCULINE.slice(2)];

/** "én måned", "tre måneder": a notice period as a document writes it (numbers up to twelve in words). */
export function monthsInWords(count: number): string {
  return `${MASCULINE[count] ?? String(count)} ${count === 1 ? 'måned' : 'måneder'}`;
}

/** "ett år", "to år": an extension as a document writes it. */
export function yearsInWords(count: number): string {
  return `${NEUTER[count] ?? String(count)} år`;
}

export const CALENDAR_TEXT = {
  meeting: (parties: string) => `Samarbeidsmøte ${parties}`,
  proposedMeeting: (parties: string) => `Samarbeidsmøte ${parties} (forslag)`,
  noticeDeadline: (meeting: string, convener: string) =>
    `Frist for innkalling og saksliste: møtet ${meeting} (${convener})`,
  documentsDeadline: (meeting: string, convener: string) => `Frist for saksdokumenter: møtet ${meeting} (${convener})`,
  meetingDue: (year: number, clause: string | null) => `Frist: samarbeidsmøte for ${year}${inClause(clause)}`,
  renewalDecision: (year: number, clause: string | null) =>
    `Frist: beslutning om forlengelse av avtalen fra ${year}${inClause(clause)}`,
  termEnd: (clause: string | null) => `Samarbeidsavtalen utløper${inClause(clause)}`,
  terminationEffective: (clause: string | null) => `Samarbeidsavtalen opphører etter oppsigelse${inClause(clause)}`,
  evaluationDue: (clause: string | null) => `Frist: evaluering av samarbeidsavtalen${inClause(clause)}`,
  obligationDue: (clause: string, text: string) => `Frist${inClause(clause)}: ${text}`,
  chairAndMinutes: (chair: string, minutes: string) => `Møteleder: ${chair}. Referent: ${minutes}.`,
  convener: (convener: string) => `Innkaller: ${convener}.`,
  agenda: (items: readonly string[]) => `Saksliste: ${items.map((item, index) => `${index + 1}) ${item}`).join('; ')}.`,
} as const;

/** The standing items of every meeting's saksliste, numbered with the rest. */
export const STANDING_ITEMS = {
  approveNotice: 'Godkjenning av innkalling og saksliste',
  approvePreviousMinutes: (previous: IsoDate) => `Godkjenning av referat fra møtet ${norwegianDate(previous)}`,
  followUp: 'Oppfølging fra tidligere møter',
  anyOtherBusiness: 'Eventuelt',
} as const;

/**
 * The Norwegian words people write for the records' English values: `status: avholdt` means held. Each
 * is offered as "did you mean" where that value is allowed.
 */
export const NORWEGIAN_VALUES: Readonly<Record<string, readonly string[]>> = {
  held: ['avholdt', 'holdt', 'gjennomført', 'gjennomfort', 'avviklet'],
  planned: ['planlagt', 'planlegges', 'berammet'],
  cancelled: ['avlyst', 'avlyses', 'kansellert'],
  adopted: ['vedtatt', 'godkjent', 'fastsatt'],
  draft: ['utkast', 'kladd'],
  ongoing: ['pågår', 'pågående', 'paagaar', 'igangsatt', 'påbegynt'],
  done: ['ferdig', 'fullført', 'utført', 'gjort', 'avsluttet'],
  dropped: ['droppet', 'avbrutt', 'utgår', 'utgått', 'skrinlagt'],
  together: ['sammen', 'samlet'],
  split: ['delt', 'fordelt'],
  meeting: ['møte', 'i møtet', 'møtet'],
  email: ['e-post', 'epost', 'e-mail', 'mail'],
};

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
