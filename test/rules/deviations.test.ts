import { describe, expect, it } from 'vitest';
import { readBuiltinTemplates } from '../../src/documents/builtin.js';
import { checkRepository } from '../../src/pipeline/check.js';
import { deviations } from '../../src/rules/deviations.js';
import { agreementData, fileText, positionOf, repositoryFiles, rotatingMeetings } from '../helpers/fixtures.js';
import { expectFindings, expectValid } from '../helpers/rule-tester.js';

/** 2018 with one held meeting: the meetings-per-year error the parties can accept. */
const SHORT_YEAR = rotatingMeetings(['2017-11-20', '2018-03-14']);
const ACCEPTED = {
  rule: 'meetings-per-year',
  year: 2018,
  reason: 'Partene ble enige om ett møte i 2018 på grunn av omorganisering.',
};

function check(deviationList: object[], meetings = SHORT_YEAR) {
  const files = repositoryFiles({ agreement: agreementData({ deviations: deviationList }), meetings });
  return { files, result: checkRepository(files, '2019-06-01', readBuiltinTemplates()) };
}

describe('deviations', () => {
  it("explains a past year's shortfall: no error, the finding listed with its reason", () => {
    const { result } = check([ACCEPTED]);
    expect(result.findings.filter((finding) => finding.severity === 'error')).toEqual([]);
    expect(result.explained).toEqual([
      expect.objectContaining({ rule: 'meetings-per-year', severity: 'error', clause: '§2', reason: ACCEPTED.reason }),
    ]);
  });

  it('leaves the shortfall an error without it', () => {
    const { result } = check([]);
    expect(result.findings).toContainEqual(expect.objectContaining({ rule: 'meetings-per-year', severity: 'error' }));
    expect(result.explained).toEqual([]);
  });

  it("explains a meeting's finding by the meeting it names", () => {
    const meetings = rotatingMeetings(['2017-11-20', '2018-03-14', '2018-09-20']);
    meetings['2018-09-20'] = { ...meetings['2018-09-20'], notice_sent: '2018-09-12' };
    const { result } = check(
      [{ rule: 'convener', meeting: '2018-09-20', reason: 'Innkallingen ble sendt sent etter avtale.' }],
      meetings,
    );
    expect(result.findings.filter((finding) => finding.rule === 'convener')).toEqual([]);
    expect(result.explained.map(({ rule, reason }) => [rule, reason])).toEqual([
      ['convener', 'Innkallingen ble sendt sent etter avtale.'],
    ]);
  });

  it('warns about a deviation that explains nothing any more', () => {
    const { files, result } = check([{ ...ACCEPTED, year: 2017 }]);
    const stale = result.findings.find((finding) => finding.rule === 'deviations');
    expect(stale).toMatchObject({
      severity: 'warning',
      ...positionOf(fileText(files, 'agreement/agreement.md'), '- rule: meetings-per-year', 'rule'),
      message: { id: 'deviations/explains-nothing', params: { rule: 'meetings-per-year', year: 2017 } },
    });
  });

  it('names a rule there is', () => {
    const files = repositoryFiles({
      agreement: agreementData({ deviations: [{ ...ACCEPTED, rule: 'møter-per-år' }] }),
      meetings: SHORT_YEAR,
    });
    expectFindings(deviations, files, [
      {
        file: 'agreement/agreement.md',
        ...positionOf(fileText(files, 'agreement/agreement.md'), 'rule: møter-per-år', 'møter-per-år'),
        severity: 'error',
        id: 'deviations/no-such-rule',
      },
    ]);
    expectValid(
      deviations,
      repositoryFiles({ agreement: agreementData({ deviations: [ACCEPTED] }), meetings: SHORT_YEAR }),
    );
  });
});
