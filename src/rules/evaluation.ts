import type { Rule } from './rule.js';

/** §6: "Avtalen skal gjelde ut 2018 og deretter evalueres." */
export const evaluation: Rule = {
  id: 'evaluation',
  clause: 'evaluation',
  severity: 'warning',
  description: 'the evaluation is recorded once it is due',
  check({ records, today }, report) {
    const { agreement } = records;
    const { due, completed } = agreement.data.evaluation;
    if (completed === null && today > due) {
      report(
        agreement.at(['evaluation', 'completed']),
        `the evaluation was due after ${due}, when the original term ended, and none is recorded: set evaluation.completed to the date it was done`,
        // The year it was due, so the parties can accept a postponed evaluation as a deviation.
        { year: Number(due.slice(0, 4)) },
      );
    }
  },
};
