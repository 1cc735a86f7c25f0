import type { Rule } from './rule.js';

/** §3 and §4: duties with a due date, warned about while past due and not done. */
export const obligations: Rule = {
  id: 'obligations',
  clause: null,
  severity: 'warning',
  description: 'no duty is past due and not done',
  check({ records, today }, report) {
    const { agreement } = records;
    agreement.data.obligations.forEach((obligation, index) => {
      if (obligation.done === null && obligation.due < today) {
        report(
          agreement.at(['obligations', index, 'due']),
          `"${obligation.id}" (${obligation.text}) was due ${obligation.due} and is not recorded as done: set done to the date it was done`,
          { clause: `§${obligation.clause}`, year: Number(obligation.due.slice(0, 4)) },
        );
      }
    });
  },
};
