import { daysBetween, isRealDate } from '../lib/dates.js';
import { PreconditionError } from '../lib/errors.js';
import { message } from '../messages/catalogue.js';
import { loadRecords } from '../records/load.js';
import { readRepository } from '../records/repository.js';
import type { AgreementRecord, MeetingRecord, Records, SourceFile } from '../records/types.js';
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
    const lines = findings
      .map((finding) => `  ${formatFindingLine(finding, context.color, context.language)}`)
      .join('\n');
    throw new PreconditionError(message('records/have-errors', { findings: lines }));
  }
  return { ...records, agreement: records.agreement, files };
}

/** The meeting a command names by its id, or a refusal that names the nearest ones. */
export function findMeeting(records: CleanRecords, id: string): MeetingRecord {
  const meeting = records.meetings.find((candidate) => candidate.id === id);
  if (meeting) return meeting;
  const ids = records.meetings.map((candidate) => candidate.id);
  if (ids.length === 0) throw new PreconditionError(message('records/no-meetings', { id }));
  const date = id.slice(0, 10);
  const nearest = isRealDate(date)
    ? [...records.meetings]
        .sort((a, b) => Math.abs(daysBetween(date, a.data.date)) - Math.abs(daysBetween(date, b.data.date)))
        .slice(0, 3)
        .map((candidate) => candidate.id)
    : ids.slice(-3);
  throw new PreconditionError(message('records/no-such-meeting', { id, byDate: isRealDate(date), nearest }));
}
