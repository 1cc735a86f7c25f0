/**
 * The report's sections: each figure as a chart and, from the same numbers, its table, with a
 * sentence on what it shows. The Markdown and the HTML report draw the same sections.
 */
import type { BarChart } from './charts.js';
import type { Figures } from './figures.js';

export interface Section {
  chart: BarChart;
  /** A sentence on what the chart shows. */
  text: string;
}

/** Each figure of the report as a chart and, from the same numbers, its table. */
export function sections(figures: Figures): Section[] {
  const years = figures.years.map((year) => String(year.year));
  const parties = figures.parties;
  const byParty = (pick: (year: Figures['years'][number]) => Record<string, number>, what: string) =>
    parties.map((party) => ({
      name: `${what} ${party.short}`,
      values: figures.years.map((year) => pick(year)[party.id] ?? 0),
    }));
  const held = figures.years.flatMap((year) =>
    year.notice_days.map((days, index) => ({ meeting: year.held_meetings[index] ?? '', days })),
  );
  return [
    {
      text: 'Møter som avtalen krever (forholdsmessig for et delår), og møter holdt, planlagt og avlyst.',
      chart: {
        id: 'moter',
        title: 'Møter per år',
        categories: years,
        series: [
          { name: 'Påkrevd', values: figures.years.map((year) => year.required) },
          { name: 'Holdt', values: figures.years.map((year) => year.held) },
          { name: 'Planlagt', values: figures.years.map((year) => year.planned) },
          { name: 'Avlyst', values: figures.years.map((year) => year.cancelled) },
        ],
      },
    },
    {
      text: 'Hvem som ledet de holdte møtene og skrev referatet: balansen mellom partene.',
      chart: {
        id: 'balanse',
        title: 'Møteledelse og referat per part',
        categories: years,
        series: [...byParty((year) => year.chair, 'Leder'), ...byParty((year) => year.minutes, 'Referat')],
      },
    },
    {
      text: 'Holdte møter der parten var til stede.',
      chart: {
        id: 'deltakelse',
        title: 'Deltakelse per part',
        categories: years,
        series: byParty((year) => year.attendance, 'Til stede'),
      },
    },
    {
      text: 'Sakene på de holdte møtenes saksliste (de faste sakene ikke medregnet), per fokusområde og utenfor dem.',
      chart: {
        id: 'fokus',
        title: 'Saker per fokusområde',
        categories: years,
        series: [
          ...figures.focus_areas.map((area) => ({
            name: `Fokusområde ${area.letter}`,
            values: figures.years.map((year) => year.items.by_focus[area.letter] ?? 0),
          })),
          { name: 'Utenfor fokusområdene', values: figures.years.map((year) => year.items.outside_focus) },
        ],
      },
    },
    {
      text: 'Hvilken part som foreslo sakene.',
      chart: {
        id: 'forslag',
        title: 'Saker foreslått per part',
        categories: years,
        series: byParty((year) => year.items.by_party, 'Foreslått av'),
      },
    },
    {
      text: `Dager fra innkallingen ble sendt til møtet, for hvert holdte møte, mot praksisen på ${figures.notice_days_required} dager.`,
      chart: {
        id: 'varsel',
        title: 'Innkallingens varsel',
        categories: held.map(({ meeting }) => shortDate(meeting)),
        series: [{ name: 'Dager varsel', values: held.map(({ days }) => days) }],
        reference: { value: figures.notice_days_required, label: `${figures.notice_days_required} dager` },
      },
    },
    {
      text: 'Oppfølgingspunkter vedtatt i årets møter: utført og åpne per i dag.',
      chart: {
        id: 'oppfolging',
        title: 'Oppfølgingspunkter',
        categories: years,
        series: [
          { name: 'Vedtatt', values: figures.years.map((year) => year.actions.opened) },
          { name: 'Utført', values: figures.years.map((year) => year.actions.done) },
          { name: 'Åpne', values: figures.years.map((year) => year.actions.open) },
        ],
      },
    },
    {
      text: 'Prioriteringene i årsplanene og hvor de står (et år uten årsplan står tomt).',
      chart: {
        id: 'arsplan',
        title: 'Årsplanenes prioriteringer',
        categories: years,
        series: (['done', 'ongoing', 'planned', 'dropped'] as const).map((status) => ({
          name: PLAN_STATUS[status],
          values: figures.years.map((year) => (year.plan ? year.plan[status] : null)),
        })),
      },
    },
  ];
}

/** "14.03.18": a meeting's day where a chart has little room (a second meeting that day keeps its suffix). */
function shortDate(id: string): string {
  const [year = '', month = '', day = '', ...rest] = id.split('-');
  return `${day}.${month}.${year.slice(2)}${rest.length > 0 ? ` (${rest.join('-')})` : ''}`;
}

const PLAN_STATUS = { done: 'Gjennomført', ongoing: 'Pågår', planned: 'Planlagt', dropped: 'Droppet' } as const;

export function tableRows(chart: BarChart): { head: string[]; rows: string[][] } {
  return {
    head: ['', ...chart.series.map((series) => series.name)],
    rows: chart.categories.map((category, index) => [
      category,
      ...chart.series.map((series) => {
        const value = series.values[index];
        return value === null || value === undefined ? '–' : String(value);
      }),
    ]),
  };
}
