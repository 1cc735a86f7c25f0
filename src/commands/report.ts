import { resolve } from 'node:path';
import { REPORT_FORMATS, type ReportFormat } from '../evaluation/report-formats.js';
import { PreconditionError } from '../lib/errors.js';
import { outputFormat } from '../lib/output-format.js';
import { printable } from '../lib/printable.js';
import { message } from '../messages/catalogue.js';
import type { CommandContext } from '../session/context.js';
import { inDocumentLanguage } from '../session/documents.js';
import { loadEvaluation } from '../session/load-evaluation.js';
import { readCleanRecords } from '../session/records.js';
import { writeUserFile } from '../writing/write.js';

export interface ReportOptions {
  /** html, md or json; when not given, what the extension of -o says, else html. */
  format?: ReportFormat;
  /** A file to write; standard output when not given or "-". */
  output?: string;
}

/** The evaluation basis: the cooperation from signing to today (or the end), year by year. */
export async function report(options: ReportOptions, context: CommandContext): Promise<number> {
  const records = readCleanRecords(context, 'records');
  const { signed } = records.agreement.data;
  if (context.today < signed)
    throw new PreconditionError(message('report/nothing-yet', { signed, today: context.today }));
  const format = outputFormat(options.format, options.output, REPORT_FORMATS, 'html');
  const { evaluationReport } = await loadEvaluation();
  const text = evaluationReport(
    {
      agreement: inDocumentLanguage(records.agreement.data, context),
      meetings: records.meetings,
      annualPlans: records.annualPlans,
    },
    context.today,
    format,
  );
  if (options.output === undefined || options.output === '-') {
    context.io.stdout(text);
    return 0;
  }
  writeUserFile(resolve(context.io.cwd, options.output), text, context.repositoryRoot());
  context.io.stdout(`${context.say(message('report/wrote', { format, file: printable(options.output) }))}\n`);
  return 0;
}
