import { describe, it } from 'vitest';
import { meetingStatus } from '../../src/rules/meeting-status.js';
import {
  fileText,
  meetingData,
  positionOf,
  repositoryFiles,
  rotatingMeetings,
  VALID_MEETING_DATES,
} from '../helpers/fixtures.js';
import { expectFindings, expectValid } from '../helpers/rule-tester.js';

describe('meeting-status', () => {
  it('accepts held meetings with their attendees, and a planned one ahead', () => {
    const meetings = rotatingMeetings(VALID_MEETING_DATES);
    meetings['2018-11-20'] = meetingData('2018-11-20', {
      status: 'planned',
      chair: 'kmd',
      minutes: 'kmd',
      attendees: {},
    });
    expectValid(meetingStatus, repositoryFiles({ meetings }), '2018-10-01');
  });

  it('warns about a meeting still planned after its day', () => {
    const meetings = rotatingMeetings(VALID_MEETING_DATES);
    meetings['2018-11-20'] = meetingData('2018-11-20', { status: 'planned', chair: 'kmd', minutes: 'kmd' });
    const files = repositoryFiles({ meetings });
    expectFindings(
      meetingStatus,
      files,
      [
        {
          file: 'meetings/2018-11-20.md',
          ...positionOf(fileText(files, 'meetings/2018-11-20.md'), 'status: planned', 'planned'),
          id: 'meeting-status/still-planned',
        },
      ],
      '2019-01-15',
    );
  });

  it('requires a held meeting to record who attended', () => {
    const meetings = rotatingMeetings(VALID_MEETING_DATES);
    meetings['2018-09-20'] = { ...meetings['2018-09-20'], attendees: {} };
    const files = repositoryFiles({ meetings });
    expectFindings(meetingStatus, files, [
      {
        file: 'meetings/2018-09-20.md',
        ...positionOf(fileText(files, 'meetings/2018-09-20.md'), 'attendees: {}', 'attendees'),
        severity: 'error',
        id: 'meeting-status/no-attendees',
      },
    ]);
  });
});
