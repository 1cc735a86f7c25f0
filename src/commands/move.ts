/**
 * `partnership move MEETING --to DATE [--time HH:MM]`: a planned meeting to another day. The record is
 * renamed after its new date and keeps its identity in calendars (its uid, or the one calendars knew it
 * by), so an imported or accepted event moves instead of a second one appearing. A date that would
 * break a rule (outside the term, out of the rotation's order, before today) is refused, nothing written.
 */

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { IsoDate } from '../lib/dates.js';
import { PreconditionError } from '../lib/errors.js';
import { message } from '../messages/catalogue.js';
import { meetingIdOf } from '../records/paths.js';
import { proposalUid } from '../schedule/calendar.js';
import { meetingDeadlines } from '../schedule/deadlines.js';
import type { CommandContext } from '../session/context.js';
import { writeRecordEdit } from '../session/documents.js';
import { findMeeting, readCleanRecords } from '../session/records.js';
import { holdingTheLock } from '../session/write-session.js';
import { setScalars } from '../writing/edit-front-matter.js';

export interface MoveOptions {
  to: IsoDate;
  /** A new time, HH:MM; the meeting keeps its time when not given. */
  time?: string;
}

export async function move(meetingId: string, options: MoveOptions, context: CommandContext): Promise<number> {
  return holdingTheLock(context, () => {
    const records = readCleanRecords(context);
    const meeting = findMeeting(records, meetingId);
    const { date, status } = meeting.data;
    if (status !== 'planned') throw new PreconditionError(message('move/not-planned', { date, status }));
    if (options.to === date && (options.time === undefined || options.time === meeting.data.time))
      throw new PreconditionError(message('move/same-day', { date }));
    if (options.to < context.today)
      throw new PreconditionError(message('move/to-the-past', { to: options.to, today: context.today }));
    const file = options.to === date ? meeting.file : freeFile(context.repositoryRoot(), options.to);

    const agreement = records.agreement.data;
    // The identity calendars know the meeting by: its own uid, or the one they were given for its date.
    const uid = meeting.data.uid ?? proposalUid(agreement, date);
    const updated = setScalars(
      meeting.text,
      meeting.frontMatter,
      {
        date: options.to,
        ...(options.time === undefined ? {} : { time: options.time }),
        ...(meeting.data.uid === undefined ? { uid } : {}),
      },
      ['time'],
    );
    const removal = file === meeting.file ? [] : [{ path: meeting.file, text: null }];
    writeRecordEdit(
      records,
      [{ path: file, text: updated }, ...removal],
      context.say(message('commit/move', { date, to: options.to })),
      context,
    );

    const { notice, documents } = meetingDeadlines(agreement, options.to);
    const { say } = context;
    const lines = [
      say(message('move/moved', { date, to: options.to, time: options.time ?? null, from: meeting.file, file, uid })),
      say(message('move/deadlines', { notice: notice.dueBy, documents: documents.dueBy })),
    ];
    if (meeting.data.notice_sent !== null) {
      const note = message('move/notice-already-sent', {
        sent: meeting.data.notice_sent,
        date,
        meeting: meetingIdOf(file),
      });
      lines.push(say(note));
    }
    context.io.stdout(`${lines.join('\n')}\n`);
    return 0;
  });
}

/** meetings/<date>.md, or the first free meetings/<date>-N.md when another meeting is that day. */
function freeFile(root: string, date: IsoDate): string {
  for (let number = 1; ; number += 1) {
    const file = `meetings/${date}${number === 1 ? '' : `-${number}`}.md`;
    if (!existsSync(join(root, file))) return file;
  }
}
