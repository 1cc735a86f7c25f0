import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadRecords } from '../../src/records/load.js';
import { runRules } from '../../src/rules/rule.js';
import { term } from '../../src/rules/term.js';
import { extensionRefusals, nextExtensionYear } from '../../src/term/extension.js';
import { extendedEnd } from '../../src/term/term.js';
import { agreementData, repositoryFiles } from '../helpers/fixtures.js';
import { agreement } from '../helpers/model.js';

const NOTICE = 'agreement/notices/2019-forlengelse.md';

describe('extensionRefusals', () => {
  it('allows the next year, decided within the term while the evaluation is pending', () => {
    expect(extensionRefusals(agreement(), 2019, '2018-11-15')).toEqual([]);
  });

  it('gives each reason with the field it concerns', () => {
    const terminated = agreement({
      termination: { by: 'ks', notified: '2018-10-01', effective: '2018-11-01', notice: 'x' },
      evaluation: { due: '2018-12-31', completed: '2018-09-01' },
    });
    expect(extensionRefusals(terminated, 2020, '2019-01-10').map(({ field }) => field)).toEqual([
      'decided',
      'decided',
      'year',
      'decided',
    ]);
    expect(extensionRefusals(agreement(), 2018, '2017-08-01').map(({ reason }) => reason)).toEqual([
      { id: 'term/already-runs-through', params: { end: '2018-12-31' } },
      { id: 'term/decided-before-signing', params: { decided: '2017-08-01', signed: '2017-09-07' } },
    ]);
  });

  it('takes `year` as the first year of an extension that runs `extension_years` years', () => {
    const twoYears = agreement({ term: { ...(agreementData().term as object), extension_years: 2 } });
    expect(nextExtensionYear(twoYears)).toBe(2019);
    expect(extensionRefusals(twoYears, 2019, '2018-11-15')).toEqual([]);
    const extended = { ...twoYears, extensions: [{ year: 2019, decided: '2018-11-15', notice: NOTICE }] };
    expect(extendedEnd(extended)).toBe('2020-12-31');
    expect(nextExtensionYear(extended)).toBe(2021);
    expect(extensionRefusals(extended, 2021, '2020-12-31')).toEqual([]);
    expect(extensionRefusals(extended, 2020, '2020-06-01')[0]?.reason).toEqual({
      id: 'term/already-runs-through',
      params: { end: '2020-12-31' },
    });
  });

  it('is what the term rule reports: renew refuses exactly the extensions validate rejects', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2016, max: 2021 }), fc.integer({ min: 0, max: 4 * 365 }), (year, offset) => {
        const decided = new Date(Date.UTC(2017, 0, 1 + offset)).toISOString().slice(0, 10);
        const data = agreementData({ extensions: [{ year, decided, notice: NOTICE }] });
        const { records } = loadRecords(repositoryFiles({ agreement: data, files: { [NOTICE]: '# Protokoll\n' } }));
        const findings = runRules([term], {
          records: { ...records, agreement: records.agreement! },
          today: '2019-06-01',
          builtinTemplates: { nb: new Map(), nn: new Map() },
          ruleIds: [],
          base: null,
        });
        expect(findings.length > 0).toBe(extensionRefusals(agreement(), year, decided).length > 0);
      }),
      { numRuns: 100 },
    );
  });
});
