import type { Rule } from './rule.js';

/**
 * The follow-up ledger: each action agreed in a meeting names an agenda item
 * the meeting had, and an open action past its due date is a warning until it
 * is recorded as done. That its responsible parties are the agreement's is the
 * references rule's, as every other party a record names.
 */
export const actions: Rule = {
  id: 'actions',
  clause: 'meetings',
  severity: 'error',
  mayWarn: true,
  description: "every action's agenda item is one the meeting had; an open action past its due date (warning)",
  check({ records, today }, report) {
    for (const meeting of records.meetings) {
      meeting.data.actions.forEach((action, index) => {
        if (action.item !== undefined && action.item > meeting.data.agenda.length) {
          report(
            meeting.at(['actions', index, 'item']),
            `the meeting has ${meeting.data.agenda.length} agenda item${meeting.data.agenda.length === 1 ? '' : 's'}, so there is no item ${action.item}: number the items from 1 in the order of agenda`,
          );
        }
        if (action.done === null && action.due !== null && action.due < today) {
          report(
            meeting.at(['actions', index, 'due']),
            `"${action.text}" was due ${action.due} and is not recorded as done: record the date in done, or agree a new due date`,
            { severity: 'warning' },
          );
        }
      });
    }
  },
};
