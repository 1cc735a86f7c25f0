import { caseOfAction, sakslister } from '../documents/saksliste.js';
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
    'every action names a case its meeting had (`item: "3/25"` as the documents number it; a plain number, the meeting\'s own agenda entry, is a warning when the documents print another), and its done date and any new due date (`rescheduled`) come after the meeting; an open action past its due date (warning)',
  check({ records, today }, report) {
    const numbered = sakslister(records.agreement.data, records.meetings);
    for (const meeting of records.meetings) {
      const items = numbered.get(meeting)?.items ?? [];
      const numbers = items.map((item) => item.number);
      const cases = numbers.length > 0 ? `${numbers[0]}–${numbers.at(-1)}` : 'none';
      meeting.data.actions.forEach((action, index) => {
        const where = meeting.at(['actions', index, 'item']);
        const printed = caseOfAction(action.item, items);
        if (typeof action.item === 'string' && printed === null && meeting.data.status !== 'cancelled') {
          report(
            where,
            `the saksliste of ${meeting.data.date} has no case ${action.item}: its cases are ${cases}; give the case the action was agreed under, as the documents number it`,
          );
        } else if (typeof action.item === 'number' && action.item > meeting.data.agenda.length) {
          report(
            where,
            `the meeting has ${meeting.data.agenda.length} agenda item${meeting.data.agenda.length === 1 ? '' : 's'}, so there is no item ${action.item}: give the case the action was agreed under as the documents number it, e.g. item: "${numbers[0] ?? '1/25'}" (its cases are ${cases})`,
          );
        } else if (typeof action.item === 'number' && printed !== null && !printed.startsWith(`${action.item}/`)) {
          // A plain number counts the meeting's own entries, while the documents print case numbers that include the standing items.
          report(
            where,
            `item: ${action.item} is the meeting's agenda entry ${action.item}, which the documents print as Sak ${printed}: write item: "${printed}" as printed, or item: "${action.item}/${printed.slice(-2)}" if Sak ${action.item}/${printed.slice(-2)} was meant`,
            { severity: 'warning' },
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
