/** The evaluation report as a page that stands alone: a summary, a timeline, and each chart with its table beside it. */
import { escapeHtml, htmlPage } from '../documents/page.js';
import { norwegianDate } from '../lib/norwegian.js';
import { REPORT_WORDS } from '../messages/report-words.js';
import type { Figures } from './figures.js';
import { numberedFigures } from './numbered-figures.js';
import { period, summary } from './summary.js';

/**
 * How wide a chart is printed on A4: the whole text width less a margin. Its text, 13 units in a
 * drawing 640 units wide, prints at 13 × 170 / 640 mm, about 9.8 pt: at least 8 pt, as a report needs.
 */
export const CHART_PRINT_WIDTH_MM = 170;

const STYLE = `
@page { size: A4; margin: 18mm 16mm; }
body { font-family: Arial, "Helvetica Neue", Helvetica, sans-serif; font-size: 10.5pt; line-height: 1.4; color: #000;
  max-width: 180mm; margin: 0 auto; padding: 10mm 0; }
h1 { font-size: 17pt; margin: 0 0 4pt; }
h2 { font-size: 13pt; margin: 18pt 0 6pt; break-after: avoid; }
figure { margin: 0 0 12pt; break-inside: avoid; }
.figure { display: flex; flex-direction: column; gap: 8pt; align-items: flex-start; }
.chart { width: ${CHART_PRINT_WIDTH_MM}mm; max-width: 100%; height: auto; }
.source { font-size: 9.5pt; font-style: italic; }
table { border-collapse: collapse; font-size: 9.5pt; }
th, td { border-bottom: 1px solid #ccc; padding: 2pt 6pt; text-align: right; }
#tidslinje td { text-align: left; }
th:first-child, td:first-child { text-align: left; }
caption { text-align: left; font-weight: bold; padding-bottom: 2pt; }
figcaption { font-size: 9.5pt; margin-bottom: 4pt; }
@media print { body { padding: 0; max-width: none; } }
`;

export function htmlReport(figures: Figures): string {
  return htmlPage(htmlReportParts(figures));
}

/** The report's title, stylesheet and body, for the page that stands alone and for the site's page. */
export function htmlReportParts(figures: Figures): { title: string; css: string; lang: string; body: string } {
  const words = REPORT_WORDS[figures.language];
  const htmlTable = (caption: string, { head, rows }: { head: string[]; rows: string[][] }) =>
    `<table><caption>${escapeHtml(caption)}</caption><thead><tr>${head.map((text) => `<th scope="col">${escapeHtml(text)}</th>`).join('')}</tr></thead><tbody>${rows
      .map(
        (row) =>
          `<tr>${row.map((text, index) => (index === 0 ? `<th scope="row">${escapeHtml(text)}</th>` : `<td>${escapeHtml(text)}</td>`)).join('')}</tr>`,
      )
      .join('')}</tbody></table>`;
  const body = numberedFigures(figures)
    .map((figure) =>
      figure.svg === null
        ? `<section id="${figure.id}"><h2>${escapeHtml(figure.heading)}</h2><p>${escapeHtml(figure.text)}</p><p>${escapeHtml(figure.empty ?? '')}</p></section>`
        : `<section id="${figure.id}"><h2>${escapeHtml(figure.heading)}</h2><figure><figcaption><strong>${escapeHtml(figure.caption)}</strong> ${escapeHtml(figure.text)}</figcaption><div class="figure">${figure.svg}${htmlTable(figure.tableCaption, figure.table)}</div></figure></section>`,
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
  return {
    title: escapeHtml(words.heading(figures.title)),
    css: STYLE,
    lang: figures.language,
    body: `<h1>${escapeHtml(words.title)}</h1>
<p><strong>${escapeHtml(figures.title)}</strong><br>${escapeHtml(words.introduction(period(figures)))}</p>
<p class="source">${escapeHtml(words.source(norwegianDate(figures.produced)))}</p>
<section id="sammendrag"><h2>${escapeHtml(words.summary)}</h2><ul>${summary(figures)
      .map((line) => `<li>${escapeHtml(line)}</li>`)
      .join('')}</ul></section>
${body}
${deviations}
`,
  };
}
