import { message } from '../messages/catalogue.js';
import { partyShortName } from '../model/parties.js';
import type { MeetingRecord } from '../records/types.js';
import { type Deadline, meetingDeadlines, overdue, sentLate } from '../schedule/deadlines.js';
import type { Report, Rule, RuleContext } from './rule.js';

/** §2: the convener (KMD) sends the notice and the case documents, notice_days and documents_days ahead. */
export const convener: Rule = {
  id: 'convener',
  clause: 'meetings',
  severity: 'warning',
  messages: ['convener/not-recorded-for-held', 'convener/overdue', 'convener/sent-late'],
  description: 'the notice and the case documents were sent, `notice_days` / `documents_days` ahead',
  check(context, report) {
    const agreement = context.records.agreement.data;
    for (const meeting of context.records.meetings) {
      if (meeting.data.status === 'cancelled') continue;
      const { notice, documents } = meetingDeadlines(agreement, meeting.data.date);
      checkSent(context, report, meeting, notice, 'notice');
      checkSent(context, report, meeting, documents, 'documents');
    }
  },
};

function checkSent(
  context: RuleContext,
  report: Report,
  meeting: MeetingRecord,
  deadline: Deadline,
  what: 'notice' | 'documents',
): void {
  const { field, days, dueBy } = deadline;
  const sent = meeting.data[field];
  if (sent === null) {
    const convenerName = partyShortName(
      context.records.agreement.data,
      context.records.agreement.data.meetings.convener,
      context.today,
    );
    if (meeting.data.status === 'held') {
      report(
        meeting.at([field], 'key'),
        message('convener/not-recorded-for-held', { field, convener: convenerName, what, due: dueBy }),
      );
    } else if (overdue(deadline, sent, context.today)) {
      report(
        meeting.at([field], 'key'),
        message('convener/overdue', { field, convener: convenerName, what, due: dueBy, days }),
      );
    }
    return;
  }
  if (sentLate(deadline, sent)) {
    report(meeting.at([field]), message('convener/sent-late', { what, sent, due: dueBy, days }));
  }
}
