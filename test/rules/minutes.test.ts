import { describe, it } from 'vitest';
import { minutes } from '../../src/rules/minutes.js';
import { fileText, positionOf, repositoryFiles, rotatingMeetings, VALID_MEETING_DATES } from '../helpers/fixtures.js';
import { expectFindings, expectValid } from '../helpers/rule-tester.js';

function history(approvals: Record<string, string | null>) {
  const meetings = rotatingMeetings(VALID_MEETING_DATES);
  for (const [date, approved] of Object.entries(approvals))
    meetings[date] = { ...meetings[date], minutes_approved: approved };
  return repositoryFiles({ meetings });
}

describe('minutes', () => {
  it('accepts minutes approved at or after their meeting, and the last ones awaiting approval', () => {
    expectValid(minutes, history({ '2017-11-20': '2018-03-14', '2018-03-14': '2018-04-02', '2018-09-20': null }));
  });

  it('reports an approval before the meeting', () => {
    const files = history({ '2017-11-20': '2018-03-14', '2018-03-14': '2018-03-01' });
    expectFindings(minutes, files, [
      {
        file: 'meetings/2018-03-14.md',
        ...positionOf(fileText(files, 'meetings/2018-03-14.md'), 'minutes_approved: 2018-03-01', '2018-03-01'),
        id: 'minutes/approved-before-meeting',
      },
    ]);
  });

  it('warns about minutes still unapproved once a later meeting has been held', () => {
    const files = history({ '2017-11-20': null, '2018-03-14': '2018-09-20' });
    expectFindings(minutes, files, [
      {
        file: 'meetings/2017-11-20.md',
        ...positionOf(fileText(files, 'meetings/2017-11-20.md'), 'minutes_approved: null', 'minutes_approved'),
        severity: 'warning',
        id: 'minutes/not-approved',
      },
    ]);
  });

  it('reports an approval said to be in a meeting when none was held that day, and a way without a date', () => {
    const meetings = rotatingMeetings(VALID_MEETING_DATES);
    meetings['2017-11-20'] = {
      ...meetings['2017-11-20'],
      minutes_approved: '2018-03-14',
      minutes_approved_via: 'meeting',
    };
    meetings['2018-03-14'] = {
      ...meetings['2018-03-14'],
      minutes_approved: '2018-04-02',
      minutes_approved_via: 'meeting',
    };
    meetings['2018-09-20'] = { ...meetings['2018-09-20'], minutes_approved_via: 'email' };
    const files = repositoryFiles({ meetings });
    expectFindings(minutes, files, [
      {
        file: 'meetings/2018-03-14.md',
        ...positionOf(fileText(files, 'meetings/2018-03-14.md'), 'minutes_approved_via: meeting', 'meeting'),
        id: 'minutes/no-meeting-that-day',
      },
      {
        file: 'meetings/2018-09-20.md',
        ...positionOf(fileText(files, 'meetings/2018-09-20.md'), 'minutes_approved_via: email', 'email'),
        id: 'minutes/via-without-date',
      },
    ]);
  });
});
