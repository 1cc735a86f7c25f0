import { message } from '../messages/catalogue.js';
import type { Rule } from './rule.js';

/** §3 and §4: duties with a due date, warned about while past due and not done. */
export const obligations: Rule = {
  id: 'obligations',
  clause: null,
  severity: 'warning',
  messages: ['obligations/overdue'],
  description: 'no duty is past due and not done',
  check({ records, today }, report) {
    const { agreement } = records;
    agreement.data.obligations.forEach((obligation, index) => {
      if (obligation.done === null && obligation.due < today) {
        report(
          agreement.at(['obligations', index, 'due']),
          message('obligations/overdue', { id: obligation.id, text: obligation.text, due: obligation.due }),
          { clause: `§${obligation.clause}`, year: Number(obligation.due.slice(0, 4)) },
        );
      }
    });
  },
};
