import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { osloClockTime } from '../../src/lib/dates.js';
import { meetingTime } from '../../src/rules/meeting-time.js';
import {
  fileText,
  meetingData,
  positionOf,
  repositoryFiles,
  rotatingMeetings,
  VALID_MEETING_DATES,
} from '../helpers/fixtures.js';
import { expectFindings, expectValid } from '../helpers/rule-tester.js';

describe('meeting-time', () => {
  it('accepts times Oslo shows once, on the days the clocks change too, and at the edges of those hours', () => {
    const meetings = rotatingMeetings(VALID_MEETING_DATES);
    meetings['2019-03-31'] = meetingData('2019-03-31', { time: '03:00', status: 'planned' });
    meetings['2019-10-27'] = meetingData('2019-10-27', { time: '01:59', status: 'planned' });
    meetings['2019-10-27-2'] = meetingData('2019-10-27', { time: '03:00', status: 'planned' });
    expectValid(meetingTime, repositoryFiles({ meetings }), '2019-01-01');
  });

  it('warns at the time of a meeting in the hour the clocks skip, and in the hour they repeat', () => {
    const meetings = rotatingMeetings(VALID_MEETING_DATES);
    meetings['2019-03-31'] = meetingData('2019-03-31', { time: '02:30', status: 'planned' });
    meetings['2019-10-27'] = meetingData('2019-10-27', { time: '02:00', status: 'planned' });
    const files = repositoryFiles({ meetings });
    expectFindings(
      meetingTime,
      files,
      [
        {
          file: 'meetings/2019-03-31.md',
          ...positionOf(fileText(files, 'meetings/2019-03-31.md'), 'time:', '02:30'),
          id: 'meeting-time/skipped-hour',
        },
        {
          file: 'meetings/2019-10-27.md',
          ...positionOf(fileText(files, 'meetings/2019-10-27.md'), 'time:', '02:00'),
          id: 'meeting-time/repeated-hour',
        },
      ],
      '2019-01-01',
    );
  });

  it('agrees with the time-zone database on every day and hour, 1996–2100', () => {
    const oslo = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Oslo', timeZoneName: 'shortOffset' });
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1996-01-01'), max: new Date('2100-12-31'), noInvalidDate: true }),
        fc.integer({ min: 0, max: 23 }),
        (day, hour) => {
          const date = day.toISOString().slice(0, 10);
          const time = `${String(hour).padStart(2, '0')}:30`;
          const local = Date.parse(`${date}T${time}:00Z`);
          const offsets = [1, 2].filter((offset) => {
            const instant = new Date(local - offset * 3_600_000);
            return oslo.format(instant).endsWith(`GMT+${offset}`);
          });
          const expected = offsets.length === 0 ? 'never' : offsets.length === 2 ? 'twice' : 'once';
          expect(osloClockTime(date, time), `${date} ${time}`).toBe(expected);
        },
      ),
      { numRuns: 400 },
    );
  });
});
