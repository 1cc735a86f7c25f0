/**
 * Who approves changes to the records for each party in GitHub, as init is told (`--team`,
 * `--team-id`, `--reviewer`), and the two files that make GitHub ask for it: CODEOWNERS, which
 * requests each party's review, and a ruleset for main (GitHub's ruleset JSON, imported in the
 * repository's settings), which requires the check and, for a team it knows by id, that team's approval.
 */

import { UsageError } from '../lib/errors.js';
import { printable } from '../lib/printable.js';
import { message } from '../messages/catalogue.js';

export interface PartyApprovers {
  team?: string;
  team_id?: number;
  reviewers: string[];
}

export interface ApproverOptions {
  /** PARTY=@ORG/TEAM */
  team?: string[];
  /** PARTY=NUMBER */
  teamId?: string[];
  /** PARTY=LOGIN, once for each person */
  reviewer?: string[];
}

/** The folders that hold the records, and the workflow that checks them: each party approves a change to them. */
export const RECORD_PATHS = ['agreement', 'meetings', 'annual-plans', 'templates', '.github'] as const;

/** Where init writes the ruleset, for the repository's settings to import. */
export const RULESET_PATH = '.github/rulesets/main.json';

/** The status check the ruleset requires: the workflow's job that validates the records. */
export const REQUIRED_CHECK = 'validate';

export function parseApprovers(parties: readonly string[], options: ApproverOptions): Record<string, PartyApprovers> {
  const approvers: Record<string, PartyApprovers> = {};
  const each = (
    option: string,
    values: readonly string[] = [],
    take: (into: PartyApprovers, value: string) => void,
  ) => {
    for (const given of values) {
      const match = /^([^=]+)=(.+)$/.exec(given);
      const party = match?.[1]?.trim() ?? '';
      if (!match || !parties.includes(party) || printable(given) !== given) {
        throw new UsageError(message('option/approver-form', { option, parties, value: printable(given) }));
      }
      approvers[party] ??= { reviewers: [] };
      take(approvers[party], (match[2] ?? '').trim());
    }
  };
  each('--team', options.team, (into, value) => {
    into.team = value;
  });
  each('--team-id', options.teamId, (into, value) => {
    if (!/^[1-9]\d{0,15}$/.test(value))
      throw new UsageError(message('option/team-id-form', { value: printable(value) }));
    into.team_id = Number(value);
  });
  each('--reviewer', options.reviewer, (into, value) => {
    into.reviewers.push(value);
  });
  return approvers;
}

interface NamedParty {
  id: string;
  short: string;
  github?: PartyApprovers | undefined;
}

/** Who a party's review is asked of: its team, or else each person named for it. */
function ownersOf(party: NamedParty): string[] {
  if (party.github?.team) return [party.github.team];
  return (party.github?.reviewers ?? []).map((login) => `@${login}`);
}

export function codeowners(parties: readonly NamedParty[]): string {
  const owners = parties.flatMap(ownersOf);
  const missing = parties.filter((party) => ownersOf(party).length === 0);
  const width = Math.max(...RECORD_PATHS.map((path) => path.length)) + 3;
  return `${[
    "# Who reviews a change to the agreement's records: each party's team, or the people named for it.",
    '# Several owners on one line means any one of them; that each party approves is what the ruleset',
    '# (.github/rulesets/) requires of a team it knows by id, and what validate --approvals checks in the',
    '# workflow for the people the agreement names (parties[].github.reviewers).',
    ...missing.map(
      (party) =>
        `# ${party.short}: no team or reviewer yet. Add one here and in the agreement (parties[].github), in a pull request.`,
    ),
    ...(owners.length > 0 ? RECORD_PATHS.map((path) => `/${path}/`.padEnd(width) + owners.join(' ')) : []),
  ].join('\n')}\n`;
}

export function ruleset(parties: readonly NamedParty[]): string {
  const teams = parties.filter((party) => party.github?.team_id !== undefined);
  const pullRequest = {
    required_approving_review_count: parties.length,
    dismiss_stale_reviews_on_push: true,
    require_code_owner_review: true,
    require_last_push_approval: true,
    required_review_thread_resolution: false,
    allowed_merge_methods: ['merge', 'squash', 'rebase'],
    ...(teams.length > 0
      ? {
          required_reviewers: teams.map((party) => ({
            minimum_approvals: 1,
            file_patterns: RECORD_PATHS.map((path) => `${path}/**`),
            reviewer: { id: party.github?.team_id, type: 'Team' },
          })),
        }
      : {}),
  };
  return `${JSON.stringify(
    {
      name: `main: changes to the records approved by ${parties.map((party) => party.short).join(' and ')}`,
      target: 'branch',
      enforcement: 'active',
      conditions: { ref_name: { include: ['~DEFAULT_BRANCH'], exclude: [] } },
      bypass_actors: [],
      rules: [
        { type: 'deletion' },
        { type: 'non_fast_forward' },
        { type: 'pull_request', parameters: pullRequest },
        {
          type: 'required_status_checks',
          parameters: {
            strict_required_status_checks_policy: false,
            do_not_enforce_on_create: false,
            required_status_checks: [{ context: REQUIRED_CHECK }],
          },
        },
      ],
    },
    null,
    2,
  )}\n`;
}
