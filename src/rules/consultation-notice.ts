import { groupBy } from '../lib/group-by.js';
import { message } from '../messages/catalogue.js';
import { clauseReference } from '../model/clauses.js';
import type { Rule } from './rule.js';

/**
 * §2: a question for konsultasjonsordningen "skal først varsles i det første
 * aktuelle samarbeidsmøtet": a held meeting on or before the day it was
 * brought must have it on its agenda.
 */
export const consultationNotice: Rule = {
  id: 'consultation-notice',
  clause: 'consultation',
  severity: 'error',
  messages: [
    'consultation-notice/brought-before-notice',
    'consultation-notice/cancelled-meeting',
    'consultation-notice/not-on-agenda',
  ],
  description:
    "a question was on a held meeting's agenda (`consultation: <id>`) on or before the day it was brought to konsultasjonsordningen, and `notified_in` names a meeting that has it on its agenda: a held one, or a planned one that will raise it (a cancelled one gave no notice)",
  check({ records }, report) {
    const { agreement, meetings } = records;
    const raisedInHeld = groupBy(
      meetings
        .filter((meeting) => meeting.data.status === 'held')
        .flatMap((meeting) =>
          meeting.data.agenda.flatMap((item) => (item.consultation ? [{ meeting, id: item.consultation }] : [])),
        ),
      (raised) => raised.id,
    );
    const meetingsById = new Map(meetings.map((meeting) => [meeting.id, meeting]));
    agreement.data.consultations.forEach((consultation, index) => {
      const raisedIn = (raisedInHeld.get(consultation.id) ?? []).map((raised) => raised.meeting);
      const first = raisedIn[0];
      if (consultation.brought !== null && (!first || first.data.date > consultation.brought)) {
        report(
          agreement.at(['consultations', index, 'brought']),
          message('consultation-notice/brought-before-notice', {
            id: consultation.id,
            brought: consultation.brought,
            first: first?.data.date ?? null,
            clause: clauseReference(agreement.data, 'consultation'),
          }),
        );
      }
      const notifiedIn = meetingsById.get(consultation.notified_in);
      if (!notifiedIn) return;
      const where = agreement.at(['consultations', index, 'notified_in']);
      const onAgenda = notifiedIn.data.agenda.some((item) => item.consultation === consultation.id);
      // A notice on a planned meeting's agenda stands until the meeting is held: it is how the question is raised.
      if (notifiedIn.data.status === 'cancelled') {
        report(
          where,
          message('consultation-notice/cancelled-meeting', { meeting: notifiedIn.id, id: consultation.id }),
        );
      } else if (!onAgenda) {
        report(
          where,
          message('consultation-notice/not-on-agenda', {
            meeting: notifiedIn.id,
            id: consultation.id,
            planned: notifiedIn.data.status === 'planned',
          }),
        );
      }
    });
  },
};
