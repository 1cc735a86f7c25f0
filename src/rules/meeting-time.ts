import { osloClockTime } from '../lib/dates.js';
import { message } from '../messages/catalogue.js';
import type { Rule } from './rule.js';

/**
 * A meeting's time is a time Oslo's clocks show once that day: not in the hour they skip when summer
 * time begins, nor in the hour they show twice when it ends. A calendar would otherwise move the
 * meeting, or pick one of the two hours, without a word.
 */
export const meetingTime: Rule = {
  id: 'meeting-time',
  clause: null,
  severity: 'warning',
  messages: ['meeting-time/repeated-hour', 'meeting-time/skipped-hour', 'meeting-time/end-not-after-start'],
  description:
    "a meeting's time exists once in Oslo that day: not in the hour the clocks skip in spring, nor in the hour they repeat in autumn; its end, when given, comes after its start",
  check({ records }, report) {
    for (const meeting of records.meetings) {
      const { date, time, end } = meeting.data;
      if (time === null) continue;
      if (end && end <= time) report(meeting.at(['end']), message('meeting-time/end-not-after-start', { time, end }));
      const kind = osloClockTime(date, time);
      if (kind === 'never') report(meeting.at(['time']), message('meeting-time/skipped-hour', { time, date }));
      else if (kind === 'twice') report(meeting.at(['time']), message('meeting-time/repeated-hour', { time, date }));
    }
  },
};
