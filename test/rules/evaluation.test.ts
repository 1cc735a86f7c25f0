import { describe, it } from 'vitest';
import { evaluation } from '../../src/rules/evaluation.js';
import { agreementData, fileText, positionOf, repositoryFiles } from '../helpers/fixtures.js';
import { expectFindings, expectValid } from '../helpers/rule-tester.js';

describe('evaluation', () => {
  it('is quiet until the original term has ended', () => {
    expectValid(evaluation, repositoryFiles(), '2018-12-31');
  });

  it('is quiet once the evaluation is recorded', () => {
    expectValid(
      evaluation,
      repositoryFiles({ agreement: agreementData({ evaluation: { due: '2018-12-31', completed: '2019-03-01' } }) }),
      '2020-01-01',
    );
  });

  it('warns after the original term when no evaluation is recorded', () => {
    const files = repositoryFiles();
    expectFindings(
      evaluation,
      files,
      [
        {
          file: 'agreement/agreement.md',
          ...positionOf(fileText(files, 'agreement/agreement.md'), 'completed:', 'null'),
          id: 'evaluation/not-recorded',
        },
      ],
      '2019-01-01',
    );
  });
});
