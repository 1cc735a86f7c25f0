import { caseOfAction, sakslister } from '../documents/saksliste.js';
import { message } from '../messages/catalogue.js';
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
  messages: [
    'actions/done-before-meeting',
    'actions/item-printed-otherwise',
    'actions/no-such-case',
    'actions/no-such-item',
    'actions/overdue',
    'actions/rescheduled-before-meeting',
  ],
  mayWarn: true,
  description:
    'every action names a case its meeting had (`item: "3/25"` as the documents number it; a plain number, the meeting\'s own agenda entry, is a warning when the documents print another), and its done date and any new due date (`rescheduled`) come after the meeting; an open action past its due date (warning)',
  check({ records, today }, report) {
    const numbered = sakslister(records.agreement.data, records.meetings);
    for (const meeting of records.meetings) {
      const items = numbered.get(meeting)?.items ?? [];
      const numbers = items.map((item) => item.number);
      const cases = numbers.length > 0 ? `${numbers[0]}–${numbers.at(-1)}` : null;
      meeting.data.actions.forEach((action, index) => {
        const where = meeting.at(['actions', index, 'item']);
        const printed = caseOfAction(action.item, items);
        if (typeof action.item === 'string' && printed === null && meeting.data.status !== 'cancelled') {
          report(where, message('actions/no-such-case', { date: meeting.data.date, item: action.item, cases }));
        } else if (typeof action.item === 'number' && action.item > meeting.data.agenda.length) {
          report(
            where,
            message('actions/no-such-item', {
              items: meeting.data.agenda.length,
              item: action.item,
              example: numbers[0] ?? '1/25',
              cases,
            }),
          );
        } else if (typeof action.item === 'number' && printed !== null && !printed.startsWith(`${action.item}/`)) {
          // A plain number counts the meeting's own entries, while the documents print case numbers that include the standing items.
          report(
            where,
            message('actions/item-printed-otherwise', {
              item: action.item,
              printed,
              meant: `${action.item}/${printed.slice(-2)}`,
            }),
            { severity: 'warning' },
          );
        }
        const { rescheduled } = action;
        if (rescheduled && rescheduled.agreed < meeting.data.date) {
          report(
            meeting.at(['actions', index, 'rescheduled', 'agreed']),
            message('actions/rescheduled-before-meeting', { date: meeting.data.date, agreed: rescheduled.agreed }),
          );
        }
        const due = rescheduled && rescheduled.agreed <= today ? rescheduled.due : action.due;
        if (action.done === null && due !== null && due < today) {
          report(
            meeting.at(rescheduled ? ['actions', index, 'rescheduled', 'due'] : ['actions', index, 'due']),
            message('actions/overdue', { text: action.text, due }),
            { severity: 'warning' },
          );
        }
        if (action.done !== null && action.done < meeting.data.date) {
          report(
            meeting.at(['actions', index, 'done']),
            message('actions/done-before-meeting', { text: action.text, done: action.done, date: meeting.data.date }),
          );
        }
      });
    }
  },
};
