import { message } from '../messages/catalogue.js';
import type { Rule } from './rule.js';

/** §6: "Avtalen skal gjelde ut 2018 og deretter evalueres." */
export const evaluation: Rule = {
  id: 'evaluation',
  clause: 'evaluation',
  severity: 'warning',
  messages: ['evaluation/not-recorded'],
  description: 'the evaluation is recorded once it is due',
  check({ records, today }, report) {
    const { agreement } = records;
    const { due, completed } = agreement.data.evaluation;
    if (completed === null && today > due) {
      report(
        agreement.at(['evaluation', 'completed']),
        message('evaluation/not-recorded', { due }),
        // The year it was due, so the parties can accept a postponed evaluation as a deviation.
        { year: Number(due.slice(0, 4)) },
      );
    }
  },
};
