/**
 * `partnership cancel MEETING [--sent D]`: records that a planned meeting is cancelled (status:
 * cancelled), and the day the avlysning went out (cancellation_sent). The meeting keeps its file and
 * its identity, so calendars show it cancelled; it no longer takes a turn in the rotation.
 */
import type { IsoDate } from '../lib/dates.js';
import { InputError, PreconditionError, writeFailureReason } from '../lib/errors.js';
import { readFrontMatter } from '../records/front-matter.js';
import type { CommandContext } from '../session/context.js';
import { ensureStillValid } from '../session/documents.js';
import { findMeeting, readCleanRecords } from '../session/records.js';
import { holdingTheLock } from '../session/write-session.js';
import { setScalar, verifyEdit } from '../writing/edit-front-matter.js';
import { writeFilesAtomically } from '../writing/write.js';

export interface CancelOptions {
  /** The day the cancellation notice (avlysning) went out; not recorded when not given. */
  sent?: IsoDate;
}

export async function cancel(meetingId: string, options: CancelOptions, context: CommandContext): Promise<number> {
  return holdingTheLock(context, () => {
    const records = readCleanRecords(context);
    const meeting = findMeeting(records, meetingId);
    const { date, status } = meeting.data;
    if (status === 'held')
      throw new PreconditionError(`the meeting on ${date} was held: a held meeting is history and is not cancelled`);
    if (status === 'cancelled' && (options.sent === undefined || options.sent === meeting.data.cancellation_sent)) {
      context.io.stdout(`The meeting on ${date} is already recorded as cancelled; nothing to do.\n`);
      return 0;
    }
    if (options.sent !== undefined && options.sent > context.today)
      throw new PreconditionError(
        `${options.sent} is after today (${context.today}): record the day the avlysning went out`,
      );

    const { text, frontMatter } = meeting;
    let updated = setScalar(text, frontMatter, 'status', 'cancelled');
    const expected: Record<string, unknown> = { ...frontMatter.data, status: 'cancelled' };
    if (options.sent !== undefined) {
      const parsed = readFrontMatter(updated);
      if (!parsed.ok) throw new Error('the edited front matter does not parse');
      updated = setScalar(updated, parsed.frontMatter, 'cancellation_sent', options.sent);
      expected.cancellation_sent = options.sent;
    }
    verifyEdit(text, updated, expected);
    ensureStillValid(records.files, [{ path: meeting.file, text: updated }], context);
    try {
      writeFilesAtomically(
        context.repositoryRoot(),
        [{ path: meeting.file, content: updated }],
        `Cancel the meeting of ${date}`,
      );
    } catch (error) {
      throw new InputError(`cannot write ${meeting.file}: ${writeFailureReason(error)}. Nothing was changed`);
    }
    const sent =
      options.sent === undefined
        ? `\n  Send the avlysning (partnership render agenda ${meeting.id} writes it), then record the day: partnership cancel ${meeting.id} --sent DATE.`
        : `, the avlysning sent ${options.sent}.`;
    context.io.stdout(
      `Recorded in ${meeting.file}: the meeting of ${date} is cancelled${options.sent === undefined ? '.' : ''}${sent}\n`,
    );
    return 0;
  });
}
