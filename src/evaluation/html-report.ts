/** The evaluation report as a page that stands alone: a summary, a timeline, and each chart with its table beside it. */
import { escapeHtml, htmlPage } from '../documents/page.js';
import { maxDate } from '../lib/dates.js';
import { norwegianDate } from '../lib/norwegian.js';
import { REPORT_WORDS, type ReportWords } from '../messages/report-words.js';
import { barChartSvg, type TimelineMark, timelineSvg } from './charts.js';
import type { Figures, TimelineKind } from './figures.js';
import { sections, tableRows } from './sections.js';
import { period, summary } from './summary.js';

/** The timeline's rows, each for some kinds of event, named in the report's written standard. */
const TIMELINE_ROWS: ReadonlyArray<[row: keyof ReportWords['timelineRows'], kinds: readonly TimelineKind[]]> = [
  ['agreement', ['signed', 'extension', 'evaluation', 'termination', 'term-end']],
  ['held', ['meeting-held']],
  ['planned', ['meeting-planned']],
  ['cancelled', ['meeting-cancelled']],
  ['plans', ['plan']],
  ['consultations', ['consultation']],
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

export function htmlReport(figures: Figures): string {
  const words = REPORT_WORDS[figures.language];
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
  const timeline = `<section id="tidslinje"><h2>${escapeHtml(words.timeline)}</h2><figure><figcaption>${escapeHtml(words.timelineCaption)}</figcaption><div class="figure">${timelineSvg(
    'tidslinje',
    words.timelineTitle,
    figures.from,
    lastDate,
    TIMELINE_ROWS.map(([row]) => words.timelineRows[row]),
    marks,
  )}${htmlTable(words.events, {
    head: [words.date, words.event],
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
      : `<section id="avvik"><h2>${escapeHtml(words.deviationsHeading)}</h2>${htmlTable(words.deviations, {
          head: [...words.deviationHead],
          rows: figures.deviations.map((deviation) => [
            deviation.rule,
            deviation.meeting ?? String(deviation.year ?? ''),
            deviation.reason,
          ]),
        })}</section>`;
  return htmlPage({
    title: escapeHtml(words.heading(figures.title)),
    css: STYLE,
    lang: figures.language,
    body: `<h1>${escapeHtml(words.title)}</h1>
<p><strong>${escapeHtml(figures.title)}</strong><br>${escapeHtml(words.introduction(period(figures)))}</p>
<section id="sammendrag"><h2>${escapeHtml(words.summary)}</h2><ul>${summary(figures)
      .map((line) => `<li>${escapeHtml(line)}</li>`)
      .join('')}</ul></section>
${timeline}
${charts}
${deviations}
`,
  });
}
