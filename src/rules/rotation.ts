import { message } from '../messages/catalogue.js';
import { partyShortName } from '../model/parties.js';
import { expectedRoles } from '../schedule/rotation.js';
import type { Rule } from './rule.js';

/** §2: chairing and minutes rotate between the parties, over held and planned meetings in date order. */
export const rotation: Rule = {
  id: 'rotation',
  clause: 'meetings',
  severity: 'error',
  messages: ['rotation/out-of-turn'],
  description:
    'chair and minutes follow the rotation over held and planned meetings in date order, cancelled ones skipped, unless `rotation_note` explains',
  check(context, report) {
    const { agreement, meetings } = context.records;
    const mode = agreement.data.meetings.rotation.roles;
    for (const { meeting, turn, roles } of expectedRoles(agreement.data, meetings)) {
      if (meeting.data.rotation_note !== null) continue;
      const nameOf = (party: string) => partyShortName(agreement.data, party, context.today);
      for (const role of ['chair', 'minutes'] as const) {
        const actual = meeting.data[role];
        if (actual === roles[role]) continue;
        report(
          meeting.at([role]),
          message('rotation/out-of-turn', {
            expected: nameOf(roles[role]),
            expectedId: roles[role],
            actual: nameOf(actual),
            role,
            turn: turn + 1,
            roles: mode,
            first: nameOf(agreement.data.meetings.rotation.first),
          }),
        );
      }
    }
  },
};
