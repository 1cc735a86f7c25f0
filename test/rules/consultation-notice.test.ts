import { describe, it } from 'vitest';
import { consultationNotice } from '../../src/rules/consultation-notice.js';
import {
  agreementData,
  fileText,
  meetingData,
  positionOf,
  repositoryFiles,
  rotatingMeetings,
  VALID_MEETING_DATES,
} from '../helpers/fixtures.js';
import { expectFindings, expectValid } from '../helpers/rule-tester.js';

const consultation = (overrides: Record<string, unknown> = {}) => ({
  id: 'tolkning-punkt-5',
  question: 'Tolkning av avtalens punkt 5',
  raised_by: 'ks',
  notified_in: '2018-03-14',
  brought: '2018-05-03',
  ...overrides,
});

const files = (overrides: Record<string, unknown> = {}, agreement: Record<string, unknown> = {}) => {
  const meetings = rotatingMeetings(VALID_MEETING_DATES);
  meetings['2018-03-14'] = meetingData('2018-03-14', {
    chair: 'ks',
    minutes: 'ks',
    agenda: [
      { title: 'Tolkning av avtalens punkt 5', focus: 'A', proposed_by: 'ks', consultation: 'tolkning-punkt-5' },
    ],
  });
  return repositoryFiles({
    agreement: agreementData({ consultations: [consultation(overrides)], ...agreement }),
    meetings,
  });
};

describe('consultation-notice', () => {
  it('accepts a question raised in a held meeting before it was brought', () => {
    expectValid(consultationNotice, files());
  });

  it('accepts a question not yet brought', () => {
    expectValid(consultationNotice, files({ brought: null }));
  });

  it('reports a question brought before any meeting gave notice of it', () => {
    const repository = files({ brought: '2018-03-01' });
    expectFindings(consultationNotice, repository, [
      {
        file: 'agreement/agreement.md',
        ...positionOf(fileText(repository, 'agreement/agreement.md'), 'brought:', '2018-03-01'),
        id: 'consultation-notice/brought-before-notice',
      },
    ]);
  });

  it("cites the agreement's own clause, never one written in the code", () => {
    const repository = files(
      { brought: '2018-03-01' },
      { clauses: { meetings: '3.1', consultation: '3.4', term: '9.2' } },
    );
    expectFindings(consultationNotice, repository, [
      {
        file: 'agreement/agreement.md',
        ...positionOf(fileText(repository, 'agreement/agreement.md'), 'brought:', '2018-03-01'),
        id: 'consultation-notice/brought-before-notice',
      },
    ]);
  });

  it('reports notified_in naming a meeting whose agenda does not give the notice', () => {
    const repository = files({ notified_in: '2018-09-20' });
    expectFindings(consultationNotice, repository, [
      {
        file: 'agreement/agreement.md',
        ...positionOf(fileText(repository, 'agreement/agreement.md'), 'notified_in:', '2018-09-20'),
        id: 'consultation-notice/not-on-agenda',
      },
    ]);
  });

  it('accepts the notice on the agenda of a planned meeting, which raises the question when it is held', () => {
    const meetings = rotatingMeetings(VALID_MEETING_DATES);
    meetings['2019-03-12'] = meetingData('2019-03-12', {
      status: 'planned',
      agenda: [
        { title: 'Tolkning av avtalens punkt 5', focus: 'A', proposed_by: 'ks', consultation: 'tolkning-punkt-5' },
      ],
    });
    expectValid(
      consultationNotice,
      repositoryFiles({
        agreement: agreementData({ consultations: [consultation({ notified_in: '2019-03-12', brought: null })] }),
        meetings,
      }),
      '2019-01-15',
    );
  });

  it('reports a notice on a planned meeting without the item, and on a cancelled one', () => {
    for (const [status, agenda, message] of [
      [
        'planned',
        [],
        /meeting 2019-03-12 has no agenda item with consultation: tolkning-punkt-5: put the question on its agenda/,
      ],
      [
        'cancelled',
        [{ title: 'Tolkning av avtalens punkt 5', focus: 'A', proposed_by: 'ks', consultation: 'tolkning-punkt-5' }],
        /meeting 2019-03-12 was cancelled, so it gave no notice of consultation: tolkning-punkt-5: name the meeting that raises the question instead/,
      ],
    ] as const) {
      const meetings = rotatingMeetings(VALID_MEETING_DATES);
      meetings['2019-03-12'] = meetingData('2019-03-12', { status, agenda });
      const repository = repositoryFiles({
        agreement: agreementData({ consultations: [consultation({ notified_in: '2019-03-12', brought: null })] }),
        meetings,
      });
      expectFindings(
        consultationNotice,
        repository,
        [
          {
            file: 'agreement/agreement.md',
            ...positionOf(fileText(repository, 'agreement/agreement.md'), 'notified_in:', '2019-03-12'),
            message,
          },
        ],
        '2019-01-15',
      );
    }
  });
});
