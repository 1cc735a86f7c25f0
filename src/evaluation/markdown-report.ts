/** The evaluation report in Markdown: the figures as tables, for the archive and a pull request. */
import { norwegianDate } from '../lib/norwegian.js';
import { REPORT_WORDS } from '../messages/report-words.js';
import type { Figures } from './figures.js';
import { sections, tableRows } from './sections.js';
import { period, summary } from './summary.js';

export function markdownReport(figures: Figures): string {
  const words = REPORT_WORDS[figures.language];
  const cell = (text: string) => text.replace(/\|/g, '\\|');
  const table = ({ head, rows }: { head: string[]; rows: string[][] }) =>
    [
      `| ${head.map(cell).join(' | ')} |`,
      `|${head.map(() => ' --- |').join('')}`,
      ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`),
    ].join('\n');
  const parts = [
    `# ${words.heading(figures.title)}`,
    words.introduction(period(figures)),
    `## ${words.summary}`,
    summary(figures)
      .map((line) => `- ${line}`)
      .join('\n'),
    `## ${words.timeline}`,
    table({
      head: [words.date, words.event],
      rows: figures.timeline.map((event) => [norwegianDate(event.date), event.label]),
    }),
    ...sections(figures).flatMap(({ chart, text }) => [`## ${chart.title}`, text, table(tableRows(chart))]),
  ];
  if (figures.deviations.length > 0) {
    parts.push(
      `## ${words.deviationsHeading}`,
      table({
        head: [...words.deviationHead],
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
