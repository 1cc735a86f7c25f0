import type { IsoDate } from '../lib/dates.js';
import { PreconditionError } from '../lib/errors.js';
import { message } from '../messages/catalogue.js';
import type { MinutesApproval } from '../model/schemas.js';
import type { CommandContext } from '../session/context.js';
import { writeRecordEdit } from '../session/documents.js';
import { findMeeting, readCleanRecords } from '../session/records.js';
import { holdingTheLock } from '../session/write-session.js';
import { setScalars } from '../writing/edit-front-matter.js';

export interface ApproveOptions {
  /** The day both parties approved the minutes; today when not given. */
  date?: IsoDate;
  /** How: in a meeting held that day, or by e-mail; when not given, a meeting held that day, else not said. */
  via?: MinutesApproval;
}

/** Records that both parties approved a meeting's minutes: `minutes_approved`, every other byte of the file kept. */
export async function approve(meetingId: string, options: ApproveOptions, context: CommandContext): Promise<number> {
  return holdingTheLock(context, () => {
    const records = readCleanRecords(context);
    const meeting = findMeeting(records, meetingId);
    const approved = options.date ?? context.today;
    const { date, status, minutes_approved: already, minutes_approved_via: alreadyVia } = meeting.data;
    if (status !== 'held') throw new PreconditionError(message('approve/not-held', { date, status }));
    if (approved < date) {
      throw new PreconditionError(message('approve/before-meeting', { approved, date }));
    }
    const heldThatDay = records.meetings.find(
      (other) => other !== meeting && other.data.status === 'held' && other.data.date === approved,
    );
    if (options.via === 'meeting' && !heldThatDay) {
      throw new PreconditionError(message('approve/no-meeting-that-day', { approved }));
    }
    const via = options.via ?? (heldThatDay ? 'meeting' : null);
    if (already === approved && (via === null || via === alreadyVia)) {
      context.io.stdout(`${context.say(message('approve/already', { date, approved }))}\n`);
      return 0;
    }
    const values: Record<string, string> = { minutes_approved: approved };
    if (via !== null) values.minutes_approved_via = via;
    const updated = setScalars(meeting.text, meeting.frontMatter, values);
    writeRecordEdit(
      records,
      [{ path: meeting.file, text: updated }],
      context.say(message('commit/approve', { date })),
      context,
    );
    const recorded = message('approve/recorded', { file: meeting.file, date, approved, via, before: already });
    context.io.stdout(`${context.say(recorded)}\n`);
    return 0;
  });
}
