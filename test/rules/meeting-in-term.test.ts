import { describe, it } from 'vitest';
import { meetingInTerm } from '../../src/rules/meeting-in-term.js';
import {
  agreementData,
  fileText,
  meetingData,
  positionOf,
  repositoryFiles,
  rotatingMeetings,
  VALID_MEETING_DATES,
} from '../helpers/fixtures.js';
import { expectFindings, expectValid } from '../helpers/rule-tester.js';

const withMeeting = (date: string, overrides: Record<string, unknown> = {}, agreement = agreementData()) =>
  repositoryFiles({
    agreement,
    meetings: { ...rotatingMeetings(VALID_MEETING_DATES), [date]: meetingData(date, overrides) },
  });

describe('meeting-in-term', () => {
  it('accepts meetings from signing to the end of the term, and after it once extended', () => {
    expectValid(meetingInTerm, repositoryFiles());
    expectValid(
      meetingInTerm,
      withMeeting(
        '2019-03-01',
        {},
        agreementData({ extensions: [{ year: 2019, decided: '2018-11-15', notice: 'x' }] }),
      ),
    );
  });

  it('reports a meeting after the term, with the renew command to run', () => {
    const files = withMeeting('2019-03-01');
    // While the term runs, the renewal to record; once it has run out an extension can no longer be decided.
    for (const [today, outlook] of [
      ['2018-11-01', { outlook: 'extendable', year: 2019 }],
      ['2019-01-15', { outlook: 'lapsed' }],
    ] as const) {
      expectFindings(
        meetingInTerm,
        files,
        [
          {
            file: 'meetings/2019-03-01.md',
            ...positionOf(fileText(files, 'meetings/2019-03-01.md'), 'date:', '2019-03-01'),
            id: 'meeting-in-term/after-last-day',
            params: { date: '2019-03-01', lastDay: '2018-12-31', ...outlook },
          },
        ],
        today,
      );
    }
  });

  it('reports a meeting before signing, and one after a termination took effect', () => {
    const before = withMeeting('2017-06-01');
    expectFindings(meetingInTerm, before, [
      {
        file: 'meetings/2017-06-01.md',
        line: 2,
        column: 7,
        id: 'meeting-in-term/before-signing',
        params: { signed: '2017-09-07' },
      },
    ]);
    const terminated = withMeeting(
      '2018-11-15',
      {},
      agreementData({ termination: { by: 'ks', notified: '2018-10-01', effective: '2018-11-01', notice: 'x' } }),
    );
    expectFindings(meetingInTerm, terminated, [
      {
        file: 'meetings/2018-11-15.md',
        line: 2,
        column: 7,
        id: 'meeting-in-term/after-last-day',
        params: { outlook: 'terminated', effective: '2018-11-01' },
      },
    ]);
  });

  it('ignores a cancelled meeting outside the term', () => {
    expectValid(meetingInTerm, withMeeting('2019-03-01', { status: 'cancelled' }));
  });
});
