import { groupBy } from '../lib/group-by.js';
import { citing } from '../model/clauses.js';
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
  description:
    "a question was on a held meeting's agenda (`consultation: <id>`) on or before the day it was brought to konsultasjonsordningen, and `notified_in` names such a meeting",
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
        const later = first ? ` (it was first on the agenda ${first.data.date}, after it was brought)` : '';
        report(
          agreement.at(['consultations', index, 'brought']),
          `"${consultation.id}" was brought to konsultasjonsordningen on ${consultation.brought}, but no held meeting had given notice of it${later}: the agreement requires the question to be raised in a collaboration meeting first${citing(agreement.data, 'consultation')}, as an agenda item with consultation: ${consultation.id}`,
        );
      }
      const notifiedIn = meetingsById.get(consultation.notified_in);
      if (notifiedIn && !raisedIn.includes(notifiedIn)) {
        const reason =
          notifiedIn.data.status === 'held'
            ? 'has no agenda item with'
            : `was not held (status: ${notifiedIn.data.status}) and cannot have given notice of`;
        report(
          agreement.at(['consultations', index, 'notified_in']),
          `meeting ${notifiedIn.id} ${reason} consultation: ${consultation.id}`,
        );
      }
    });
  },
};
