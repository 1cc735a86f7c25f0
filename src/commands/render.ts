import { meetingDocument } from '../documents/meeting-view.js';
import type { LetterView } from '../documents/view-types.js';
import { PreconditionError } from '../lib/errors.js';
import { message } from '../messages/catalogue.js';
import { bodyOf } from '../records/front-matter.js';
import type { CommandContext } from '../session/context.js';
import { type DocumentOutput, emitDocument, inDocumentLanguage, renderDocument } from '../session/documents.js';
import { findMeeting, readCleanRecords } from '../session/records.js';

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
  const meeting = findMeeting(records, meetingId);
  if (document === 'minutes' && meeting.data.status === 'cancelled') {
    throw new PreconditionError(
      message('render/cancelled-has-no-minutes', { date: meeting.data.date, meeting: meeting.id }),
    );
  }

  const data = meetingDocument(
    document,
    inDocumentLanguage(records.agreement.data, context),
    records.meetings,
    meeting,
    bodyOf(meeting),
    context.today,
  );
  const written = await emitDocument(renderDocument(records, data), data, options, records, context);
  // A document dated today changes its date each time it is written: say which field would keep it.
  const { notice_sent, cancellation_sent, minutes_sent, minutes_approved } = meeting.data;
  const undated =
    data.template === 'cancellation'
      ? (cancellation_sent ?? null) === null && 'cancellation_sent'
      : document === 'agenda'
        ? notice_sent === null && 'notice_sent'
        : minutes_approved === null && (minutes_sent ?? null) === null && 'minutes_sent';
  if (undated)
    context.io.stderr(`${context.say(message('render/dated-today', { field: undated, today: context.today }))}\n`);
  const { letter } = data.view as { letter: LetterView };
  if (letter.signed_by === null)
    context.io.stderr(`${context.say(message('render/no-named-signer', { party: letter.sender.id }))}\n`);
  if (written !== null) {
    const what = data.template === 'cancellation' ? 'cancellation' : document;
    context.io.stdout(`${context.say(message('render/wrote', { what, meeting: meeting.id, file: written }))}\n`);
  }
  return 0;
}
