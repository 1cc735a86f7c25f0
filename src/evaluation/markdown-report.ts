/** The evaluation report in Markdown: the figures as tables, for the archive and a pull request. */
import { norwegianDate } from '../lib/norwegian.js';
import type { Figures } from './figures.js';
import { sections, tableRows } from './sections.js';
import { period, summary } from './summary.js';

export function markdownReport(figures: Figures): string {
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
