import { message } from '../messages/catalogue.js';
import { partyShortName } from '../model/parties.js';
import type { MeetingRecord, Records } from '../records/types.js';
import type { Rule } from './rule.js';

const AGREEMENT_FILE = 'agreement/agreement.md';

/**
 * Both parties agree to what becomes final (`validate --base REF --approvals FILE`): a pull request that
 * changes a final record, or makes one final (the agreement and its notices, a held meeting, approved
 * minutes), needs an approval from each party. Who approves for a party is what the agreement at the
 * base says (`github.reviewers`), never what the pull request says of itself. A party whose team the
 * ruleset requires by its id, and who names no one, is left to the ruleset: a review does not say which
 * team the reviewer is in.
 */
export const approvals: Rule = {
  id: 'approvals',
  clause: null,
  severity: 'error',
  messages: ['approvals/party-not-approved', 'approvals/party-without-reviewers'],
  // Two parties' consent is the point: a pull request cannot explain it away for itself.
  explainable: false,
  description:
    'with `--base REF --approvals FILE` only: a change to a final record (the agreement, its notices, a held meeting, approved minutes) has an approval from each party, by a login its `github.reviewers` names at REF',
  check({ records, base, approvals: given, today }, report) {
    if (!base || !given) return;
    const changed = finalChanges(base, records);
    const [first] = changed;
    if (!first) return;
    const trusted = base.agreement ?? records.agreement;
    const files = changed.join(', ');
    trusted.data.parties.forEach((party, index) => {
      const name = partyShortName(trusted.data, party.id, today);
      const reviewers = party.github?.reviewers ?? [];
      if (reviewers.length === 0) {
        if (party.github?.team_id === undefined) {
          report(
            records.agreement.at(['parties', index], 'key'),
            message('approvals/party-without-reviewers', { party: name, index, files }),
          );
        }
        return;
      }
      if (reviewers.some((login) => given.approvedBy.has(login.toLowerCase()))) return;
      report(
        { file: first, line: 1, column: 1 },
        message('approvals/party-not-approved', { party: name, files, reviewers: reviewers.join(', ') }),
      );
    });
  },
};

/** The files a change makes different among those final before it or after it, in path order. */
function finalChanges(base: Records, records: Records): string[] {
  const changed = new Set<string>();
  if (base.agreement?.text !== records.agreement?.text) changed.add(AGREEMENT_FILE);
  for (const path of new Set([...base.notices.keys(), ...records.notices.keys()])) {
    if (base.notices.get(path) !== records.notices.get(path)) changed.add(path);
  }
  const before = new Map(base.meetings.map((meeting) => [meeting.file, meeting]));
  const after = new Map(records.meetings.map((meeting) => [meeting.file, meeting]));
  for (const file of new Set([...before.keys(), ...after.keys()])) {
    const [was, is] = [before.get(file), after.get(file)];
    if (was?.text !== is?.text && (isFinal(was) || isFinal(is))) changed.add(file);
  }
  return [...changed].sort();
}

function isFinal(meeting: MeetingRecord | undefined): boolean {
  return meeting !== undefined && (meeting.data.status === 'held' || meeting.data.minutes_approved !== null);
}
