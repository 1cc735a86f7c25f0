import { join, resolve } from 'node:path';
import { loadFormats } from '../documents/load-formats.js';
import { loadChartImages } from '../evaluation/load-chart-images.js';
import { REPORT_FORMATS, type ReportFormat } from '../evaluation/report-formats.js';
import { PreconditionError, UsageError } from '../lib/errors.js';
import { outputFormat } from '../lib/output-format.js';
import { printable } from '../lib/printable.js';
import { message } from '../messages/catalogue.js';
import { WORDS } from '../messages/words.js';
import type { CommandContext } from '../session/context.js';
import { inDocumentLanguage } from '../session/documents.js';
import { loadEvaluation } from '../session/load-evaluation.js';
import { readCleanRecords } from '../session/records.js';
import { writeUserFile } from '../writing/write.js';

export interface ReportOptions {
  /** html, md, json or pdf; when not given, what the extension of -o says, else html. */
  format?: ReportFormat;
  /** A file to write; standard output when not given or "-". */
  output?: string;
  /** A folder to write each chart into, as SVG and PNG. */
  charts?: string;
}

/** The evaluation basis: the cooperation from signing to today (or the end), year by year. */
export async function report(options: ReportOptions, context: CommandContext): Promise<number> {
  const records = readCleanRecords(context, 'records');
  const { signed } = records.agreement.data;
  if (context.today < signed)
    throw new PreconditionError(message('report/nothing-yet', { signed, today: context.today }));
  const format = outputFormat(options.format, options.output, REPORT_FORMATS, 'html');
  const toFile = options.output !== undefined && options.output !== '-';
  if (format === 'pdf' && !toFile) throw new UsageError(message('document/binary-needs-file', { format }));
  const evaluation = await loadEvaluation();
  const agreement = inDocumentLanguage(records.agreement.data, context);
  const evaluationRecords = { agreement, meetings: records.meetings, annualPlans: records.annualPlans };
  const root = context.repositoryRoot();

  if (options.charts !== undefined) {
    const folder = resolve(context.io.cwd, options.charts);
    const charts = evaluation.chartFiles(evaluationRecords, context.today);
    const { chartPng } = await loadChartImages();
    for (const chart of charts) {
      writeUserFile(join(folder, `${chart.name}.svg`), chart.svg, root);
      writeUserFile(join(folder, `${chart.name}.png`), await chartPng(chart.svg), root);
    }
    context.io.stdout(
      `${context.say(message('report/wrote-charts', { count: charts.length, folder: printable(options.charts) }))}\n`,
    );
  }

  const content =
    format === 'pdf'
      ? await reportPdf(evaluation, evaluationRecords, context)
      : evaluation.evaluationReport(evaluationRecords, context.today, format);
  if (!toFile) {
    context.io.stdout(content as string);
    return 0;
  }
  writeUserFile(resolve(context.io.cwd, options.output as string), content, root);
  context.io.stdout(`${context.say(message('report/wrote', { format, file: printable(options.output as string) }))}\n`);
  return 0;
}

/** The report as PDF/A: its tables and text laid out as a document's, each chart drawn in vectors above its table. */
async function reportPdf(
  evaluation: Awaited<ReturnType<typeof loadEvaluation>>,
  records: Parameters<Awaited<ReturnType<typeof loadEvaluation>>['reportForPdf']>[0],
  context: CommandContext,
): Promise<Buffer> {
  const { markdown, charts } = evaluation.reportForPdf(records, context.today);
  const { language } = records.agreement;
  const formats = await loadFormats();
  return formats.toPdf(markdown, {
    language,
    charts: new Map(charts.map((chart) => [chart.name, chart.svg])),
    facts: { date: context.today, pageOf: WORDS[language].pageOf, subject: 'Rapport' },
  });
}
