import { PreconditionError } from '../lib/errors.js';
import { loadRecords } from '../records/load.js';
import { readRepository } from '../records/repository.js';
import type { AgreementRecord, Records, SourceFile } from '../records/types.js';
import { formatFindingLine } from '../report/text.js';
import type { CommandContext } from './context.js';

export type CleanRecords = Records & {
  agreement: AgreementRecord;
  /** The files they were read from, for checking a change against them without reading again. */
  files: readonly SourceFile[];
};

/**
 * The records, for commands that answer questions from them: they need every file to read cleanly.
 * Templates and notices are read too only for the commands that write documents.
 */
export function readCleanRecords(context: CommandContext, only?: 'records'): CleanRecords {
  const files = readRepository(context.repositoryRoot(), only);
  const { records, findings } = loadRecords(files);
  if (findings.length > 0 || !records.agreement) {
    const lines = findings.map((finding) => `  ${formatFindingLine(finding, context.color)}`).join('\n');
    throw new PreconditionError(
      `the records have errors; fix them first (partnership validate shows them all):\n${lines}`,
    );
  }
  return { ...records, agreement: records.agreement, files };
}
