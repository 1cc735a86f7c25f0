import type { Location } from '../model/finding.js';
import { meetingIdOf, recordKind } from '../records/load.js';
import type { Rule } from './rule.js';

/** Every party, focus area, meeting, consultation and notice reference resolves. */
export const references: Rule = {
  id: 'references',
  clause: null,
  severity: 'error',
  description: 'every party, focus area, meeting and consultation reference resolves',
  check({ records }, report) {
    const { agreement, meetings, annualPlans, paths } = records;
    const a = agreement.data;
    const partyIds = a.parties.map((party) => party.id);
    const focusLetters = Object.keys(a.focus_areas);
    // A meeting file that failed its own schema still exists: say so there, not here.
    const meetingIds = new Set([...paths].filter((path) => recordKind(path) === 'meeting').map(meetingIdOf));
    const consultationIds = a.consultations.map((consultation) => consultation.id);

    const expect = (known: readonly string[] | ReadonlySet<string>, what: string, value: string, location: Location, advice: string) => {
      const isKnown = Array.isArray(known) ? known.includes(value) : (known as ReadonlySet<string>).has(value);
      if (!isKnown) report(location, `unknown ${what} "${value}": ${advice}`);
    };
    const party = (value: string, location: Location) => expect(partyIds, 'party', value, location, `use one of ${partyIds.join(', ')}`);
    const focus = (value: string | undefined, location: Location) =>
      value !== undefined && expect(focusLetters, 'focus area', value, location, `use one of ${focusLetters.join(', ')} (§2)`);
    const meeting = (value: string, location: Location) =>
      expect(meetingIds, 'meeting', value, location, `no file meetings/${value}.md; use a meeting's file name without .md`);
    const file = (value: string, location: Location) =>
      expect(paths, 'file', value, location, 'the path is relative to the repository root, e.g. agreement/notices/2019-forlengelse.md');

    const duplicates = (ids: readonly string[], path: string) =>
      ids.forEach((id, index) => {
        if (ids.indexOf(id) !== index) report(agreement.at([path, index, 'id']), `the id "${id}" is used twice in ${path}: ids must be unique`);
      });
    duplicates(partyIds, 'parties');
    duplicates(consultationIds, 'consultations');
    duplicates(a.obligations.map((obligation) => obligation.id), 'obligations');

    party(a.meetings.convener, agreement.at(['meetings', 'convener']));
    party(a.meetings.rotation.first, agreement.at(['meetings', 'rotation', 'first']));
    if (a.termination) {
      party(a.termination.by, agreement.at(['termination', 'by']));
      file(a.termination.notice, agreement.at(['termination', 'notice']));
    }
    a.extensions.forEach((extension, index) => file(extension.notice, agreement.at(['extensions', index, 'notice'])));
    a.consultations.forEach((consultation, index) => {
      party(consultation.raised_by, agreement.at(['consultations', index, 'raised_by']));
      meeting(consultation.notified_in, agreement.at(['consultations', index, 'notified_in']));
    });

    for (const record of meetings) {
      const m = record.data;
      party(m.chair, record.at(['chair']));
      party(m.minutes, record.at(['minutes']));
      for (const group of ['attendees', 'absent'] as const) {
        for (const id of Object.keys(m[group])) party(id, record.at([group, id], 'key'));
      }
      m.agenda.forEach((item, index) => {
        party(item.proposed_by, record.at(['agenda', index, 'proposed_by']));
        focus(item.focus, record.at(['agenda', index, 'focus']));
        if (item.consultation !== undefined) {
          expect(consultationIds, 'consultation', item.consultation, record.at(['agenda', index, 'consultation']),
            `declare it under consultations in agreement/agreement.md first${consultationIds.length ? ` (known: ${consultationIds.join(', ')})` : ''}`);
        }
      });
    }

    for (const record of annualPlans) {
      const plan = record.data;
      if (plan.adopted_in !== null) meeting(plan.adopted_in, record.at(['adopted_in']));
      plan.priorities.forEach((priority, index) => {
        focus(priority.focus, record.at(['priorities', index, 'focus']));
        priority.responsible.forEach((id, position) => party(id, record.at(['priorities', index, 'responsible', position])));
      });
    }
  },
};
