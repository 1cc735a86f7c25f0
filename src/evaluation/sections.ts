/**
 * The report's sections: each figure as a chart and, from the same numbers, its table, with a
 * sentence on what it shows. The Markdown and the HTML report draw the same sections.
 */
import { norwegianDate } from '../lib/norwegian.js';
import { REPORT_WORDS } from '../messages/report-words.js';
import type { BarChart } from './charts.js';
import type { Figures } from './figures.js';

export interface Section {
  chart: BarChart;
  /** A sentence on what the chart shows. */
  text: string;
  /** What the report says instead of the chart and its table when there is nothing to draw, or null. */
  empty: string | null;
}

/** A chart with no value above zero is no picture: the report says so in words instead. */
function withEmpty(section: Section): Section {
  const drawn = section.chart.series.some((series) => series.values.some((value) => value !== null && value > 0));
  return drawn ? { ...section, empty: null } : section;
}

/** "KMD/KDD": a party over the period, by every short name it had, so a past year keeps the name it had then. */
export const partyOverPeriod = (party: Figures['parties'][number]) => party.short_names.join('/');

/** Each figure of the report as a chart and, from the same numbers, its table. */
export function sections(figures: Figures): Section[] {
  const words = REPORT_WORDS[figures.language].sections;
  const years = figures.years.map((year) => String(year.year));
  const parties = figures.parties;
  const byParty = (pick: (year: Figures['years'][number]) => Record<string, number>, what: string) =>
    parties.map((party) => ({
      name: `${what} ${partyOverPeriod(party)}`,
      values: figures.years.map((year) => pick(year)[party.id] ?? 0),
    }));
  const held = figures.years.flatMap((year) =>
    year.notice_days.map((days, index) => ({ meeting: year.held_meetings[index] ?? '', days })),
  );
  const { meetings, balance, attendance, focus, proposals, notice, actions, plans } = words;
  return [
    {
      text: meetings.text,
      empty: meetings.empty,
      chart: {
        id: 'moter',
        title: meetings.title,
        categories: years,
        series: [
          { name: meetings.required, values: figures.years.map((year) => year.required) },
          { name: meetings.held, values: figures.years.map((year) => year.held) },
          { name: meetings.planned, values: figures.years.map((year) => year.planned) },
          { name: meetings.cancelled, values: figures.years.map((year) => year.cancelled) },
        ],
      },
    },
    {
      text: balance.text,
      empty: balance.empty,
      chart: {
        id: 'balanse',
        title: balance.title,
        categories: years,
        series: [...byParty((year) => year.chair, balance.chair), ...byParty((year) => year.minutes, balance.minutes)],
      },
    },
    {
      text: attendance.text,
      empty: attendance.empty,
      chart: {
        id: 'deltakelse',
        title: attendance.title,
        categories: years,
        series: byParty((year) => year.attendance, attendance.present),
      },
    },
    {
      text: focus.text,
      empty: focus.empty,
      chart: {
        id: 'fokus',
        title: focus.title,
        categories: years,
        series: [
          ...figures.focus_areas.map((area) => ({
            name: focus.area(area.letter),
            values: figures.years.map((year) => year.items.by_focus[area.letter] ?? 0),
          })),
          { name: focus.outside, values: figures.years.map((year) => year.items.outside_focus) },
        ],
      },
    },
    {
      text: proposals.text,
      empty: proposals.empty,
      chart: {
        id: 'forslag',
        title: proposals.title,
        categories: years,
        series: byParty((year) => year.items.by_party, proposals.by),
      },
    },
    {
      text: notice.text(figures.notice_days_required),
      empty: notice.empty,
      chart: {
        id: 'varsel',
        title: notice.title,
        categories: held.map(({ meeting }) => shortDate(meeting)),
        series: [{ name: notice.series, values: held.map(({ days }) => days) }],
        reference: { value: figures.notice_days_required, label: notice.days(figures.notice_days_required) },
      },
    },
    {
      text: actions.text(norwegianDate(figures.to)),
      empty: actions.empty,
      chart: {
        id: 'oppfolging',
        title: actions.title,
        categories: years,
        series: [
          { name: actions.opened, values: figures.years.map((year) => year.actions.opened) },
          { name: actions.done, values: figures.years.map((year) => year.actions.done) },
          { name: actions.open, values: figures.years.map((year) => year.actions.open) },
        ],
      },
    },
    {
      text: plans.text,
      empty: plans.empty,
      chart: {
        id: 'arsplan',
        title: plans.title,
        categories: years,
        series: (['done', 'ongoing', 'planned', 'dropped'] as const).map((status) => ({
          name: plans.status[status],
          values: figures.years.map((year) => (year.plan ? year.plan[status] : null)),
        })),
      },
    },
  ].map(withEmpty);
}

/** "14.03.2018": a meeting's day, its year in four digits as in every chart (a second meeting that day keeps its suffix). */
function shortDate(id: string): string {
  const [year = '', month = '', day = '', ...rest] = id.split('-');
  return `${day}.${month}.${year}${rest.length > 0 ? ` (${rest.join('-')})` : ''}`;
}

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
