import { endOfYear, yearOf } from '../dates.js';
import type { Rule } from './rule.js';

/**
 * §7: "Den kan forlenges med ett år av gangen i påvente av gjennomført evaluering."
 * Extensions are consecutive single years, each decided before the term it
 * extends ran out, none after a termination, each while the evaluation is pending.
 */
export const term: Rule = {
  id: 'term',
  clause: '§7',
  severity: 'error',
  description: 'extensions are consecutive single years, each decided before the term ran out, none after a termination, each while the evaluation is pending',
  check({ records }, report) {
    const { agreement } = records;
    const a = agreement.data;
    let end = a.term.end;
    a.extensions.forEach((extension, index) => {
      const at = (field: 'year' | 'decided') => agreement.at(['extensions', index, field]);
      const expectedYear = yearOf(end) + a.term.extension_years;
      if (extension.year !== expectedYear) {
        report(at('year'), `the term runs to ${end}, so the next extension is for ${expectedYear}, not ${extension.year}: §7 extends one year at a time`);
      }
      if (extension.decided > end) {
        report(at('decided'), `decided ${extension.decided}, after the term it extends ran out on ${end}: a lapsed agreement cannot be extended, only replaced`);
      }
      if (extension.decided < a.signed) {
        report(at('decided'), `decided ${extension.decided}, before the agreement was signed on ${a.signed}`);
      }
      if (a.termination && extension.decided > a.termination.notified) {
        report(at('decided'), `decided ${extension.decided}, after ${a.termination.by} gave notice of termination on ${a.termination.notified}: a terminated agreement is not extended`);
      }
      if (a.evaluation.completed !== null && extension.decided > a.evaluation.completed) {
        report(at('decided'), `decided ${extension.decided}, after the evaluation was completed on ${a.evaluation.completed}: §7 allows extensions only "i påvente av gjennomført evaluering"`);
      }
      end = endOfYear(Math.max(extension.year, yearOf(end)));
    });
  },
};
