import { describe, it } from 'vitest';
import { convener } from '../../src/rules/convener.js';
import {
  fileText,
  meetingData,
  positionOf,
  repositoryFiles,
  rotatingMeetings,
  VALID_MEETING_DATES,
} from '../helpers/fixtures.js';
import { expectFindings, expectValid } from '../helpers/rule-tester.js';

const withMeeting = (date: string, overrides: Record<string, unknown>) => {
  const meetings = rotatingMeetings(VALID_MEETING_DATES);
  meetings[date] = { ...meetings[date], ...overrides };
  return repositoryFiles({ meetings });
};

describe('convener', () => {
  it('accepts a notice 14 days and documents 7 days ahead', () => {
    expectValid(convener, repositoryFiles());
  });

  it('warns about a late notice and a missing record of the documents', () => {
    const files = withMeeting('2018-03-14', { notice_sent: '2018-03-09', documents_sent: null });
    const text = fileText(files, 'meetings/2018-03-14.md');
    expectFindings(convener, files, [
      {
        file: 'meetings/2018-03-14.md',
        ...positionOf(text, 'notice_sent', '2018-03-09'),
        id: 'convener/sent-late',
      },
      {
        file: 'meetings/2018-03-14.md',
        ...positionOf(text, 'documents_sent'),
        id: 'convener/not-recorded-for-held',
      },
    ]);
  });

  it('says nothing about a planned meeting before its notice is due, and warns once it is overdue', () => {
    const planned = { ...meetingData('2018-11-20', { status: 'planned', notice_sent: null, documents_sent: null }) };
    const files = repositoryFiles({
      meetings: { ...rotatingMeetings(VALID_MEETING_DATES), '2018-11-20': { ...planned, chair: 'ks', minutes: 'ks' } },
    });
    expectValid(convener, files, '2018-11-06');
    const text = fileText(files, 'meetings/2018-11-20.md');
    expectFindings(
      convener,
      files,
      [
        {
          file: 'meetings/2018-11-20.md',
          ...positionOf(text, 'notice_sent'),
          id: 'convener/overdue',
        },
      ],
      '2018-11-08',
    );
  });

  it('ignores cancelled meetings', () => {
    expectValid(convener, withMeeting('2018-09-20', { status: 'cancelled', notice_sent: null, documents_sent: null }));
  });
});
