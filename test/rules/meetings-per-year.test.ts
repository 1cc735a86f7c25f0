import { describe, it } from 'vitest';
import { meetingsPerYear } from '../../src/rules/meetings-per-year.js';
import {
  agreementData,
  fileText,
  meetingData,
  positionOf,
  repositoryFiles,
  rotatingMeetings,
} from '../helpers/fixtures.js';
import { expectFindings, expectValid } from '../helpers/rule-tester.js';

const perYear = (files: ReturnType<typeof repositoryFiles>) =>
  positionOf(fileText(files, 'agreement/agreement.md'), 'per_year: 2', '2');

describe('meetings-per-year', () => {
  it('accepts one meeting in the part year 2017 and two in 2018', () => {
    expectValid(meetingsPerYear, repositoryFiles());
  });

  it('reports a past year with one held meeting as an error', () => {
    const files = repositoryFiles({ meetings: rotatingMeetings(['2017-11-20', '2018-03-14']) });
    expectFindings(meetingsPerYear, files, [
      {
        file: 'agreement/agreement.md',
        ...perYear(files),
        id: 'meetings-per-year/too-few-held',
      },
    ]);
  });

  it('requires meetings pro rata, to the nearest whole meeting, for the part year after signing', () => {
    const files = repositoryFiles({ meetings: rotatingMeetings(['2018-03-14', '2018-09-20']) });
    expectFindings(meetingsPerYear, files, [
      {
        file: 'agreement/agreement.md',
        ...perYear(files),
        id: 'meetings-per-year/too-few-held',
      },
    ]);
  });

  it('requires none in a short stub at the end, and one in a third of a year', () => {
    // A notice that ends the agreement on 15 January 2019: 15 days of 2019 need no meeting (2 × 15/365 ≈ 0.08).
    const stub = agreementData({
      extensions: [{ year: 2019, decided: '2018-11-15' }],
      termination: { by: 'ks', notified: '2018-12-15', effective: '2019-01-15' },
    });
    expectValid(meetingsPerYear, repositoryFiles({ agreement: stub }), '2019-06-01');
    // Ending on 30 April 2019: a third of the year needs one of two (2 × 120/365 ≈ 0.66).
    const third = agreementData({
      extensions: [{ year: 2019, decided: '2018-11-15' }],
      termination: { by: 'ks', notified: '2019-03-30', effective: '2019-04-30' },
    });
    const files = repositoryFiles({ agreement: third });
    expectFindings(
      meetingsPerYear,
      files,
      [
        {
          file: 'agreement/agreement.md',
          ...perYear(files),
          id: 'meetings-per-year/too-few-held',
        },
      ],
      '2019-06-01',
    );
  });

  it('does not count cancelled or planned meetings in a past year', () => {
    const meetings = rotatingMeetings(['2017-11-20', '2018-03-14']);
    meetings['2018-09-20'] = meetingData('2018-09-20', { status: 'cancelled' });
    meetings['2018-10-20'] = meetingData('2018-10-20', { status: 'planned', notice_sent: null, documents_sent: null });
    const files = repositoryFiles({ meetings });
    expectFindings(meetingsPerYear, files, [
      {
        file: 'agreement/agreement.md',
        ...perYear(files),
        id: 'meetings-per-year/too-few-held',
        params: { year: 2018, held: 1 },
      },
    ]);
  });

  it('warns about the current year while the missing meeting can still be held', () => {
    const files = repositoryFiles({ meetings: rotatingMeetings(['2017-11-20', '2018-03-14']) });
    expectFindings(
      meetingsPerYear,
      files,
      [
        {
          file: 'agreement/agreement.md',
          ...perYear(files),
          severity: 'warning',
          id: 'meetings-per-year/plan-more',
        },
      ],
      '2018-05-01',
    );
  });

  it('counts a planned meeting ahead in the current year', () => {
    const meetings = rotatingMeetings(['2017-11-20', '2018-03-14']);
    meetings['2018-09-20'] = meetingData('2018-09-20', { status: 'planned', notice_sent: null, documents_sent: null });
    expectValid(meetingsPerYear, repositoryFiles({ meetings }), '2018-05-01');
  });

  it('is an error in the current year once the notice period leaves no working day for the missing meeting', () => {
    const files = repositoryFiles({ meetings: rotatingMeetings(['2017-11-20', '2018-03-14']) });
    expectFindings(
      meetingsPerYear,
      files,
      [
        {
          file: 'agreement/agreement.md',
          ...perYear(files),
          id: 'meetings-per-year/no-time-left',
        },
      ],
      '2018-12-10',
    );
  });

  it('requires fewer meetings in a year cut short by a termination', () => {
    const agreement = agreementData({
      termination: { by: 'ks', notified: '2018-02-28', effective: '2018-03-28', notice: 'x' },
    });
    expectValid(
      meetingsPerYear,
      repositoryFiles({ agreement, meetings: rotatingMeetings(['2017-11-20', '2018-03-14']) }),
    );
  });
});
