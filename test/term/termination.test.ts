import { describe, expect, it } from 'vitest';
import { terminationEffective, terminationRefusals } from '../../src/term/termination.js';
import { agreementData } from '../helpers/fixtures.js';
import { agreement } from '../helpers/model.js';

const RENEWED_2019 = {
  extensions: [{ year: 2019, decided: '2018-11-15', notice: 'agreement/notices/2019-forlengelse.md' }],
};

describe('terminationEffective', () => {
  it('is the end of the notice period by the notice rule', () => {
    expect(terminationEffective(agreement(RENEWED_2019), '2019-01-31')).toBe('2019-02-28');
    const endOfMonth = agreement({
      ...RENEWED_2019,
      term: { ...(agreementData().term as object), notice_months: 3, notice_rule: 'end-of-month' },
    });
    expect(terminationEffective(endOfMonth, '2019-01-15')).toBe('2019-04-30');
  });

  it("is the term's last day when the notice period would run past it", () => {
    expect(terminationEffective(agreement(RENEWED_2019), '2019-12-15')).toBe('2019-12-31');
    expect(terminationEffective(agreement(), '2018-12-01')).toBe('2018-12-31');
  });
});

describe('terminationRefusals', () => {
  it('allows a notice inside the term', () => {
    expect(terminationRefusals(agreement(), '2018-10-31')).toEqual([]);
  });

  it('refuses a second termination, a notice before signing and one after the term', () => {
    const terminated = agreement({
      termination: { by: 'ks', notified: '2018-10-31', effective: '2018-11-30', notice: 'x' },
    });
    expect(terminationRefusals(terminated, '2018-11-05')).toEqual([
      {
        field: 'by',
        reason: {
          id: 'term/already-terminated',
          params: { by: 'KS', notified: '2018-10-31', effective: '2018-11-30' },
        },
      },
    ]);
    expect(terminationRefusals(agreement(), '2017-08-01').map(({ field }) => field)).toEqual(['notified']);
    expect(terminationRefusals(agreement(), '2019-01-02')[0]?.reason).toEqual({
      id: 'term/notice-after-end',
      params: { notified: '2019-01-02', end: '2018-12-31' },
    });
  });
});
