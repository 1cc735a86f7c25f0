import { describe, it } from 'vitest';
import { meetingFileName } from '../../src/rules/meeting-file-name.js';
import {
  fileText,
  meetingData,
  positionOf,
  repositoryFiles,
  rotatingMeetings,
  VALID_MEETING_DATES,
} from '../helpers/fixtures.js';
import { expectFindings, expectValid } from '../helpers/rule-tester.js';

describe('meeting-file-name', () => {
  it('accepts YYYY-MM-DD.md and YYYY-MM-DD-2.md for a second meeting that day', () => {
    const meetings = {
      ...rotatingMeetings(VALID_MEETING_DATES),
      '2018-09-20-2': meetingData('2018-09-20', { chair: 'ks', minutes: 'ks' }),
    };
    expectValid(meetingFileName, repositoryFiles({ meetings }));
  });

  it.each(['2018-03-15', '2018-03-14-1', '2018-03-14-02', 'referat'])(
    'reports meetings/%s.md for a meeting dated 2018-03-14',
    (id) => {
      const meetings = rotatingMeetings(VALID_MEETING_DATES);
      meetings[id] = meetings['2018-03-14']!;
      delete meetings['2018-03-14'];
      const files = repositoryFiles({ meetings });
      expectFindings(meetingFileName, files, [
        {
          file: `meetings/${id}.md`,
          ...positionOf(fileText(files, `meetings/${id}.md`), 'date: 2018-03-14', '2018-03-14'),
          id: 'meeting-file-name/not-its-date',
        },
      ]);
    },
  );

  it('reads a meeting whose file ends in .MD, and asks for the ending in lower case', () => {
    const meetings = rotatingMeetings(VALID_MEETING_DATES);
    const files = repositoryFiles({ meetings }).map((file) =>
      file.path === 'meetings/2018-03-14.md' ? { ...file, path: 'meetings/2018-03-14.MD' } : file,
    );
    expectFindings(meetingFileName, files, [
      {
        file: 'meetings/2018-03-14.MD',
        ...positionOf(fileText(files, 'meetings/2018-03-14.MD'), 'date: 2018-03-14', '2018-03-14'),
        id: 'meeting-file-name/extension',
      },
    ]);
  });
});
