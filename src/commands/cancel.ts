/**
 * `partnership cancel MEETING [--sent D]`: records that a planned meeting is cancelled (status:
 * cancelled), and the day the avlysning went out (cancellation_sent). The meeting keeps its file and
 * its identity, so calendars show it cancelled; it no longer takes a turn in the rotation.
 */

import type { IsoDate } from '../lib/dates.js';
import { PreconditionError } from '../lib/errors.js';
import { message } from '../messages/catalogue.js';
import type { CommandContext } from '../session/context.js';
import { writeRecordEdit } from '../session/documents.js';
import { findMeeting, readCleanRecords } from '../session/records.js';
import { holdingTheLock } from '../session/write-session.js';
import { setScalars } from '../writing/edit-front-matter.js';

export interface CancelOptions {
  /** The day the cancellation notice (avlysning) went out; not recorded when not given. */
  sent?: IsoDate;
}

export async function cancel(meetingId: string, options: CancelOptions, context: CommandContext): Promise<number> {
  return holdingTheLock(context, () => {
    const records = readCleanRecords(context);
    const meeting = findMeeting(records, meetingId);
    const { date, status } = meeting.data;
    if (status === 'held') throw new PreconditionError(message('cancel/held', { date }));
    if (status === 'cancelled' && (options.sent === undefined || options.sent === meeting.data.cancellation_sent)) {
      context.io.stdout(`${context.say(message('cancel/already', { date }))}\n`);
      return 0;
    }
    if (options.sent !== undefined && options.sent > context.today)
      throw new PreconditionError(message('cancel/sent-in-future', { sent: options.sent, today: context.today }));

    const values: Record<string, string> = { status: 'cancelled' };
    if (options.sent !== undefined) values.cancellation_sent = options.sent;
    const updated = setScalars(meeting.text, meeting.frontMatter, values);
    writeRecordEdit(
      records,
      [{ path: meeting.file, text: updated }],
      context.say(message('commit/cancel', { date })),
      context,
    );
    const recorded = message('cancel/recorded', {
      file: meeting.file,
      date,
      sent: options.sent ?? null,
      meeting: meeting.id,
    });
    context.io.stdout(`${context.say(recorded)}\n`);
    return 0;
  });
}
