/**
 * The evaluation report in three forms from one set of sections: JSON (the figures), Markdown (the
 * figures as tables, for the archive and a pull request) and a page in Norwegian that stands alone
 * (a summary, a timeline, and each chart with its table beside it).
 */
import type { IsoDate } from '../lib/dates.js';
import type { EvaluationRecords } from './figures.js';
import { evaluationFigures } from './figures.js';
import { htmlReport } from './html-report.js';
import { markdownReport } from './markdown-report.js';
import type { ReportFormat } from './report-formats.js';

export function evaluationReport(records: EvaluationRecords, today: IsoDate, format: ReportFormat): string {
  const figures = evaluationFigures(records, today);
  if (format === 'json') return `${JSON.stringify(figures, null, 2)}\n`;
  return format === 'md' ? markdownReport(figures) : htmlReport(figures);
}
