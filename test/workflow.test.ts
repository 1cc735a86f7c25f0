/**
 * The workflows that guard records: this repository's and every one `init` writes. They pass the
 * GitHub Actions schema, and a pull request cannot make them run its own code beside the check: no
 * checkout keeps the token, no install runs a script of the pull request, and the tool that checks
 * the records is the one the target branch pins. The last case plays a records repository's job on
 * a hostile pull request and shows which tool ran.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { validateWorkflow } from '@action-validator/core';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ACTIONS } from '../src/setup/actions.js';
import { workflow } from '../src/setup/repository-files.js';
import { BIN } from './helpers/cli.js';
import { INIT_OPTIONS, INIT_TODAY } from './helpers/init.js';
import { npm, npmFreeEnvironment } from './helpers/npm.js';
import { fixturePath, git, PROJECT_ROOT, temporaryFolder } from './helpers/repository.js';
import { pullRequestTrustProblems, runJob } from './helpers/workflow.js';

const OWN_WORKFLOW = readFileSync(join(PROJECT_ROOT, '.github/workflows/records.yml'), 'utf8');
const ROUTES = [
  { kind: 'tarball', file: 'vendor/ks-samarbeid-partnership-0.1.0.tgz' },
  { kind: 'git', url: 'git+https://github.com/ks-samarbeid/partnership.git#v0.1.0' },
  { kind: 'global', source: 'https://example.org/partnership-0.1.0.tgz' },
] as const;

describe('the GitHub workflows', () => {
  it("this repository's and init's for every install route pass the GitHub Actions workflow schema", () => {
    expect(validateWorkflow(OWN_WORKFLOW).errors).toEqual([]);
    for (const route of ROUTES) expect(validateWorkflow(workflow(route)).errors, route.kind).toEqual([]);
  });

  it('say plainly, in the daily run, that warnings are annotations and only errors fail it', () => {
    for (const text of [OWN_WORKFLOW, ...ROUTES.map((route) => workflow(route))]) {
      const steps = (
        parse(text) as { jobs: { validate: { steps: Array<{ name?: string; if?: string; run?: string }> } } }
      ).jobs.validate.steps;
      const daily = steps.filter((step) => step.if === "github.event_name == 'schedule'");
      expect(daily.map((step) => step.name)).toEqual([
        'Daily check: deadlines passed and other warnings are annotations here; only errors fail the run',
      ]);
      expect(daily[0]?.run).toMatch(/validate --repo records --format github$/);
      // Every event runs exactly one check step.
      for (const event of ['pull_request', 'pull_request_review', 'push', 'schedule', 'workflow_dispatch']) {
        const runs = steps.filter(
          (step) =>
            step.run?.includes(' validate ') &&
            step.if?.split('||').some((part) => part.trim() === `github.event_name == '${event}'`),
        );
        expect(runs.length, event).toBe(1);
      }
    }
  });

  it('is checked for real: a misspelt key fails the schema', () => {
    expect(validateWorkflow(OWN_WORKFLOW.replace('runs-on:', 'runs_on:')).errors.length).toBeGreaterThan(0);
  });

  it('never run the pull request’s code beside the check, nor keep the token: this repository’s and init’s', () => {
    expect(pullRequestTrustProblems(OWN_WORKFLOW)).toEqual([]);
    for (const route of ROUTES) expect(pullRequestTrustProblems(workflow(route)), route.kind).toEqual([]);
  });

  it('the reader finds each way a workflow would run the pull request’s code (the workflows as they were)', () => {
    const before = `on: pull_request
jobs:
  validate:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
        with:
          fetch-depth: 0
      - run: npm install --no-audit --no-fund
      - run: npx --no-install partnership validate --format github --base "origin/$BASE"
      - run: npm ci --ignore-scripts && node bin/partnership.js validate
`;
    expect(pullRequestTrustProblems(before)).toEqual([
      'validate, step 1: the checkout keeps the token in .git/config (set persist-credentials: false)',
      "validate, step 2: installs the packages of the pull request's checkout",
      'validate, step 3: the tool that checks the records is not the one the target branch pins',
      "validate, step 3: runs the pull request's code in the job that checks the records",
      "validate, step 4: installs the packages of the pull request's checkout",
      'validate, step 4: the tool that checks the records is not the one the target branch pins',
      "validate, step 4: runs the pull request's code in the job that checks the records",
    ]);
  });
});

/** A package that claims to be the tool: it passes anything, and leaves a mark when any of its code runs. */
function impostor(folder: string, marks: string): void {
  mkdirSync(join(folder, 'bin'), { recursive: true });
  const mark = (what: string) =>
    `node -e "require('fs').writeFileSync(require('path').join(process.env.MARKS, '${what}'), '')"`;
  writeFileSync(
    join(folder, 'package.json'),
    JSON.stringify({
      name: '@ks-samarbeid/partnership',
      version: '0.1.0',
      bin: { partnership: 'bin/partnership.js' },
      scripts: { preinstall: mark('impostor-preinstall'), postinstall: mark('impostor-postinstall') },
    }),
  );
  writeFileSync(
    join(folder, 'bin', 'partnership.js'),
    `#!/usr/bin/env node\nrequire('fs').writeFileSync(require('path').join(${JSON.stringify(marks)}, 'impostor-ran'), '');\nconsole.log('✔ no problems');\n`,
    { mode: 0o755 },
  );
}

