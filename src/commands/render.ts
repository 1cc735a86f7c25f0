import { meetingDocument } from '../documents/meeting-view.js';
import { daysBetween, isRealDate } from '../lib/dates.js';
import { PreconditionError } from '../lib/errors.js';
import { bodyOf } from '../records/front-matter.js';
import type { CommandContext } from '../session/context.js';
import { type DocumentOutput, emitDocument, renderDocument } from '../session/documents.js';
import { type CleanRecords, readCleanRecords } from '../session/records.js';

export type RenderedDocument = 'agenda' | 'minutes';

/**
 * The innkalling with saksliste (for a cancelled meeting, its avlysning), or the referat: the minutes
 * as the record's body holds them, or a skeleton while it holds none. To stdout, or to a file.
 */
export async function render(
  document: RenderedDocument,
  meetingId: string,
  options: DocumentOutput,
  context: CommandContext,
): Promise<number> {
  const records = readCleanRecords(context);
  const meeting = records.meetings.find((candidate) => candidate.id === meetingId);
  if (!meeting) throw new PreconditionError(unknownMeeting(records, meetingId));
  if (document === 'minutes' && meeting.data.status === 'cancelled') {
    throw new PreconditionError(
      `the meeting on ${meeting.data.date} was cancelled, so it has no minutes: partnership render agenda ${meeting.id} gives its cancellation notice (avlysning)`,
    );
  }

  const data = meetingDocument(
    document,
    records.agreement.data,
    records.meetings,
    meeting,
    bodyOf(meeting),
    context.today,
  );
  const written = await emitDocument(renderDocument(records, data), options, records, context);
  if (written !== null) {
    const what =
      data.template === 'cancellation'
        ? 'cancellation notice (avlysning)'
        : document === 'agenda'
          ? 'agenda (innkalling)'
          : 'minutes (referat)';
    context.io.stdout(`Wrote the ${what} of meeting ${meeting.id} to ${written}\n`);
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
