/** The report's prose: a few sentences on the whole period, and the period itself, in the figures' written standard. */
import { norwegianDate } from '../lib/norwegian.js';
import { REPORT_WORDS } from '../messages/report-words.js';
import type { Figures } from './figures.js';
import { partyOverPeriod } from './sections.js';

/** A few sentences on the whole period, from the same figures. */
export function summary(figures: Figures): string[] {
  const { lines } = REPORT_WORDS[figures.language];
  const sum = (pick: (year: Figures['years'][number]) => number) =>
    figures.years.reduce((total, year) => total + pick(year), 0);
  const shortOf = (id: string) => figures.parties.find((party) => party.id === id)?.short ?? id;
  const perParty = (pick: (year: Figures['years'][number]) => Record<string, number>) =>
    figures.parties.map((party) => `${partyOverPeriod(party)} ${sum((year) => pick(year)[party.id] ?? 0)}`).join(', ');
  const notices = figures.years.flatMap((year) => year.notice_days).filter((days): days is number => days !== null);
  const late = figures.years.flatMap((year) => year.notice_late).filter((late) => late === true).length;
  const outside = sum((year) => year.items.outside_focus);
  const items = outside + sum((year) => Object.values(year.items.by_focus).reduce((a, b) => a + b, 0));
  const plans = figures.years.filter((year) => year.plan);
  const evaluation = figures.evaluation.completed
    ? lines.evaluationDone(norwegianDate(figures.evaluation.completed))
    : lines.evaluationPending(norwegianDate(figures.evaluation.due));
  const running = figures.years.find((year) => !year.complete);
  const { termination } = figures;
  const words = REPORT_WORDS[figures.language];
  return [
    ...figures.renamed.map((renaming) =>
      words.renamed(norwegianDate(renaming.from), renaming.previous, renaming.short),
    ),
    lines.meetings(
      sum((year) => year.held),
      sum((year) => year.required),
      running ? { required: running.required, year: running.year } : null,
      sum((year) => year.cancelled),
      sum((year) => year.planned),
    ),
    lines.roles(
      perParty((year) => year.chair),
      perParty((year) => year.minutes),
    ),
    lines.items(
      items,
      outside,
      perParty((year) => year.items.by_party),
    ),
    notices.length === 0
      ? lines.noNoticeDates
      : lines.notices(
          Math.round(notices.reduce((a, b) => a + b, 0) / notices.length),
          figures.notice_days_required,
          late,
        ),
    lines.actions(
      sum((year) => year.actions.opened),
      sum((year) => year.actions.done),
      sum((year) => year.actions.open),
    ),
    plans.length === 0
      ? lines.noPlans
      : lines.plans(
          plans.map((year) => year.year).join(', '),
          plans.reduce((total, year) => total + (year.plan?.priorities ?? 0), 0),
          plans.reduce((total, year) => total + (year.plan?.done ?? 0), 0),
        ),
    lines.consultations(
      figures.consultations,
      figures.consultations_brought,
      figures.obligations.done,
      figures.obligations.open,
    ),
    lines.end(
      figures.extensions,
      evaluation,
      figures.deviations.length,
      termination ? { by: shortOf(termination.by), effective: norwegianDate(termination.effective) } : null,
    ),
  ];
}

export const period = (figures: Figures) =>
  REPORT_WORDS[figures.language].period(norwegianDate(figures.from), norwegianDate(figures.to));
