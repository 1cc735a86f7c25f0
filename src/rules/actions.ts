import type { Rule } from './rule.js';

/**
 * The follow-up ledger: each action agreed in a meeting names parties of the
 * agreement and an agenda item the meeting had, and an open action past its
 * due date is a warning until it is recorded as done.
 */
export const actions: Rule = {
  id: 'actions',
  clause: 'meetings',
  severity: 'error',
  mayWarn: true,
  description: "every action's responsible parties and agenda item resolve; an open action past its due date (warning)",
  check({ records, today }, report) {
    const parties = records.agreement.data.parties.map((party) => party.id);
    for (const meeting of records.meetings) {
      meeting.data.actions.forEach((action, index) => {
        action.responsible.forEach((party, position) => {
          if (!parties.includes(party)) {
            report(
              meeting.at(['actions', index, 'responsible', position]),
              `unknown party "${party}": use one of ${parties.join(', ')}`,
            );
          }
        });
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
