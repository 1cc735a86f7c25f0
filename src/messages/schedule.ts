/** What the scheduler says: why a day is no working day, and next-meeting's reasons. */
import { entry } from './message.js';
import { cite, counted } from './wording.js';

type HolidayKey =
  | 'new-year'
  | 'may-day'
  | 'constitution-day'
  | 'christmas'
  | 'boxing-day'
  | 'maundy-thursday'
  | 'good-friday'
  | 'easter-sunday'
  | 'easter-monday'
  | 'ascension'
  | 'whit-sunday'
  | 'whit-monday';

/** The holidays' names as the law gives them: proper names, the same in an English sentence. */
const HOLIDAYS_NB: Record<HolidayKey, string> = {
  'new-year': 'første nyttårsdag',
  'may-day': 'offentlig høytidsdag 1. mai',
  'constitution-day': 'grunnlovsdag 17. mai',
  christmas: 'første juledag',
  'boxing-day': 'andre juledag',
  'maundy-thursday': 'skjærtorsdag',
  'good-friday': 'langfredag',
  'easter-sunday': 'første påskedag',
  'easter-monday': 'andre påskedag',
  ascension: 'Kristi himmelfartsdag',
  'whit-sunday': 'første pinsedag',
  'whit-monday': 'andre pinsedag',
};

const rolesEn = (chair: string, minutes: string) =>
  chair === minutes ? `${chair} chairs and takes the minutes` : `${chair} chairs, ${minutes} takes the minutes`;
const rolesNb = (chair: string, minutes: string) =>
  chair === minutes ? `${chair} leder møtet og skriver referat` : `${chair} leder møtet, ${minutes} skriver referat`;
const whatEn = (what: 'notice' | 'documents') => (what === 'notice' ? 'the notice' : 'the case documents');
const whatNb = (what: 'notice' | 'documents') => (what === 'notice' ? 'innkallingen' : 'saksdokumentene');

