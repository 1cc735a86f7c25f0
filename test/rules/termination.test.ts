import { describe, it } from 'vitest';
import { termination } from '../../src/rules/termination.js';
import { agreementData, fileText, positionOf, repositoryFiles } from '../helpers/fixtures.js';
import { expectFindings, expectValid } from '../helpers/rule-tester.js';

const terminated = (notified: string, effective: string, rule = 'same-date', end = '2020-12-31') =>
  repositoryFiles({
    agreement: agreementData({
      term: { ...(agreementData().term as object), end, notice_rule: rule },
      termination: { by: 'ks', notified, effective, notice: 'agreement/notices/oppsigelse.md' },
    }),
  });

describe('termination', () => {
  it.each([
    ['same-date', '2018-03-10', '2018-04-10'],
    ['same-date', '2019-01-31', '2019-02-28'],
    ['same-date', '2020-01-31', '2020-02-29'],
    ['end-of-month', '2019-01-15', '2019-02-28'],
    ['end-of-month', '2020-01-31', '2020-02-29'],
  ])('%s: a notice received %s takes effect %s', (rule, notified, effective) => {
    expectValid(termination, terminated(notified, effective, rule));
  });

  it('reports a wrong effective date, with the rule used', () => {
    const files = terminated('2019-01-31', '2019-03-03');
    expectFindings(termination, files, [
      {
        file: 'agreement/agreement.md',
        ...positionOf(fileText(files, 'agreement/agreement.md'), 'effective:', '2019-03-03'),
        id: 'termination/wrong-effective-date',
      },
    ]);
  });

  it('reports a notice received after the term had ended', () => {
    const files = terminated('2019-01-31', '2019-02-28', 'same-date', '2018-12-31');
    expectFindings(termination, files, [
      {
        file: 'agreement/agreement.md',
        ...positionOf(fileText(files, 'agreement/agreement.md'), 'notified:', '2019-01-31'),
        id: 'term/notice-after-end',
      },
    ]);
  });
});
