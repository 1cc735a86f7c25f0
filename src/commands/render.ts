import { resolve } from 'node:path';
import { agreementView, meetingView } from '../documents/view.js';
import { daysBetween, isRealDate } from '../lib/dates.js';
import { PreconditionError } from '../lib/errors.js';
import { writeUserFile } from '../records/write.js';
import type { CommandContext } from './context.js';
import { renderDocument } from './documents.js';
import { type CleanRecords, readCleanRecords } from './records.js';

export type RenderedDocument = 'agenda' | 'minutes';

export interface RenderOptions {
  output?: string;
}

/** The innkalling with saksliste, or the referat skeleton, of one meeting: to stdout, or to a file. */
export function render(
  document: RenderedDocument,
  meetingId: string,
  options: RenderOptions,
  context: CommandContext,
): number {
  const records = readCleanRecords(context);
  const meeting = records.meetings.find((candidate) => candidate.id === meetingId);
  if (!meeting) throw new PreconditionError(unknownMeeting(records, meetingId));

  const agreement = records.agreement.data;
  const on = meeting.data.date;
  const text = renderDocument(
    records,
    document,
    { agreement: agreementView(agreement, on), meeting: meetingView(agreement, records.meetings, meeting) },
    on,
  );

  if (options.output === undefined || options.output === '-') {
    context.io.stdout(text);
  } else {
    writeUserFile(resolve(context.io.cwd, options.output), text, context.repositoryRoot());
    context.io.stdout(
      `Wrote the ${document === 'agenda' ? 'agenda (innkalling)' : 'minutes (referat)'} of meeting ${meeting.id} to ${options.output}\n`,
    );
  }
  return 0;
}

function unknownMeeting(records: CleanRecords, id: string): string {
  const ids = records.meetings.map((meeting) => meeting.id);
  if (ids.length === 0)
    return `there is no meeting "${id}": meetings/ holds no meetings yet (partnership new meeting writes one)`;
  const date = id.slice(0, 10);
  const nearest = isRealDate(date)
    ? [...records.meetings]
        .sort((a, b) => Math.abs(daysBetween(date, a.data.date)) - Math.abs(daysBetween(date, b.data.date)))
        .slice(0, 3)
        .map((meeting) => meeting.id)
    : ids.slice(-3);
  return `there is no meeting "${id}" (no file meetings/${id}.md); the ${isRealDate(date) ? 'nearest in date' : 'latest'}: ${nearest.join(', ')}`;
}