describe("a records repository's workflow on a hostile pull request", () => {
  it('runs the tool main pins, never the install scripts, the tarball or the folder the pull request brings', () => {
    const parent = temporaryFolder();
    const marks = join(parent, 'marks');
    mkdirSync(marks);
    const made = spawnSync(process.execPath, [BIN, 'init', 'origin', ...INIT_OPTIONS, ...INIT_TODAY, '--no-commit'], {
      cwd: parent,
      encoding: 'utf8',
      env: npmFreeEnvironment(),
    });
    expect(made.status, made.stderr).toBe(0);
    const origin = join(parent, 'origin');
    const identity = [
      '-c',
      'user.name=Sekretariatet',
      '-c',
      'user.email=sekretariat@example.org',
      '-c',
      'commit.gpgsign=false',
    ];
    git(origin, 'init', '--quiet', '--initial-branch=main');
    git(origin, 'add', '-A');
    git(origin, ...identity, 'commit', '--quiet', '-m', 'Records');
    const base = git(origin, 'rev-parse', 'HEAD').trim();

    // The pull request: install scripts of its own, the vendored tarball replaced by an impostor, the
    // dependency pointed at a folder of its own, and an agreement that no longer validates.
    git(origin, 'checkout', '--quiet', '-b', 'hostile');
    const manifest = JSON.parse(readFileSync(join(origin, 'package.json'), 'utf8'));
    const mark = (what: string) =>
      `node -e "require('fs').writeFileSync(require('path').join(process.env.MARKS, '${what}'), '')"`;
    manifest.scripts = { preinstall: mark('preinstall'), postinstall: mark('postinstall'), prepare: mark('prepare') };
    manifest.devDependencies = { '@ks-samarbeid/partnership': 'file:./tool-of-our-own' };
    writeFileSync(join(origin, 'package.json'), JSON.stringify(manifest, null, 2));
    impostor(join(origin, 'tool-of-our-own'), marks);
    const impostorPackage = join(parent, 'impostor');
    impostor(impostorPackage, marks);
    const packed = temporaryFolder();
    npm(impostorPackage, temporaryFolder(), 'pack', '--ignore-scripts', '--pack-destination', packed);
    const [tarball] = readdirSync(join(origin, 'vendor'));
    writeFileSync(
      join(origin, 'vendor', tarball as string),
      readFileSync(join(packed, readdirSync(packed)[0] as string)),
    );
    const agreement = join(origin, 'agreement', 'agreement.md');
    writeFileSync(agreement, readFileSync(agreement, 'utf8').replace('per_year: 2', 'per_year: two'));
    git(origin, 'add', '-A');
    git(origin, ...identity, 'commit', '--quiet', '-m', 'A pull request');
    const head = git(origin, 'rev-parse', 'HEAD').trim();
    git(origin, 'checkout', '--quiet', 'main');

    const text = readFileSync(join(origin, '.github/workflows/records.yml'), 'utf8');
    // A gh that lists no reviews: the pull request has none yet.
    const bin = join(parent, 'fake-bin');
    mkdirSync(bin);
    writeFileSync(join(bin, 'gh'), '#!/bin/sh\n[ "$1" = api ] || exit 1\n', { mode: 0o755 });
    const env = {
      MARKS: marks,
      npm_config_offline: 'true',
      npm_config_cache: temporaryFolder(),
      PATH: `${bin}:${process.env.PATH}`,
    };
    const steps = runJob(text, 'validate', {
      origin,
      workspace: temporaryFolder(),
      event: { name: 'pull_request', sha: head, base: { ref: 'main', sha: base } },
      env,
    });
    const check = steps.find(
      (step) => step.name === "Check the records against the agreement, their history and both parties' approvals",
    );
    expect(check?.skipped).toBe(false);
    expect(check?.output).toMatch(/^::error file=agreement\/agreement\.md,line=\d+,col=\d+/m);
    expect(check?.output).not.toContain('✔ no problems');
    expect(check?.code).toBe(1);
    expect(readdirSync(marks)).toEqual([]);

    // On main, the same job checks main's records with main's tool, and they pass.
    const onMain = runJob(text, 'validate', {
      origin,
      workspace: temporaryFolder(),
      event: { name: 'push', sha: base },
      env,
    });
    const [checkout, setupNode] = [ACTIONS.checkout, ACTIONS.setupNode].map((pinned) => pinned.split(' ')[0]);
    expect(onMain.filter((step) => !step.skipped).map((step) => [step.name, step.code])).toEqual([
      [checkout, 0],
      [checkout, 0],
      [setupNode, 0],
      ['Install the tool as the target branch pins it', 0],
      ['Check the records against the agreement', 0],
    ]);
    expect(existsSync(join(marks, 'impostor-ran'))).toBe(false);
  });
});

