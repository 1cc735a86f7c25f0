/**
 * The evaluation report in three forms from one set of sections: JSON (the figures), Markdown (the
 * figures as tables, for the archive and a pull request) and a page in Norwegian that stands alone
 * (a summary, a timeline, and each chart with its table beside it).
 */
import type { IsoDate } from '../lib/dates.js';
import { REPORT_WORDS } from '../messages/report-words.js';
import type { EvaluationRecords, Figures } from './figures.js';
import { evaluationFigures } from './figures.js';
import { htmlReport, htmlReportParts } from './html-report.js';
import { markdownReport } from './markdown-report.js';
import { figureFileName, numberedFigures } from './numbered-figures.js';
import type { ReportFormat } from './report-formats.js';

export function evaluationReport(
  records: EvaluationRecords,
  today: IsoDate,
  format: Exclude<ReportFormat, 'pdf'>,
): string {
  const figures = evaluationFigures(records, today);
  if (format === 'json') return `${JSON.stringify(figures, null, 2)}\n`;
  return format === 'md' ? markdownReport(figures) : htmlReport(figures);
}

/** The report's page for the record's site: its title and body, without the page around them. */
export function evaluationSection(records: EvaluationRecords, today: IsoDate): { title: string; body: string } {
  const { title, body } = htmlReportParts(evaluationFigures(records, today));
  return { title, body };
}

/** The report as the PDF lays it out: its Markdown with each chart as an image by file name, and the charts. */
export function reportForPdf(
  records: EvaluationRecords,
  today: IsoDate,
): { title: string; markdown: string; charts: ChartFile[] } {
  const figures = evaluationFigures(records, today);
  return {
    title: REPORT_WORDS[figures.language].heading(figures.title),
    markdown: markdownReport(figures, { images: true }),
    charts: chartsOf(figures),
  };
}

export interface ChartFile {
  /** "figur-02-moter", without its extension. */
  name: string;
  svg: string;
}

/** Each chart the report draws, as a file of its own: the drawing the page shows, standing alone. */
export function chartFiles(records: EvaluationRecords, today: IsoDate): ChartFile[] {
  return chartsOf(evaluationFigures(records, today));
}

function chartsOf(figures: Figures): ChartFile[] {
  return numberedFigures(figures).flatMap((figure) =>
    figure.svg === null
      ? []
      : [{ name: figureFileName(figure), svg: `<?xml version="1.0" encoding="UTF-8"?>\n${figure.svg}\n` }],
  );
}
