import { type Message, message } from '../messages/catalogue.js';
import type { PropertyPath } from '../records/front-matter.js';
import { meetingIdOf, recordKind } from '../records/paths.js';
import type { LoadedRecord } from '../records/types.js';
import type { Rule } from './rule.js';

/** Every party, focus area, meeting, consultation and notice reference resolves. */
export const references: Rule = {
  id: 'references',
  clause: null,
  severity: 'error',
  messages: [
    'references/duplicate-id',
    'references/unknown-consultation',
    'references/unknown-focus-area',
    'references/unknown-meeting',
    'references/unknown-notice-file',
    'references/unknown-party',
  ],
  description: 'every party, focus area, meeting, consultation and notice file reference resolves; ids are unique',
  check({ records }, report) {
    const { agreement, meetings, annualPlans, paths } = records;
    const a = agreement.data;
    const partyIds = a.parties.map((party) => party.id);
    const focusLetters = Object.keys(a.focus_areas);
    // A meeting file that failed its own schema still exists: say so there, not here.
    const meetingIds = new Set([...paths].filter((path) => recordKind(path) === 'meeting').map(meetingIdOf));
    const consultationIds = a.consultations.map((consultation) => consultation.id);

    // Where: the record and the path of the value, located only when it does not resolve.
    type Where = [record: LoadedRecord<unknown>, path: PropertyPath, part?: 'key'];
    const expect = (
      known: readonly string[] | ReadonlySet<string>,
      value: string,
      [record, path, part]: Where,
      unknown: () => Message,
    ) => {
      const isKnown = Array.isArray(known) ? known.includes(value) : (known as ReadonlySet<string>).has(value);
      if (!isKnown) report(record.at(path, part), unknown());
    };
    const party = (value: string, where: Where) =>
      expect(partyIds, value, where, () => message('references/unknown-party', { value, known: partyIds }));
    const focus = (value: string | undefined, where: Where) =>
      value !== undefined &&
      expect(focusLetters, value, where, () =>
        message('references/unknown-focus-area', { value, known: focusLetters }),
      );
    const meeting = (value: string, where: Where) =>
      expect(meetingIds, value, where, () => message('references/unknown-meeting', { value }));
    // A notice is a file the tool wrote, or one like it, under agreement/notices/: never the agreement itself or a meeting.
    const notices = new Set([...paths].filter((path) => /^agreement\/notices\/[^/]+\.md$/i.test(path)));
    const file = (value: string, where: Where) =>
      expect(notices, value, where, () => message('references/unknown-notice-file', { value }));

    const duplicates = (ids: readonly string[], path: string) =>
      ids.forEach((id, index) => {
        if (ids.indexOf(id) !== index)
          report(agreement.at([path, index, 'id']), message('references/duplicate-id', { id, list: path }));
      });
    duplicates(partyIds, 'parties');
    duplicates(consultationIds, 'consultations');
    duplicates(
      a.obligations.map((obligation) => obligation.id),
      'obligations',
    );

    party(a.meetings.convener, [agreement, ['meetings', 'convener']]);
    party(a.meetings.rotation.first, [agreement, ['meetings', 'rotation', 'first']]);
    if (a.termination) {
      party(a.termination.by, [agreement, ['termination', 'by']]);
      if (a.termination.notice !== undefined) file(a.termination.notice, [agreement, ['termination', 'notice']]);
    }
    a.extensions.forEach((extension, index) => {
      if (extension.notice !== undefined) file(extension.notice, [agreement, ['extensions', index, 'notice']]);
    });
    a.consultations.forEach((consultation, index) => {
      party(consultation.raised_by, [agreement, ['consultations', index, 'raised_by']]);
      meeting(consultation.notified_in, [agreement, ['consultations', index, 'notified_in']]);
    });

    for (const record of meetings) {
      const m = record.data;
      party(m.chair, [record, ['chair']]);
      party(m.minutes, [record, ['minutes']]);
      for (const group of ['attendees', 'absent'] as const) {
        for (const id of Object.keys(m[group])) party(id, [record, [group, id], 'key']);
      }
      m.actions.forEach((action, index) => {
        for (const [position, id] of action.responsible.entries())
          party(id, [record, ['actions', index, 'responsible', position]]);
      });
      m.agenda.forEach((item, index) => {
        party(item.proposed_by, [record, ['agenda', index, 'proposed_by']]);
        focus(item.focus, [record, ['agenda', index, 'focus']]);
        if (item.consultation !== undefined) {
          const value = item.consultation;
          expect(consultationIds, value, [record, ['agenda', index, 'consultation']], () =>
            message('references/unknown-consultation', { value, known: consultationIds }),
          );
        }
      });
    }

    for (const record of annualPlans) {
      const plan = record.data;
      if (plan.adopted_in !== null) meeting(plan.adopted_in, [record, ['adopted_in']]);
      plan.priorities.forEach((priority, index) => {
        focus(priority.focus, [record, ['priorities', index, 'focus']]);
        priority.responsible.forEach((id, position) => {
          party(id, [record, ['priorities', index, 'responsible', position]]);
        });
      });
    }
  },
};
