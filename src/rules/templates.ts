import { meetingDocument } from '../documents/meeting-view.js';
import {
  renderTemplate,
  TemplateError,
  type TemplateName,
  type TemplateSource,
  templateSources,
} from '../documents/templates.js';
import { renewalDocument, terminationDocument } from '../documents/term-view.js';
import type { DocumentData } from '../documents/view-types.js';
import type { IsoDate } from '../lib/dates.js';
import { DOCUMENT_LANGUAGES } from '../messages/language.js';
import type { Agreement } from '../model/schemas.js';
import { bodyOf } from '../records/front-matter.js';
import type { MeetingRecord } from '../records/types.js';
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
  messages: [
    'templates/partial',
    'templates/decorator',
    'templates/javascript-property',
    'templates/helper-not-supported',
    'templates/unknown-helper',
    'templates/nested-too-deep',
    'templates/too-many-iterations',
    'templates/too-much-output',
    'templates/does-not-parse',
    'templates/cannot-render',
    'templates/handlebars',
  ],
  description:
    "every template, built-in or in `templates/`, compiles and renders against the repository's data: the agenda and minutes against the latest meeting and the one with the most agenda items, the cancellation notice against a cancelled meeting (or the latest as if cancelled), the protocols against the next renewal and a notice given today",
  check({ records, today, builtinTemplates }, report) {
    const own = records.agreement.data;
    const meetings = sampleMeetings(records.meetings);
    // The agreement's written standard, and any other the repository keeps templates of (templates/nn/).
    const languages = new Set([
      own.language,
      ...DOCUMENT_LANGUAGES.filter((language) =>
        records.templates.some((file) => file.path.startsWith(`templates/${language}/`)),
      ),
    ]);
    for (const language of languages) {
      const agreement = language === own.language ? own : { ...own, language };
      checkTemplates(templateSources(builtinTemplates, records.templates, language, own.language), agreement);
    }

    function checkTemplates(sources: readonly TemplateSource[], agreement: Agreement): void {
      for (const template of sources) {
        for (const { view, on } of sampleDocuments(template.name, agreement, records.meetings, meetings, today)) {
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
    }
  },
};

function sampleMeetings(meetings: readonly MeetingRecord[]): MeetingRecord[] {
  const held = meetings.filter((meeting) => takesATurn(meeting.data));
  const latest = held.at(-1);
  const fullest = held.reduce<MeetingRecord | undefined>(
    (best, meeting) => (!best || meeting.data.agenda.length > best.data.agenda.length ? meeting : best),
    undefined,
  );
  return [...new Set([latest, fullest])].filter((meeting): meeting is MeetingRecord => meeting !== undefined);
}

function sampleDocuments(
  name: TemplateName,
  agreement: Agreement,
  all: readonly MeetingRecord[],
  samples: readonly MeetingRecord[],
  today: IsoDate,
): DocumentData[] {
  switch (name) {
    case 'agenda':
    case 'minutes':
      return samples.map((meeting) => meetingDocument(name, agreement, all, meeting, bodyOf(meeting), today));
    case 'cancellation': {
      // A cancelled meeting of the records', or the latest one as if it were cancelled.
      const cancelled = all.find((meeting) => meeting.data.status === 'cancelled');
      const sample = cancelled ?? samples[0];
      if (!sample) return [];
      const asCancelled = cancelled ?? { ...sample, data: { ...sample.data, status: 'cancelled' as const } };
      // A cancelled meeting holds no case numbers, so its notice needs no other meeting: the records' own
      // numbering, worked out once for the other templates, is not redone for a copy with one meeting changed.
      return [meetingDocument('agenda', agreement, [asCancelled], asCancelled, bodyOf(sample), today)];
    }
    case 'renewal':
      return [renewalDocument(agreement, nextExtensionYear(agreement), today)];
    case 'termination':
      return [terminationDocument(agreement, agreement.parties[0]?.id ?? '', today, today)];
  }
}
