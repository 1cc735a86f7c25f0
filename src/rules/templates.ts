import { renderTemplate, TemplateError, type TemplateName, templateSources } from '../documents/templates.js';
import { agreementView, meetingView, renewalView, terminationView } from '../documents/view.js';
import type { IsoDate } from '../lib/dates.js';
import type { Agreement } from '../model/schemas.js';
import type { MeetingLike } from '../schedule/requirement.js';
import { takesATurn } from '../schedule/rotation.js';
import { nextExtensionYear } from '../term/extension.js';
import type { Rule } from './rule.js';

/**
 * Every template, built-in or overriding, compiles and renders against the
 * repository's own data: the agenda and minutes against the latest meeting and
 * the one with the most agenda items, the protocols against the next renewal
 * and a notice given today by the first party.
 */
export const templates: Rule = {
  id: 'templates',
  clause: null,
  severity: 'error',
  description:
    "every template, built-in or in `templates/`, compiles and renders against the repository's data: the agenda and minutes against the latest meeting and the one with the most agenda items, the protocols against the next renewal and a notice given today",
  check({ records, today, builtinTemplates }, report) {
    const agreement = records.agreement.data;
    const meetings = sampleMeetings(records.meetings);
    for (const template of templateSources(builtinTemplates, records.templates)) {
      for (const { view, on } of sampleViews(template.name, agreement, records.meetings, meetings, today)) {
        try {
          renderTemplate(template, view, agreement, on);
        } catch (error) {
          if (!(error instanceof TemplateError)) throw error;
          const { file, line, column, message } = error.problem;
          report({ file, line, column }, message);
          break;
        }
      }
    }
  },
};

function sampleMeetings(meetings: readonly MeetingLike[]): MeetingLike[] {
  const held = meetings.filter((meeting) => takesATurn(meeting.data));
  const latest = held.at(-1);
  const fullest = held.reduce<MeetingLike | undefined>(
    (best, meeting) => (!best || meeting.data.agenda.length > best.data.agenda.length ? meeting : best),
    undefined,
  );
  return [...new Set([latest, fullest])].filter((meeting): meeting is MeetingLike => meeting !== undefined);
}

function sampleViews(
  name: TemplateName,
  agreement: Agreement,
  all: readonly MeetingLike[],
  samples: readonly MeetingLike[],
  today: string,
): Array<{ view: object; on: IsoDate }> {
  const on = (date: IsoDate, view: object) => ({
    view: { agreement: agreementView(agreement, date), ...view },
    on: date,
  });
  switch (name) {
    case 'agenda':
    case 'minutes':
      return samples.map((meeting) => on(meeting.data.date, { meeting: meetingView(agreement, all, meeting) }));
    case 'renewal':
      return [on(today, { renewal: renewalView(agreement, nextExtensionYear(agreement), today) })];
    case 'termination':
      return [on(today, { termination: terminationView(agreement, agreement.parties[0]?.id ?? '', today, today) })];
  }
}
