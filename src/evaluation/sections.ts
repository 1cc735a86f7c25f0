/**
 * The report's sections: each figure as a chart and, from the same numbers, its table, with a
 * sentence on what it shows. The Markdown and the HTML report draw the same sections.
 */
import { REPORT_WORDS } from '../messages/report-words.js';
import type { BarChart } from './charts.js';
import type { Figures } from './figures.js';

export interface Section {
  chart: BarChart;
  /** A sentence on what the chart shows. */
  text: string;
}

/** Each figure of the report as a chart and, from the same numbers, its table. */
export function sections(figures: Figures): Section[] {
  const words = REPORT_WORDS[figures.language].sections;
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
  const { meetings, balance, attendance, focus, proposals, notice, actions, plans } = words;
  return [
    {
      text: meetings.text,
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
      chart: {
        id: 'balanse',
        title: balance.title,
        categories: years,
        series: [...byParty((year) => year.chair, balance.chair), ...byParty((year) => year.minutes, balance.minutes)],
      },
    },
    {
      text: attendance.text,
      chart: {
        id: 'deltakelse',
        title: attendance.title,
        categories: years,
        series: byParty((year) => year.attendance, attendance.present),
      },
    },
    {
      text: focus.text,
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
      chart: {
        id: 'forslag',
        title: proposals.title,
        categories: years,
        series: byParty((year) => year.items.by_party, proposals.by),
      },
    },
    {
      text: notice.text(figures.notice_days_required),
      chart: {
        id: 'varsel',
        title: notice.title,
        categories: held.map(({ meeting }) => shortDate(meeting)),
        series: [{ name: notice.series, values: held.map(({ days }) => days) }],
        reference: { value: figures.notice_days_required, label: notice.days(figures.notice_days_required) },
      },
    },
    {
      text: actions.text,
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
  ];
}

/** "14.03.18": a meeting's day where a chart has little room (a second meeting that day keeps its suffix). */
function shortDate(id: string): string {
  const [year = '', month = '', day = '', ...rest] = id.split('-');
  return `${day}.${month}.${year.slice(2)}${rest.length > 0 ? ` (${rest.join('-')})` : ''}`;
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
