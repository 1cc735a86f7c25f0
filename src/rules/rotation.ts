import { partyShortName } from '../model/parties.js';
import { expectedRoles } from '../schedule/rotation.js';
import type { Rule } from './rule.js';

/** §2: chairing and minutes rotate between the parties, over held and planned meetings in date order. */
export const rotation: Rule = {
  id: 'rotation',
  clause: 'meetings',
  severity: 'error',
  description:
    'chair and minutes follow the rotation over held and planned meetings in date order, cancelled ones skipped, unless `rotation_note` explains',
  check(context, report) {
    const { agreement, meetings } = context.records;
    const mode = agreement.data.meetings.rotation.roles;
    for (const { meeting, turn, roles } of expectedRoles(agreement.data, meetings)) {
      if (meeting.data.rotation_note !== null) continue;
      const position = `meeting ${turn + 1} in the rotation (${mode} roles, first turn ${partyShortName(context.records.agreement.data, agreement.data.meetings.rotation.first, context.today)}, cancelled meetings skipped)`;
      for (const role of ['chair', 'minutes'] as const) {
        const actual = meeting.data[role];
        if (actual === roles[role]) continue;
        const title = role === 'chair' ? 'chairs' : 'takes the minutes';
        report(
          meeting.at([role]),
          `${partyShortName(context.records.agreement.data, roles[role], context.today)} ${title} at ${position}, not ${partyShortName(context.records.agreement.data, actual, context.today)}: set ${role}: ${roles[role]}, or explain the deviation in rotation_note`,
        );
      }
    }
  },
};
