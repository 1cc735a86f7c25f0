/** renewalOutlook: the one answer to "can it still be extended, and from when", on the days it changes. */
import { describe, expect, it } from 'vitest';
import { renewalOutlook } from '../../src/term/outlook.js';
import { agreement } from '../helpers/model.js';

describe('renewalOutlook', () => {
  const terms = agreement();

  it('is extendable until the term runs out, the day itself included, and due once that day is a notice period away', () => {
    expect(renewalOutlook(terms, '2018-11-30')).toEqual({
      kind: 'extendable',
      year: 2019,
      decideBy: '2018-12-31',
      due: false,
    });
    expect(renewalOutlook(terms, '2018-12-01')).toMatchObject({ kind: 'extendable', due: true });
    expect(renewalOutlook(terms, '2018-12-31')).toMatchObject({ kind: 'extendable', due: true });
    expect(renewalOutlook(terms, '2019-01-01')).toEqual({ kind: 'lapsed', end: '2018-12-31' });
  });

  it('is never extendable once terminated or evaluated, whatever the day', () => {
    const terminated = agreement({
      termination: { by: 'ks', notified: '2018-10-01', effective: '2018-11-01', notice: 'x' },
    });
    expect(renewalOutlook(terminated, '2018-10-15')).toEqual({ kind: 'terminated', effective: '2018-11-01' });
    const evaluated = agreement({ evaluation: { due: '2018-12-31', completed: '2018-10-01' } });
    expect(renewalOutlook(evaluated, '2018-10-15')).toEqual({
      kind: 'evaluated',
      completed: '2018-10-01',
      end: '2018-12-31',
    });
  });
});
