/** The report's prose: a few sentences on the whole period, and the period itself, in Norwegian. */
import { norwegianDate } from '../lib/norwegian.js';
import type { Figures } from './figures.js';

/** A few sentences on the whole period, from the same figures. */
export function summary(figures: Figures): string[] {
  const sum = (pick: (year: Figures['years'][number]) => number) =>
    figures.years.reduce((total, year) => total + pick(year), 0);
  const shortOf = (id: string) => figures.parties.find((party) => party.id === id)?.short ?? id;
  const perParty = (pick: (year: Figures['years'][number]) => Record<string, number>) =>
    figures.parties.map((party) => `${party.short} ${sum((year) => pick(year)[party.id] ?? 0)}`).join(', ');
  const notices = figures.years.flatMap((year) => year.notice_days).filter((days): days is number => days !== null);
  const late = figures.years.flatMap((year) => year.notice_late).filter((late) => late === true).length;
  const items =
    sum((year) => year.items.outside_focus) +
    sum((year) => Object.values(year.items.by_focus).reduce((a, b) => a + b, 0));
  const plans = figures.years.filter((year) => year.plan);
  const evaluation = figures.evaluation.completed
    ? `gjennomført ${norwegianDate(figures.evaluation.completed)}`
    : `ikke gjennomført (skulle gjøres etter ${norwegianDate(figures.evaluation.due)})`;
  const running = figures.years.find((year) => !year.complete);
  const soFar = running ? ` (${running.required} av dem i ${running.year}, som ikke er omme)` : '';
  return [
    `Partene holdt ${counted(
      sum((year) => year.held),
      'møte',
      'møter',
    )} der avtalen krevde ${sum((year) => year.required)}${soFar}; ${sum((year) => year.cancelled)} ble avlyst og ${sum((year) => year.planned)} er planlagt.`,
    `Møteledelse: ${perParty((year) => year.chair)}. Referat: ${perParty((year) => year.minutes)}.`,
    `Sakslistene hadde ${items} saker, ${sum((year) => year.items.outside_focus)} av dem utenfor fokusområdene. Foreslått av: ${perParty((year) => year.items.by_party)}.`,
    notices.length === 0
      ? 'Ingen innkalling har registrert utsendelsesdato.'
      : `Innkallingene gikk ut i snitt ${Math.round(notices.reduce((a, b) => a + b, 0) / notices.length)} dager før møtet (praksis: ${figures.notice_days_required}); ${late} kom senere enn det.`,
    `Oppfølgingspunkter: ${sum((year) => year.actions.opened)} vedtatt, ${sum((year) => year.actions.done)} utført, ${sum((year) => year.actions.open)} åpne.`,
    plans.length === 0
      ? 'Partene har ikke registrert noen årsplan.'
      : `Årsplaner for ${plans.map((year) => year.year).join(', ')}: ${counted(
          plans.reduce((total, year) => total + (year.plan?.priorities ?? 0), 0),
          'prioritering',
          'prioriteringer',
        )}, ${plans.reduce((total, year) => total + (year.plan?.done ?? 0), 0)} gjennomført.`,
    `Konsultasjonsordningen: ${counted(figures.consultations, 'sak', 'saker')} varslet, ${figures.consultations_brought} brakt inn. Plikter: ${figures.obligations.done} oppfylt, ${figures.obligations.open} åpne.`,
    `Forlengelser: ${figures.extensions}. Evaluering: ${evaluation}.${figures.deviations.length > 0 ? ` Avvik partene har godtatt: ${figures.deviations.length}.` : ''}${figures.termination ? ` Avtalen er sagt opp av ${shortOf(figures.termination.by)} med virkning fra ${norwegianDate(figures.termination.effective)}.` : ''}`,
  ];
}

const counted = (count: number, one: string, more: string) => `${count} ${count === 1 ? one : more}`;

export const period = (figures: Figures) => `${norwegianDate(figures.from)} – ${norwegianDate(figures.to)}`;
