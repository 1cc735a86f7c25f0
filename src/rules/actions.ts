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
  description:
    "every action's agenda item is one the meeting had, and its done date and any new due date (`rescheduled`) come after the meeting; an open action past its due date (warning)",
  check({ records, today }, report) {
    for (const meeting of records.meetings) {
      meeting.data.actions.forEach((action, index) => {
        if (action.item !== undefined && action.item > meeting.data.agenda.length) {
          report(
            meeting.at(['actions', index, 'item']),
            `the meeting has ${meeting.data.agenda.length} agenda item${meeting.data.agenda.length === 1 ? '' : 's'}, so there is no item ${action.item}: number the items from 1 in the order of agenda`,
          );
        }
        const { rescheduled } = action;
        if (rescheduled && rescheduled.agreed < meeting.data.date) {
          report(
            meeting.at(['actions', index, 'rescheduled', 'agreed']),
            `a new due date is agreed after the meeting of ${meeting.data.date}, not on ${rescheduled.agreed}: give the day the parties agreed it`,
          );
        }
        const due = rescheduled && rescheduled.agreed <= today ? rescheduled.due : action.due;
        if (action.done === null && due !== null && due < today) {
          report(
            meeting.at(rescheduled ? ['actions', index, 'rescheduled', 'due'] : ['actions', index, 'due']),
            `"${action.text}" was due ${due} and is not recorded as done: record the date it was done in done, or a new due date the parties agreed in rescheduled: { due: …, agreed: … } (both may be recorded after the minutes are approved)`,
            { severity: 'warning' },
          );
        }
        if (action.done !== null && action.done < meeting.data.date) {
          report(
            meeting.at(['actions', index, 'done']),
            `"${action.text}" is recorded as done ${action.done}, before the meeting of ${meeting.data.date} agreed it: give the day it was done`,
          );
        }
      });
    }
  },
};
