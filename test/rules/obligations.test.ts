import { describe, it } from 'vitest';
import { obligations } from '../../src/rules/obligations.js';
import { agreementData, fileText, positionOf, repositoryFiles } from '../helpers/fixtures.js';
import { expectFindings, expectValid } from '../helpers/rule-tester.js';

const withObligation = (done: string | null) =>
  repositoryFiles({
    agreement: agreementData({
      obligations: [
        {
          id: 'kunngjoring',
          clause: '4',
          text: 'Bekjentgjøres i første aktuelle konsultasjonsmøte',
          due: '2017-09-30',
          done,
        },
      ],
    }),
  });

describe('obligations', () => {
  it('is quiet about a duty that is done, or not yet due', () => {
    expectValid(obligations, withObligation('2017-09-28'));
    expectValid(obligations, withObligation(null), '2017-09-30');
  });

  it('warns about a duty past due and not done', () => {
    const files = withObligation(null);
    expectFindings(
      obligations,
      files,
      [
        {
          file: 'agreement/agreement.md',
          ...positionOf(fileText(files, 'agreement/agreement.md'), 'due: 2017-09-30', '2017-09-30'),
          id: 'obligations/overdue',
          clause: '§4',
        },
      ],
      '2017-10-01',
    );
  });
});
