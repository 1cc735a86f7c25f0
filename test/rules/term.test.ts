import { describe, it } from 'vitest';
import { term } from '../../src/rules/term.js';
import { agreementData, fileText, positionOf, repositoryFiles } from '../helpers/fixtures.js';
import { expectFindings, expectValid } from '../helpers/rule-tester.js';

const extension = (year: number, decided: string) => ({
  year,
  decided,
  notice: `agreement/notices/${year}-forlengelse.md`,
});
const withExtensions = (extensions: object[], overrides: Record<string, unknown> = {}) =>
  repositoryFiles({ agreement: agreementData({ extensions, ...overrides }) });
const inAgreement = (files: ReturnType<typeof repositoryFiles>, needle: string, token: string) =>
  positionOf(fileText(files, 'agreement/agreement.md'), needle, token);

describe('term', () => {
  it('accepts consecutive single-year extensions, each decided in time', () => {
    expectValid(term, withExtensions([extension(2019, '2018-11-15'), extension(2020, '2019-12-01')]));
  });

  it('reports an extension that skips a year', () => {
    const files = withExtensions([extension(2019, '2018-11-15'), extension(2021, '2019-12-01')]);
    expectFindings(term, files, [
      {
        file: 'agreement/agreement.md',
        ...inAgreement(files, 'year: 2021', '2021'),
        id: 'term/extension-refused',
      },
    ]);
  });

  it('reports an extension decided after the term ran out', () => {
    const files = withExtensions([extension(2019, '2019-01-10')]);
    expectFindings(term, files, [
      {
        file: 'agreement/agreement.md',
        ...inAgreement(files, 'decided: 2019-01-10', '2019-01-10'),
        id: 'term/extension-refused',
      },
    ]);
  });

  it('reports an extension decided after a termination', () => {
    const files = withExtensions([extension(2019, '2018-11-15')], {
      termination: { by: 'ks', notified: '2018-10-01', effective: '2018-11-01', notice: 'x' },
    });
    expectFindings(term, files, [
      {
        file: 'agreement/agreement.md',
        ...inAgreement(files, 'decided: 2018-11-15', '2018-11-15'),
        id: 'term/extension-refused',
      },
    ]);
  });

  it('reports an extension decided after the evaluation was completed', () => {
    const files = withExtensions([extension(2019, '2018-11-15')], {
      evaluation: { due: '2018-12-31', completed: '2018-10-01' },
    });
    expectFindings(term, files, [
      {
        file: 'agreement/agreement.md',
        ...inAgreement(files, 'decided: 2018-11-15', '2018-11-15'),
        id: 'term/extension-refused',
      },
    ]);
  });
});
