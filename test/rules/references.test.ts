import { describe, it } from 'vitest';
import { references } from '../../src/rules/references.js';
import {
  agreementData,
  fileText,
  linesOf,
  meetingData,
  planData,
  positionOf,
  repositoryFiles,
  rotatingMeetings,
  VALID_MEETING_DATES,
} from '../helpers/fixtures.js';
import { expectFindings, expectValid } from '../helpers/rule-tester.js';

describe('references', () => {
  it('accepts records whose references all resolve', () => {
    expectValid(references, repositoryFiles());
  });

  it('reports an unknown party, focus area and consultation in a meeting, at their lines', () => {
    const meetings = rotatingMeetings(VALID_MEETING_DATES);
    meetings['2018-03-14'] = meetingData('2018-03-14', {
      chair: 'kdm',
      minutes: 'ks',
      agenda: [{ title: 'Sak', focus: 'D', proposed_by: 'ks', consultation: 'ukjent' }],
    });
    const files = repositoryFiles({ meetings });
    const text = fileText(files, 'meetings/2018-03-14.md');
    expectFindings(references, files, [
      {
        file: 'meetings/2018-03-14.md',
        ...positionOf(text, 'chair: kdm', 'kdm'),
        id: 'references/unknown-party',
      },
      {
        file: 'meetings/2018-03-14.md',
        ...positionOf(text, 'focus: D', 'D'),
        id: 'references/unknown-focus-area',
      },
      {
        file: 'meetings/2018-03-14.md',
        ...positionOf(text, 'consultation: ukjent', 'ukjent'),
        id: 'references/unknown-consultation',
      },
    ]);
  });

  it('reports agreement references to unknown parties, meetings and notice files', () => {
    const agreement = agreementData({
      meetings: { ...(agreementData().meetings as object), convener: 'kdd' },
      extensions: [{ year: 2019, decided: '2018-11-15', notice: 'agreement/notices/2019-forlengelse.md' }],
      consultations: [
        { id: 'sporsmal', question: 'Et spørsmål', raised_by: 'ks', notified_in: '2018-04-01', brought: null },
      ],
    });
    const files = repositoryFiles({ agreement });
    const text = fileText(files, 'agreement/agreement.md');
    expectFindings(references, files, [
      {
        file: 'agreement/agreement.md',
        ...positionOf(text, 'notice: agreement/notices', 'agreement/notices'),
        id: 'references/unknown-notice-file',
      },
      {
        file: 'agreement/agreement.md',
        ...positionOf(text, 'convener: kdd', 'kdd'),
        id: 'references/unknown-party',
        params: { value: 'kdd' },
      },
      {
        file: 'agreement/agreement.md',
        ...positionOf(text, 'notified_in: 2018-04-01', '2018-04-01'),
        id: 'references/unknown-meeting',
      },
    ]);
  });

  it('reports an annual plan adopted in a meeting that does not exist, and an unknown responsible party', () => {
    const files = repositoryFiles({
      plans: {
        2018: planData(2018, {
          adopted_in: '2017-11-21',
          priorities: [{ title: 'T', focus: 'A', responsible: ['kmd', 'fylket'], due: null, status: 'planned' }],
        }),
      },
    });
    const text = fileText(files, 'annual-plans/2018.md');
    expectFindings(references, files, [
      {
        file: 'annual-plans/2018.md',
        ...positionOf(text, 'adopted_in', '2017-11-21'),
        id: 'references/unknown-meeting',
      },
      {
        file: 'annual-plans/2018.md',
        ...positionOf(text, '- fylket', 'fylket'),
        id: 'references/unknown-party',
        params: { value: 'fylket' },
      },
    ]);
  });

  it('reports an id used twice', () => {
    const obligation = { id: 'kunngjoring', clause: '4', text: 'Bekjentgjøres', due: '2017-09-30', done: '2017-09-28' };
    const files = repositoryFiles({ agreement: agreementData({ obligations: [obligation, { ...obligation }] }) });
    const text = fileText(files, 'agreement/agreement.md');
    const second = linesOf(text, 'id: kunngjoring')[1]!;
    expectFindings(references, files, [
      {
        file: 'agreement/agreement.md',
        line: second,
        column: 9,
        id: 'references/duplicate-id',
      },
    ]);
  });

  it('takes a notice only under agreement/notices/, and an extension or termination without one', () => {
    const extensions = [{ year: 2019, decided: '2018-11-15', notice: 'agreement/agreement.md' }];
    const files = repositoryFiles({ agreement: agreementData({ extensions }) });
    expectFindings(references, files, [
      {
        file: 'agreement/agreement.md',
        ...positionOf(
          fileText(files, 'agreement/agreement.md'),
          'notice: agreement/agreement.md',
          'agreement/agreement.md',
        ),
        id: 'references/unknown-notice-file',
      },
    ]);
    const byLetter = agreementData({
      extensions: [{ year: 2019, decided: '2018-11-15' }],
      termination: { by: 'ks', notified: '2019-01-31', effective: '2019-02-28' },
    });
    expectValid(references, repositoryFiles({ agreement: byLetter }));
  });
});
