import { message } from '../messages/catalogue.js';
import type { Rule } from './rule.js';

/** A meeting's file is named after its date: YYYY-MM-DD.md, or YYYY-MM-DD-N.md for a further meeting that day. */
export const meetingFileName: Rule = {
  id: 'meeting-file-name',
  clause: null,
  severity: 'error',
  messages: ['meeting-file-name/extension', 'meeting-file-name/not-its-date'],
  description: '`meetings/<date>.md`, or `<date>-N.md` (N ≥ 2) for a further meeting that day',
  check({ records }, report) {
    for (const meeting of records.meetings) {
      const { date } = meeting.data;
      if (!meeting.file.endsWith('.md')) {
        report(
          meeting.at(['date']),
          message('meeting-file-name/extension', { ending: meeting.file.slice(-3), id: meeting.id }),
        );
        continue;
      }
      const suffix = meeting.id.startsWith(date) ? meeting.id.slice(date.length) : undefined;
      if (suffix === '') continue;
      const sequence = suffix && /^-(\d+)$/.exec(suffix)?.[1];
      if (sequence && Number(sequence) >= 2 && !sequence.startsWith('0')) continue;
      report(meeting.at(['date']), message('meeting-file-name/not-its-date', { id: meeting.id, date }));
    }
  },
};