/** A `gh` that keeps its issues in a folder: `issue list` prints them, `create` adds one, `edit` replaces a body. */
function fakeGh(bin: string, state: string): void {
  mkdirSync(bin, { recursive: true });
  mkdirSync(state, { recursive: true });
  writeFileSync(join(state, 'issues.json'), '[]');
  writeFileSync(
    join(bin, 'gh'),
    `#!/usr/bin/env bash
set -e
state=${JSON.stringify(state)}
printf '%s\\n' "$*" >> "$state/calls"
case "$1 $2" in
  "issue list") cat "$state/issues.json" ;;
  "issue create")
    number=$(( $(jq length "$state/issues.json") + 1 ))
    jq --arg title "$4" --argjson number "$number" '. + [{number: $number, title: $title}]' "$state/issues.json" > "$state/next.json"
    mv "$state/next.json" "$state/issues.json"
    cp "$6" "$state/body-$number.md" ;;
  "issue edit") cp "$5" "$state/body-$3.md" ;;
  *) exit 1 ;;
esac
`,
    { mode: 0o755 },
  );
}

describe('the daily issue of duties', () => {
  const cases = [
    ['this repository', OWN_WORKFLOW, 'trusted/bin/partnership.js'],
    ['init, tarball route', workflow(ROUTES[0]), 'trusted/node_modules/.bin/partnership'],
  ] as const;

  it.each(cases)(
    '%s: only the remind job may write issues, on the schedule and by hand, never for a pull request',
    (_, text) => {
      const parsed = parse(text) as {
        permissions: Record<string, string>;
        jobs: Record<string, { if?: string; permissions?: Record<string, string> }>;
      };
      expect(parsed.permissions).toEqual({});
      expect(parsed.jobs.remind?.permissions).toEqual({ contents: 'read', issues: 'write' });
      expect(parsed.jobs.remind?.if).toBe(
        "github.event_name == 'schedule' || github.event_name == 'workflow_dispatch'",
      );
      const writers = Object.entries(parsed.jobs).flatMap(([name, job]) =>
        Object.entries(job.permissions ?? {})
          .filter(([, access]) => access === 'write')
          .map(([scope]) => `${name}: ${scope}`),
      );
      expect(writers.sort()).toEqual(['remind: issues', 'site: id-token', 'site: pages']);
    },
  );

  it.each(cases)(
    '%s: creates the week’s issue, updates it the same week, and makes a new one the next',
    (_, text, tool) => {
      const workspace = temporaryFolder();
      cpSync(fixturePath('ks-kdd-digital'), join(workspace, 'records'), { recursive: true });
      // The tool as the job finds it in the trusted checkout: this build.
      mkdirSync(join(workspace, dirname(tool)), { recursive: true });
      writeFileSync(join(workspace, tool), `#!/usr/bin/env bash\nexec node ${JSON.stringify(BIN)} "$@"\n`, {
        mode: 0o755,
      });
      const bin = join(workspace, 'fake-bin');
      const state = join(workspace, 'gh-state');
      fakeGh(bin, state);
      const step = (parse(text) as { jobs: { remind: { steps: Array<{ run?: string }> } } }).jobs.remind.steps.at(-1);
      // `node trusted/bin/partnership.js` runs the wrapper as a script too.
      const script = (step?.run ?? '').replace('node trusted/bin/partnership.js', 'trusted/bin/partnership.js');
      const play = (today: string) => {
        const result = spawnSync('bash', ['-e', '-c', script], {
          cwd: workspace,
          encoding: 'utf8',
          env: { ...npmFreeEnvironment(), PATH: `${bin}:${process.env.PATH}`, PARTNERSHIP_TODAY: today, GH_TOKEN: 'x' },
        });
        expect(result.status, result.stdout + result.stderr).toBe(0);
        return JSON.parse(readFileSync(join(state, 'issues.json'), 'utf8')) as Array<{ number: number; title: string }>;
      };
      expect(play('2025-09-01')).toEqual([{ number: 1, title: 'Duties under the agreement, week 36 of 2025' }]);
      expect(readFileSync(join(state, 'body-1.md'), 'utf8')).toContain(
        'send the notice (innkalling) of meeting 2025-09-16',
      );
      // Later the same week: the same issue, its body brought up to date; no second issue.
      expect(play('2025-09-04')).toHaveLength(1);
      expect(readFileSync(join(state, 'calls'), 'utf8')).toContain('issue edit 1 --body-file body.md');
      // The next week: an issue of its own.
      expect(play('2025-09-08').map((issue) => issue.title)).toEqual([
        'Duties under the agreement, week 36 of 2025',
        'Duties under the agreement, week 37 of 2025',
      ]);
    },
  );
});
