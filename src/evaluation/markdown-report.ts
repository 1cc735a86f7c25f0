/** The evaluation report in Markdown: the figures as tables, for the archive and a pull request. */
import { norwegianDate } from '../lib/norwegian.js';
import { REPORT_WORDS } from '../messages/report-words.js';
import type { Figures } from './figures.js';
import { figureFileName, numberedFigures } from './numbered-figures.js';
import { period, summary } from './summary.js';

/**
 * With `images`, each chart stands as a Markdown image of its file name (`![Figur 2. …](figur-02-moter)`)
 * above its table: the PDF puts the chart's picture there.
 */
export function markdownReport(figures: Figures, { images = false } = {}): string {
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
    `*${words.source(norwegianDate(figures.produced))}*`,
    `## ${words.summary}`,
    summary(figures)
      .map((line) => `- ${line}`)
      .join('\n'),
    ...numberedFigures(figures).flatMap((figure) =>
      figure.svg === null
        ? [`## ${figure.heading}`, figure.text, figure.empty ?? '']
        : [
            `## ${figure.heading}`,
            figure.text,
            ...(images
              ? [`**${figure.caption}**`, `![${figure.caption.replace(/[[\]\\]/g, '')}](${figureFileName(figure)})`]
              : []),
            `**${figure.tableCaption}**`,
            table(figure.table),
          ],
    ),
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
