/**
 * Two-party approval as code in a records repository init makes: who approves for each party in the
 * agreement, CODEOWNERS asking each party's review of the records, and a ruleset for main that requires
 * the check, pull requests, fresh approvals and, for a team known by id, that team's approval.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runCli } from '../helpers/cli.js';
import { INIT_OPTIONS, INIT_TODAY } from '../helpers/init.js';
import { temporaryFolder } from '../helpers/repository.js';

const NO_PACK = ['--install', 'git=https://example.org/partnership.git#v0.1.0', '--no-commit'];
const APPROVERS = ['--team', 'ks=@ks-no/digitalisering', '--team-id', 'ks=4242', '--reviewer', 'kdd=kari-kdd'];

interface Ruleset {
  name: string;
  target: string;
  enforcement: string;
  conditions: { ref_name: { include: string[] } };
  rules: Array<{ type: string; parameters?: Record<string, unknown> }>;
}

async function initWith(...options: string[]) {
  const folder = join(temporaryFolder(), 'avtale');
  const result = await runCli(['init', folder, ...INIT_OPTIONS, ...NO_PACK, ...options, ...INIT_TODAY], {
    cwd: temporaryFolder(),
  });
  return { folder, ...result };
}

describe('init and two-party approval', () => {
  it('records who approves for each party, and writes CODEOWNERS and a ruleset that name both and require the check', async () => {
    const { folder, code, stderr, stdout } = await initWith(...APPROVERS);
    expect(code, stderr).toBe(0);
    expect(stdout).toContain('  .github/CODEOWNERS\n  .github/rulesets/main.json\n');

    const agreement = readFileSync(join(folder, 'agreement/agreement.md'), 'utf8');
    const data = parse(agreement.slice(4, agreement.indexOf('\n---\n', 4))) as {
      parties: Array<{ id: string; github?: unknown }>;
    };
    expect(data.parties.map((party) => [party.id, party.github])).toEqual([
      ['ks', { team: '@ks-no/digitalisering', team_id: 4242, reviewers: [] }],
      ['kdd', { reviewers: ['kari-kdd'] }],
    ]);

    const owners = readFileSync(join(folder, '.github/CODEOWNERS'), 'utf8')
      .split('\n')
      .filter((line) => line && !line.startsWith('#'))
      .map((line) => line.split(/\s+/));
    expect(owners).toEqual(
      ['/agreement/', '/meetings/', '/annual-plans/', '/templates/', '/.github/'].map((path) => [
        path,
        '@ks-no/digitalisering',
        '@kari-kdd',
      ]),
    );

    const ruleset = JSON.parse(readFileSync(join(folder, '.github/rulesets/main.json'), 'utf8')) as Ruleset;
    expect(ruleset).toMatchObject({
      name: 'main: changes to the records approved by KS and KDD',
      target: 'branch',
      enforcement: 'active',
      conditions: { ref_name: { include: ['~DEFAULT_BRANCH'] } },
    });
    const rule = (type: string) => ruleset.rules.find((each) => each.type === type)?.parameters;
    expect(rule('pull_request')).toMatchObject({
      required_approving_review_count: 2,
      dismiss_stale_reviews_on_push: true,
      require_code_owner_review: true,
      require_last_push_approval: true,
      required_reviewers: [
        {
          minimum_approvals: 1,
          file_patterns: ['agreement/**', 'meetings/**', 'annual-plans/**', 'templates/**', '.github/**'],
          reviewer: { id: 4242, type: 'Team' },
        },
      ],
    });
    expect(rule('required_status_checks')).toMatchObject({ required_status_checks: [{ context: 'validate' }] });
    // The check the ruleset requires is the workflow's job of that name.
    const workflow = parse(readFileSync(join(folder, '.github/workflows/records.yml'), 'utf8')) as {
      jobs: Record<string, unknown>;
    };
    expect(Object.keys(workflow.jobs)).toContain('validate');
    expect((await runCli(['validate', ...INIT_TODAY], { cwd: folder })).code).toBe(0);
  });

  it('says in CODEOWNERS which party has no one yet, and the ruleset asks no team it does not know', async () => {
    const { folder, code } = await initWith('--reviewer', 'kdd=kari-kdd');
    expect(code).toBe(0);
    const owners = readFileSync(join(folder, '.github/CODEOWNERS'), 'utf8');
    expect(owners).toContain('# KS: no team or reviewer yet.');
    expect(owners).toMatch(/^\/meetings\/\s+@kari-kdd$/m);
    const ruleset = JSON.parse(readFileSync(join(folder, '.github/rulesets/main.json'), 'utf8')) as Ruleset;
    expect(ruleset.rules.find((each) => each.type === 'pull_request')?.parameters).not.toHaveProperty(
      'required_reviewers',
    );
  });

  it.each([
    [['--reviewer', 'hod=kari'], 2, /--reviewer takes PARTY=VALUE with a party of ks, kdd/],
    [['--team-id', 'ks=fire'], 2, /--team-id takes the team's number on GitHub/],
    [
      ['--team', 'ks=ks-no'],
      2,
      /expected a GitHub team as GitHub writes it, e\.g\. @ks-no\/plansamarbeid, not "ks-no"/,
    ],
    [['--reviewer', 'kdd=kari kdd'], 2, /expected a GitHub login as GitHub writes it/],
  ])('refuses %j with exit %i, writing nothing', async (options, exit, said) => {
    const { folder, code, stderr } = await initWith(...options);
    expect(code).toBe(exit);
    expect(stderr).toMatch(said);
    expect(() => readFileSync(join(folder, 'agreement/agreement.md'))).toThrow();
  });
});