/** Worded on first use: a command compiles only the areas of the catalogue it says something from. */
export const SCHEDULE_MESSAGES = () => ({
  'day/saturday': entry(
    () => 'a Saturday',
    () => 'en lørdag',
  ),
  'day/sunday': entry(
    () => 'a Sunday',
    () => 'en søndag',
  ),
  'day/holiday': entry(
    (p: { holiday: HolidayKey }) => `a public holiday (${HOLIDAYS_NB[p.holiday]})`,
    (p) => `en helligdag (${HOLIDAYS_NB[p.holiday]})`,
  ),
  'day/in-period': entry(
    (p: { period: string }) => `in ${p.period}`,
    (p) => `i ${p.period}`,
  ),

  'next-meeting/planned': entry(
    (p: { meeting: string; status: string; today: string }) =>
      `meeting ${p.meeting} is ${p.status === 'planned' ? 'planned' : `ahead of ${p.today} (recorded as ${p.status})`} (meetings/${p.meeting}.md)`,
    (p) =>
      `møtet ${p.meeting} er ${p.status === 'planned' ? 'planlagt' : `etter ${p.today} (ført som ${p.status === 'held' ? 'holdt' : 'avlyst'})`} (meetings/${p.meeting}.md)`,
  ),
  'next-meeting/year-short': entry(
    (p: { year: number; held: number; planned: number; required: number; clause: string | null; due: string }) =>
      `${p.year} has ${p.held} held and ${p.planned} planned of the ${p.required} meetings the agreement requires that year${cite(p.clause)}; the next is due by ${p.due}`,
    (p) =>
      `${p.year} har ${p.held} holdt og ${p.planned} planlagt av de ${p.required} møtene avtalen krever det året${cite(p.clause)}; det neste skal holdes innen ${p.due}`,
  ),
  'next-meeting/year-met': entry(
    (p: { year: number; held: number; planned: number; required: number; clause: string | null }) =>
      `${p.year} has the ${counted(p.required, 'meeting', 'meetings')} the agreement requires${cite(p.clause)} (${p.held} held, ${p.planned} planned)`,
    (p) =>
      `${p.year} har de ${counted(p.required, 'møtet', 'møtene')} avtalen krever${cite(p.clause)} (${p.held} holdt, ${p.planned} planlagt)`,
  ),
  'next-meeting/earliest': entry(
    (p: { days: number; earliest: string }) =>
      `no meeting is planned ahead; the earliest date with ${p.days} days' notice is ${p.earliest}`,
    (p) => `ingen møter er planlagt fram i tid; første dato med ${p.days} dagers innkallingsfrist er ${p.earliest}`,
  ),
  'next-meeting/spacing': entry(
    (p: { months: number; last: string; date: string }) =>
      `${p.months} months after the last meeting (${p.last}) is ${p.date}`,
    (p) => `${p.months} måneder etter forrige møte (${p.last}) er ${p.date}`,
  ),
  'next-meeting/no-day-left': entry(
    (p: { year: number; from: string; to: string }) =>
      `${p.year} has no working day left between ${p.from} and ${p.to} for its missing meeting`,
    (p) => `${p.year} har ingen arbeidsdag igjen mellom ${p.from} og ${p.to} til møtet som mangler`,
  ),
  'next-meeting/proposed-working-day': entry(
    (p: { date: string }) => `proposed ${p.date}, a working day`,
    (p) => `foreslått ${p.date}, en arbeidsdag`,
  ),
  'next-meeting/skipped-day': entry(
    (p: { day: string; why: string }) => `${p.day} is ${p.why}`,
    (p) => `${p.day} er ${p.why}`,
  ),
  'next-meeting/deadlines-in-period': entry(
    (p: { from: string; periods: readonly string[] }) =>
      `from ${p.from}, the notice or the documents would be due in ${p.periods.join(' or ')}`,
    (p) => `fra ${p.from} ville innkallingen eller dokumentene hatt frist i ${p.periods.join(' eller ')}`,
  ),
  'next-meeting/proposed-first-working-day': entry(
    (p: { date: string; ideal: string; passed: readonly string[] }) =>
      `proposed ${p.date}, the first working day from ${p.ideal}${p.passed.length ? ` (${p.passed.join('; ')})` : ''}`,
    (p) => `foreslått ${p.date}, første arbeidsdag fra ${p.ideal}${p.passed.length ? ` (${p.passed.join('; ')})` : ''}`,
  ),
  'next-meeting/turn': entry(
    (p: { turn: number; roles: string; first: string; chair: string; minutes: string }) =>
      `turn ${p.turn} in the rotation (${p.roles} roles, first turn ${p.first}): ${rolesEn(p.chair, p.minutes)}`,
    (p) =>
      `tur ${p.turn} i rotasjonen (${p.roles === 'together' ? 'rollene samlet' : 'rollene delt'}, ${p.first} først): ${rolesNb(p.chair, p.minutes)}`,
  ),
  'next-meeting/roles-explained': entry(
    (p: { note: string }) => `the roles deviate from the rotation, as rotation_note explains: ${p.note}`,
    (p) => `rollene avviker fra rotasjonen, slik rotation_note forklarer: ${p.note}`,
  ),
  'next-meeting/roles-deviate': entry(
    (p: { turn: number; chair: string; minutes: string; recordedChair: string; recordedMinutes: string }) =>
      `by the rotation (turn ${p.turn}) ${rolesEn(p.chair, p.minutes)}, but the record says chair: ${p.recordedChair}, minutes: ${p.recordedMinutes}: correct it or explain it in rotation_note`,
    (p) =>
      `etter rotasjonen (tur ${p.turn}) ${rolesNb(p.chair, p.minutes)}, men posten sier chair: ${p.recordedChair}, minutes: ${p.recordedMinutes}: rett det eller forklar det i rotation_note`,
  ),
  'next-meeting/roles-follow': entry(
    (p: { turn: number; chair: string; minutes: string }) =>
      `the roles follow the rotation (turn ${p.turn}): ${rolesEn(p.chair, p.minutes)}`,
    (p) => `rollene følger rotasjonen (tur ${p.turn}): ${rolesNb(p.chair, p.minutes)}`,
  ),
  'next-meeting/sent': entry(
    (p: { what: 'notice' | 'documents'; sent: string; late: string | null }) =>
      `${whatEn(p.what)} went out ${p.sent}${p.late ? `, later than ${p.late}` : ''}`,
    (p) => `${whatNb(p.what)} ble sendt ${p.sent}${p.late ? `, senere enn ${p.late}` : ''}`,
  ),
  'next-meeting/overdue': entry(
    (p: { what: 'notice' | 'documents'; due: string }) =>
      `${whatEn(p.what)} should have gone out by ${p.due} and is not recorded as sent`,
    (p) => `${whatNb(p.what)} skulle vært sendt innen ${p.due} og er ikke ført som sendt`,
  ),
  'next-meeting/due': entry(
    (p: { what: 'notice' | 'documents'; due: string }) => `${whatEn(p.what)} must go out by ${p.due}`,
    (p) => `${whatNb(p.what)} må sendes innen ${p.due}`,
  ),
  'next-meeting/stale': entry(
    (p: { meeting: string }) =>
      `meeting ${p.meeting} is still "planned" though its date has passed: record it as held or cancelled`,
    (p) => `møtet ${p.meeting} står fortsatt som planlagt selv om datoen er passert: før det som holdt eller avlyst`,
  ),
  'next-meeting/terminated-ended': entry(
    (p: { by: string; lastDay: string; clause: string | null }) =>
      `the agreement was terminated by ${p.by} and ended on ${p.lastDay}: no meeting is due under it${cite(p.clause)}`,
    (p) => `avtalen ble sagt opp av ${p.by} og endte ${p.lastDay}: ingen møter skal holdes under den${cite(p.clause)}`,
  ),
  'next-meeting/lapsed-ended': entry(
    (p: { lastDay: string; clause: string | null }) =>
      `the agreement ran out on ${p.lastDay} and was not extended: no meeting is due under it; a lapsed agreement can only be replaced by a new one${cite(p.clause)}`,
    (p) =>
      `avtalen gikk ut ${p.lastDay} og ble ikke forlenget: ingen møter skal holdes under den; en utløpt avtale kan bare erstattes av en ny${cite(p.clause)}`,
  ),
  'next-meeting/before-signing': entry(
    (p: { date: string; signed: string }) => `${p.date} is before the agreement was signed on ${p.signed}`,
    (p) => `${p.date} er før avtalen ble inngått ${p.signed}`,
  ),
  'next-meeting/after-termination': entry(
    (p: { by: string; effective: string }) =>
      `the agreement was terminated by ${p.by} with effect from ${p.effective}: there is no meeting under it after that`,
    (p) => `avtalen ble sagt opp av ${p.by} med virkning fra ${p.effective}: det er ingen møter under den etter det`,
  ),
  'next-meeting/after-evaluation': entry(
    (p: { lastDay: string; completed: string; clause: string | null }) =>
      `the agreement ends ${p.lastDay}, and with the evaluation completed (${p.completed}) it can no longer be extended${cite(p.clause)}: a new agreement is needed`,
    (p) =>
      `avtalen slutter ${p.lastDay}, og når evalueringen er gjennomført (${p.completed}), kan den ikke lenger forlenges${cite(p.clause)}: det trengs en ny avtale`,
  ),
  'next-meeting/after-lapse': entry(
    (p: { lastDay: string; clause: string | null }) =>
      `the agreement ran out on ${p.lastDay}; a lapsed agreement cannot be extended, only replaced by a new one${cite(p.clause)}`,
    (p) =>
      `avtalen gikk ut ${p.lastDay}; en utløpt avtale kan ikke forlenges, bare erstattes av en ny${cite(p.clause)}`,
  ),
  'next-meeting/extend-first': entry(
    (p: { lastDay: string; date: string; year: number; clause: string | null }) =>
      `the agreement ends ${p.lastDay}: to meet on ${p.date}, extend it first with partnership renew --year ${p.year}${cite(p.clause)}`,
    (p) =>
      `avtalen slutter ${p.lastDay}: for å møtes ${p.date}, forleng den først med partnership renew --year ${p.year}${cite(p.clause)}`,
  ),
});
