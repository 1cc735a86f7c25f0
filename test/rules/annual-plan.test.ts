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
      {
        file: 'annual-plans/2018.md',
        ...year,
        id: 'annual-plan/file-name',
        params: { year: 2020, file: 'annual-plans/2018.md' },
      },
      {
        file: 'annual-plans/2018.md',
        ...year,
        id: 'term/not-in-force',
      },
    ]);
  });

  it('reports an adopted plan without the meeting that adopted it', () => {
    const files = repositoryFiles({ plans: { 2018: planData(2018, { adopted_in: null }) } });
    expectFindings(annualPlan, files, [
      {
        file: 'annual-plans/2018.md',
        ...positionOf(fileText(files, 'annual-plans/2018.md'), 'status: adopted', 'adopted'),
        id: 'annual-plan/adopted-without-meeting',
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
        id: 'annual-plan/adopted-in-unheld-meeting',
      },
    ]);
  });
});
