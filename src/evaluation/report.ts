/**
 * The evaluation report in three forms from one set of sections: JSON (the figures), Markdown (the
 * figures as tables, for the archive and a pull request) and a page in Norwegian that stands alone
 * (a summary, a timeline, and each chart with its table beside it).
 */

import { escapeHtml, htmlPage } from '../documents/page.js';
import { type IsoDate, maxDate } from '../lib/dates.js';
import { norwegianDate } from '../lib/norwegian.js';
import { type BarChart, barChartSvg, type TimelineMark, timelineSvg } from './charts.js';
import type { EvaluationRecords, Figures, TimelineKind } from './figures.js';
import { evaluationFigures } from './figures.js';
import type { ReportFormat } from './report-formats.js';

export function evaluationReport(records: EvaluationRecords, today: IsoDate, format: ReportFormat): string {
  const figures = evaluationFigures(records, today);
  if (format === 'json') return `${JSON.stringify(figures, null, 2)}\n`;
  return format === 'md' ? markdownReport(figures) : htmlReport(figures);
}

interface Section {
  chart: BarChart;
  /** A sentence on what the chart shows. */
  text: string;
}

/** Each figure of the report as a chart and, from the same numbers, its table. */
function sections(figures: Figures): Section[] {
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

/** A few sentences on the whole period, from the same figures. */
function summary(figures: Figures): string[] {
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

function tableRows(chart: BarChart): { head: string[]; rows: string[][] } {
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

const period = (figures: Figures) => `${norwegianDate(figures.from)} – ${norwegianDate(figures.to)}`;

function markdownReport(figures: Figures): string {
  const cell = (text: string) => text.replace(/\|/g, '\\|');
  const table = ({ head, rows }: { head: string[]; rows: string[][] }) =>
    [
      `| ${head.map(cell).join(' | ')} |`,
      `|${head.map(() => ' --- |').join('')}`,
      ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`),
    ].join('\n');
  const parts = [
    `# Evalueringsgrunnlag: ${figures.title}`,
    `Samarbeidet ${period(figures)}, år for år, talt opp fra avtalens arkiv.`,
    '## Sammendrag',
    summary(figures)
      .map((line) => `- ${line}`)
      .join('\n'),
    '## Tidslinje',
    table({
      head: ['Dato', 'Hendelse'],
      rows: figures.timeline.map((event) => [norwegianDate(event.date), event.label]),
    }),
    ...sections(figures).flatMap(({ chart, text }) => [`## ${chart.title}`, text, table(tableRows(chart))]),
  ];
  if (figures.deviations.length > 0) {
    parts.push(
      '## Avvik partene har godtatt',
      table({
        head: ['Regel', 'År eller møte', 'Begrunnelse'],
        rows: figures.deviations.map((deviation) => [
          deviation.rule,
          deviation.meeting ?? String(deviation.year ?? ''),
          deviation.reason,
        ]),
      }),
    );
  }
  return `${parts.join('\n\n')}\n`;
}

const TIMELINE_ROWS: ReadonlyArray<[label: string, kinds: readonly TimelineKind[]]> = [
  ['Avtalen', ['signed', 'extension', 'evaluation', 'termination', 'term-end']],
  ['Møter holdt', ['meeting-held']],
  ['Møter planlagt', ['meeting-planned']],
  ['Møter avlyst', ['meeting-cancelled']],
  ['Årsplaner', ['plan']],
  ['Konsultasjoner', ['consultation']],
];

const STYLE = `
@page { size: A4; margin: 18mm 16mm; }
body { font-family: Arial, "Helvetica Neue", Helvetica, sans-serif; font-size: 10.5pt; line-height: 1.4; color: #000;
  max-width: 180mm; margin: 0 auto; padding: 10mm 0; }
h1 { font-size: 17pt; margin: 0 0 4pt; }
h2 { font-size: 13pt; margin: 18pt 0 6pt; break-after: avoid; }
figure { margin: 0 0 12pt; break-inside: avoid; }
.figure { display: flex; flex-wrap: wrap; gap: 8pt 16pt; align-items: flex-start; }
.chart { flex: 0 0 auto; width: 110mm; max-width: 100%; height: auto; }
table { border-collapse: collapse; font-size: 9.5pt; }
th, td { border-bottom: 1px solid #ccc; padding: 2pt 6pt; text-align: right; }
#tidslinje td { text-align: left; }
th:first-child, td:first-child { text-align: left; }
caption { text-align: left; font-weight: bold; padding-bottom: 2pt; }
figcaption { font-size: 9.5pt; margin-bottom: 4pt; }
@media print { body { padding: 0; max-width: none; } }
`;

function htmlReport(figures: Figures): string {
  const htmlTable = (caption: string, { head, rows }: { head: string[]; rows: string[][] }) =>
    `<table><caption>${escapeHtml(caption)}</caption><thead><tr>${head.map((text) => `<th scope="col">${escapeHtml(text)}</th>`).join('')}</tr></thead><tbody>${rows
      .map(
        (row) =>
          `<tr>${row.map((text, index) => (index === 0 ? `<th scope="row">${escapeHtml(text)}</th>` : `<td>${escapeHtml(text)}</td>`)).join('')}</tr>`,
      )
      .join('')}</tbody></table>`;
  const marks: TimelineMark[] = figures.timeline.map((event) => ({
    date: event.date,
    row: TIMELINE_ROWS.findIndex(([, kinds]) => kinds.includes(event.kind)),
    label: event.label,
  }));
  const lastDate = figures.timeline.map((event) => event.date).reduce(maxDate, figures.to);
  const timeline = `<section id="tidslinje"><h2>Tidslinje</h2><figure><figcaption>Avtalens periode fra signering, med møter, årsplaner, konsultasjoner, forlengelser og slutt.</figcaption><div class="figure">${timelineSvg(
    'tidslinje',
    'Tidslinje for avtalen',
    figures.from,
    lastDate,
    TIMELINE_ROWS.map(([label]) => label),
    marks,
  )}${htmlTable('Hendelser', {
    head: ['Dato', 'Hendelse'],
    rows: figures.timeline.map((event) => [norwegianDate(event.date), event.label]),
  })}</div></figure></section>`;
  const charts = sections(figures)
    .map(
      ({ chart, text }) =>
        `<section id="${chart.id}"><h2>${escapeHtml(chart.title)}</h2><figure><figcaption>${escapeHtml(text)}</figcaption><div class="figure">${barChartSvg(chart)}${htmlTable(chart.title, tableRows(chart))}</div></figure></section>`,
    )
    .join('\n');
  const deviations =
    figures.deviations.length === 0
      ? ''
      : `<section id="avvik"><h2>Avvik partene har godtatt</h2>${htmlTable('Avvik', {
          head: ['Regel', 'År eller møte', 'Begrunnelse'],
          rows: figures.deviations.map((deviation) => [
            deviation.rule,
            deviation.meeting ?? String(deviation.year ?? ''),
            deviation.reason,
          ]),
        })}</section>`;
  return htmlPage({
    title: `Evalueringsgrunnlag: ${escapeHtml(figures.title)}`,
    css: STYLE,
    body: `<h1>Evalueringsgrunnlag</h1>
<p><strong>${escapeHtml(figures.title)}</strong><br>Samarbeidet ${escapeHtml(period(figures))}, år for år, talt opp fra avtalens arkiv.</p>
<section id="sammendrag"><h2>Sammendrag</h2><ul>${summary(figures)
      .map((line) => `<li>${escapeHtml(line)}</li>`)
      .join('')}</ul></section>
${timeline}
${charts}
${deviations}
`,
  });
}
