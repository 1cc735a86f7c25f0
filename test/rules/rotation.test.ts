import { describe, it } from 'vitest';
import { rotation } from '../../src/rules/rotation.js';
import {
  agreementData,
  fileText,
  lineOf,
  meetingData,
  positionOf,
  repositoryFiles,
  rotatingMeetings,
  VALID_MEETING_DATES,
} from '../helpers/fixtures.js';
import { expectFindings, expectValid } from '../helpers/rule-tester.js';

const splitAgreement = () =>
  agreementData({ meetings: { ...(agreementData().meetings as object), rotation: { roles: 'split', first: 'kmd' } } });

describe('rotation', () => {
  it('accepts roles taken together, alternating from the first party', () => {
    expectValid(rotation, repositoryFiles());
  });

  it('reports a chair and minute-taker out of turn, at their lines', () => {
    const meetings = rotatingMeetings(VALID_MEETING_DATES);
    meetings['2018-03-14'] = meetingData('2018-03-14', { chair: 'kmd', minutes: 'kmd' });
    const files = repositoryFiles({ meetings });
    const text = fileText(files, 'meetings/2018-03-14.md');
    expectFindings(rotation, files, [
      {
        file: 'meetings/2018-03-14.md',
        ...positionOf(text, 'chair: kmd', 'kmd'),
        id: 'rotation/out-of-turn',
      },
      {
        file: 'meetings/2018-03-14.md',
        ...positionOf(text, 'minutes: kmd', 'kmd'),
        id: 'rotation/out-of-turn',
      },
    ]);
  });

  it('accepts a deviation explained in rotation_note, without shifting later turns', () => {
    const meetings = rotatingMeetings(VALID_MEETING_DATES);
    meetings['2018-03-14'] = meetingData('2018-03-14', {
      chair: 'kmd',
      minutes: 'kmd',
      rotation_note: 'KS hadde ikke anledning',
    });
    expectValid(rotation, repositoryFiles({ meetings }));
  });

  it('skips cancelled meetings: they take no turn', () => {
    const meetings = {
      ...rotatingMeetings(VALID_MEETING_DATES),
      '2018-06-12': meetingData('2018-06-12', { status: 'cancelled', chair: 'xx', minutes: 'xx' }),
    };
    expectValid(rotation, repositoryFiles({ meetings }));
  });

  it('counts planned meetings in the rotation', () => {
    const meetings = {
      ...rotatingMeetings(VALID_MEETING_DATES),
      '2018-11-20': meetingData('2018-11-20', { status: 'planned', chair: 'kmd', minutes: 'kmd' }),
    };
    const files = repositoryFiles({ meetings });
    expectFindings(rotation, files, [
      {
        file: 'meetings/2018-11-20.md',
        ...positionOf(fileText(files, 'meetings/2018-11-20.md'), 'chair:', 'kmd'),
        id: 'rotation/out-of-turn',
      },
      {
        file: 'meetings/2018-11-20.md',
        ...positionOf(fileText(files, 'meetings/2018-11-20.md'), 'minutes:', 'kmd'),
        id: 'rotation/out-of-turn',
      },
    ]);
  });

  it('in split mode, one party chairs while the other takes the minutes', () => {
    const meetings = Object.fromEntries(
      VALID_MEETING_DATES.map((date, turn) => [
        date,
        meetingData(date, turn % 2 === 0 ? { chair: 'kmd', minutes: 'ks' } : { chair: 'ks', minutes: 'kmd' }),
      ]),
    );
    expectValid(rotation, repositoryFiles({ agreement: splitAgreement(), meetings }));

    const files = repositoryFiles({ agreement: splitAgreement() });
    expectFindings(
      rotation,
      files,
      VALID_MEETING_DATES.map((date) => ({
        file: `meetings/${date}.md`,
        line: lineOf(fileText(files, `meetings/${date}.md`), 'minutes:'),
        column: 'minutes: '.length + 1,
        id: 'rotation/out-of-turn',
      })),
    );
  });
});
