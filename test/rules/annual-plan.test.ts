import { describe, it } from 'vitest';
import { annualPlan } from '../../src/rules/annual-plan.js';
import {
  fileText,
  meetingData,
  planData,
  positionOf,
  repositoryFiles,
  rotatingMeetings,
  VALID_MEETING_DATES,
} from '../helpers/fixtures.js';
import { expectFindings, expectValid } from '../helpers/rule-tester.js';

describe('annual-plan', () => {
  it('accepts a plan for a year in force, adopted in a held meeting', () => {
    expectValid(annualPlan, repositoryFiles());
  });

  it('accepts a draft without adopted_in', () => {
    expectValid(
      annualPlan,
      repositoryFiles({ plans: { 2018: planData(2018, { status: 'draft', adopted_in: null }) } }),
    );
  });

  it('reports a plan whose year does not match its file, and a year outside the term', () => {
    const files = repositoryFiles({ plans: { 2018: planData(2020) } });
    const year = positionOf(fileText(files, 'annual-plans/2018.md'), 'year: 2020', '2020');
    expectFindings(annualPlan, files, [
      { file: 'annual-plans/2018.md', ...year, message: /the plan is for 2020 but the file is annual-plans\/2018.md/ },
      {
        file: 'annual-plans/2018.md',
        ...year,
        message: /the agreement is not in force in 2020 \(from 2017-09-07 to 2018-12-31\)/,
      },
    ]);
  });

  it('reports an adopted plan without the meeting that adopted it', () => {
    const files = repositoryFiles({ plans: { 2018: planData(2018, { adopted_in: null }) } });
    expectFindings(annualPlan, files, [
      {
        file: 'annual-plans/2018.md',
        ...positionOf(fileText(files, 'annual-plans/2018.md'), 'status: adopted', 'adopted'),
        message: /names the meeting that adopted it/,
      },
    ]);
  });

  it('reports a plan adopted in a meeting that was cancelled', () => {
    const meetings = {
      ...rotatingMeetings(VALID_MEETING_DATES),
      '2018-01-10': meetingData('2018-01-10', { status: 'cancelled' }),
    };
    const files = repositoryFiles({ meetings, plans: { 2018: planData(2018, { adopted_in: '2018-01-10' }) } });
    expectFindings(annualPlan, files, [
      {
        file: 'annual-plans/2018.md',
        ...positionOf(fileText(files, 'annual-plans/2018.md'), 'adopted_in', '2018-01-10'),
        message: /meeting 2018-01-10 is cancelled, not held/,
      },
    ]);
  });
});
