import { resolve } from 'node:path';
import { markdownTitle } from '../documents/archive-metadata.js';
import { loadFormats } from '../documents/load-formats.js';
import { exemptionOf, type MeetingDocument, meetingDocument } from '../documents/meeting-view.js';
import type { IsoDate } from '../lib/dates.js';
import { UsageError } from '../lib/errors.js';
import { printable } from '../lib/printable.js';
import { message } from '../messages/catalogue.js';
import { bodyOf } from '../records/front-matter.js';
import type { MeetingRecord } from '../records/types.js';
import { nextMeeting } from '../schedule/next-meeting.js';
import { calendarFeed } from '../session/calendar-feed.js';
import type { CommandContext } from '../session/context.js';
import { inDocumentLanguage, renderDocument } from '../session/documents.js';
import { loadEvaluation } from '../session/load-evaluation.js';
import { readCleanRecords } from '../session/records.js';
import { buildSite, type SiteDocument, type SiteMeeting } from '../site/site.js';
import { writeBuiltFolder } from '../writing/write.js';

export interface SiteOptions {
  out: string;
  public?: boolean;
  internal?: boolean;
}

/**
 * The record as a static site in a folder: the public one by default (nothing exempt from public
 * access, no personal name outside a published document), or the internal one with everything.
 */
export async function site(options: SiteOptions, context: CommandContext): Promise<number> {
  if (options.public && options.internal) throw new UsageError(message('site/public-and-internal'));
  const internal = options.internal === true;
  const records = readCleanRecords(context);
  const agreement = inDocumentLanguage(records.agreement.data, context);
  const { today } = context;
  const formats = await loadFormats();

  /** A document the parties sent, rendered as the render command writes it; dated as it went out. */
  const documentOf = (meeting: MeetingRecord, kind: MeetingDocument, date: IsoDate): SiteDocument => {
    const document = meetingDocument(kind, agreement, records.meetings, meeting, bodyOf(meeting), today);
    const markdown = renderDocument(records, document);
    const cancelled = kind === 'agenda' && meeting.data.status === 'cancelled';
    return {
      kind: cancelled ? 'cancellation' : kind,
      title: markdownTitle(markdown),
      body: formats.markdownBody(markdown),
      date,
      exempt: exemptionOf(meeting.data.exempt_from_access, kind),
    };
  };
  const meetings: SiteMeeting[] = records.meetings.map((meeting) => {
    const { data } = meeting;
    const documents: SiteDocument[] = [];
    const sent = data.status === 'cancelled' ? data.cancellation_sent : data.notice_sent;
    if (sent) documents.push(documentOf(meeting, 'agenda', sent));
    if (data.minutes_approved) documents.push(documentOf(meeting, 'minutes', data.minutes_approved));
    return { id: meeting.id, data, documents, minutesText: data.minutes_approved ? bodyOf(meeting) : null };
  });

  // The calendar as `calendar` writes it, its UIDs and sequences the same; a public one without the
  // case titles of an agenda exempt from public access.
  const calendarMeetings = internal
    ? records.meetings
    : records.meetings.map((meeting) =>
        exemptionOf(meeting.data.exempt_from_access, 'agenda') === null
          ? meeting
          : { ...meeting, data: { ...meeting.data, agenda: [] } },
      );
  const { calendar } = await calendarFeed(
    context.repositoryRoot(),
    agreement,
    calendarMeetings,
    today,
    context.io.now(),
  );
  const next = nextMeeting(agreement, records.meetings, today);

  const evaluation =
    today >= agreement.signed
      ? (await loadEvaluation()).evaluationSection(
          { agreement, meetings: records.meetings, annualPlans: records.annualPlans },
          today,
        )
      : null;
  const files = buildSite({
    agreement,
    today,
    internal,
    agreementText: formats.markdownBody(bodyOf(records.agreement)),
    meetings,
    plans: records.annualPlans.map((plan) => ({
      year: plan.data.year,
      data: plan.data,
      body: formats.markdownBody(bodyOf(plan)),
    })),
    notices: [...records.notices].map(([path, text]) => ({
      path,
      title: markdownTitle(text) || path,
      body: formats.markdownBody(text),
    })),
    evaluation,
    next:
      next.source === 'none'
        ? null
        : {
            source: next.source,
            date: next.date,
            time: next.time,
            place: next.place,
            noticeBy: next.notice_by,
            documentsBy: next.documents_by,
          },
    calendar,
  });
  writeBuiltFolder(resolve(context.io.cwd, options.out), files, context.repositoryRoot());
  const pages = files.filter((file) => file.path.endsWith('.html')).length;
  context.io.stdout(
    `${context.say(message(internal ? 'site/wrote-internal' : 'site/wrote-public', { pages, folder: printable(options.out) }))}\n`,
  );
  return 0;
}
