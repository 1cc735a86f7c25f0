import { addDays } from '../dates.js';
import type { MeetingRecord } from '../records/load.js';
import { partyName, type Rule, type RuleContext, type Report } from './rule.js';

/** §2: the convener (KMD) sends the notice and the case documents, notice_days and documents_days ahead. */
export const convener: Rule = {
  id: 'convener',
  clause: '§2',
  severity: 'warning',
  description: 'notice and documents were sent, and notice_days / documents_days ahead',
  check(context, report) {
    const { notice_days, documents_days } = context.records.agreement.data.meetings;
    for (const meeting of context.records.meetings) {
      if (meeting.data.status === 'cancelled') continue;
      checkSent(context, report, meeting, 'notice_sent', 'the notice (innkalling)', notice_days);
      checkSent(context, report, meeting, 'documents_sent', 'the case documents', documents_days);
    }
  },
};

function checkSent(
  context: RuleContext,
  report: Report,
  meeting: MeetingRecord,
  field: 'notice_sent' | 'documents_sent',
  what: string,
  daysAhead: number,
): void {
  const { date, status } = meeting.data;
  const sent = meeting.data[field];
  const dueBy = addDays(date, -daysAhead);
  const convenerName = partyName(context, context.records.agreement.data.meetings.convener);
  if (sent === null) {
    if (status === 'held') {
      report(meeting.at([field], 'key'), `no ${field} recorded for a held meeting: record the date ${convenerName} sent ${what} (due by ${dueBy})`);
    } else if (context.today > dueBy) {
      report(meeting.at([field], 'key'), `${what} should have gone out by ${dueBy}, ${daysAhead} days before the meeting: ${convenerName} sends it; record the date in ${field}`);
    }
    return;
  }
  if (sent > dueBy) {
    report(meeting.at([field]), `${what} went out ${sent}, later than ${dueBy} (${daysAhead} days before the meeting)`);
  }
}
