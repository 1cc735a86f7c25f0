import type { IsoDate } from '../lib/dates.js';
import { PreconditionError } from '../lib/errors.js';
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
    if (status !== 'held')
      throw new PreconditionError(`the meeting on ${date} is ${status}, not held: there are no minutes to approve`);
    if (approved < date) {
      throw new PreconditionError(
        `${approved} is before the meeting on ${date}: minutes are approved on or after the meeting. Nothing was written`,
      );
    }
    const heldThatDay = records.meetings.find(
      (other) => other !== meeting && other.data.status === 'held' && other.data.date === approved,
    );
    if (options.via === 'meeting' && !heldThatDay) {
      throw new PreconditionError(
        `no meeting was held on ${approved}, so the minutes were not approved in one: give that meeting's date with --date, or --via email. Nothing was written`,
      );
    }
    const via = options.via ?? (heldThatDay ? 'meeting' : null);
    if (already === approved && (via === null || via === alreadyVia)) {
      context.io.stdout(`The minutes of ${date} are already recorded as approved ${approved}; nothing to do.\n`);
      return 0;
    }
    const values: Record<string, string> = { minutes_approved: approved };
    if (via !== null) values.minutes_approved_via = via;
    const updated = setScalars(meeting.text, meeting.frontMatter, values);
    writeRecordEdit(records, [{ path: meeting.file, text: updated }], `Approve the minutes of ${date}`, context);
    const change = already === null ? '' : ` (it said ${already})`;
    const how = via === 'meeting' ? ` in the meeting held that day` : via === 'email' ? ' by e-mail' : '';
    context.io.stdout(
      `Recorded in ${meeting.file}: the minutes of ${date} were approved ${approved}${how}${change}.\n`,
    );
    return 0;
  });
}
