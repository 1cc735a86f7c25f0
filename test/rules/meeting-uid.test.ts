import { describe, it } from 'vitest';
import { meetingUid } from '../../src/rules/meeting-uid.js';
import {
  fileText,
  meetingData,
  positionOf,
  repositoryFiles,
  rotatingMeetings,
  VALID_MEETING_DATES,
} from '../helpers/fixtures.js';
import { expectFindings, expectValid } from '../helpers/rule-tester.js';

describe('meeting-uid', () => {
  it('accepts meetings with uids of their own, and meetings without one', () => {
    const meetings = rotatingMeetings(VALID_MEETING_DATES);
    meetings['2019-03-12'] = meetingData('2019-03-12', {
      status: 'planned',
      uid: 'meeting-2019-03-12.ks-kmd-planlegging',
    });
    meetings['2019-09-17'] = meetingData('2019-09-17', {
      status: 'planned',
      uid: '3f0c9a52-7d1e-4b8e-9a40-1c2d5e6f7a80',
    });
    expectValid(meetingUid, repositoryFiles({ meetings }), '2019-01-01');
  });

  it('reports a meeting that has the uid of an earlier one, at its uid', () => {
    const meetings = rotatingMeetings(VALID_MEETING_DATES);
    meetings['2019-03-12'] = meetingData('2019-03-12', {
      status: 'planned',
      uid: 'meeting-2019-03-12.ks-kmd-planlegging',
    });
    meetings['2019-09-17'] = meetingData('2019-09-17', {
      status: 'planned',
      uid: 'meeting-2019-03-12.ks-kmd-planlegging',
    });
    const files = repositoryFiles({ meetings });
    expectFindings(
      meetingUid,
      files,
      [
        {
          file: 'meetings/2019-09-17.md',
          ...positionOf(fileText(files, 'meetings/2019-09-17.md'), 'uid:', 'meeting-2019-03-12'),
          id: 'meeting-uid/duplicate',
        },
      ],
      '2019-01-01',
    );
  });
});
