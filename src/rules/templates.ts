import { renderTemplate, TemplateError, type TemplateName, templateSources } from '../documents/templates.js';
import { agreementView, meetingView, renewalView, terminationView } from '../documents/view.js';
import { yearOf } from '../lib/dates.js';
import type { Agreement } from '../model/schemas.js';
import type { MeetingLike } from '../schedule/requirement.js';
import { takesATurn } from '../schedule/rotation.js';
import { extendedEnd } from '../term/term.js';
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
      for (const view of sampleViews(template.name, agreement, records.meetings, meetings, today)) {
        try {
          renderTemplate(template, view, agreement);
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
): object[] {
  const base = { agreement: agreementView(agreement) };
  switch (name) {
    case 'agenda':
    case 'minutes':
      return samples.map((meeting) => ({ ...base, meeting: meetingView(agreement, all, meeting) }));
    case 'renewal':
      return [{ ...base, renewal: renewalView(agreement, yearOf(extendedEnd(agreement)) + 1, today) }];
    case 'termination':
      return [{ ...base, termination: terminationView(agreement, agreement.parties[0]?.id ?? '', today) }];
  }
}
