import { osloClockTime } from '../lib/dates.js';
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
  description:
    "a meeting's time exists once in Oslo that day: not in the hour the clocks skip in spring, nor in the hour they repeat in autumn",
  check({ records }, report) {
    for (const meeting of records.meetings) {
      const { date, time } = meeting.data;
      if (time === null) continue;
      const kind = osloClockTime(date, time);
      if (kind === 'never')
        report(
          meeting.at(['time']),
          `${time} does not happen in Oslo on ${date}: the clocks go from 02:00 to 03:00 that night. Set the time the meeting is really held`,
        );
      else if (kind === 'twice')
        report(
          meeting.at(['time']),
          `${time} happens twice in Oslo on ${date}, as the clocks go back from 03:00 to 02:00: set a time outside that hour, so every calendar shows the same one`,
        );
    }
  },
};
