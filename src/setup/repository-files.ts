/**
 * What `init` writes besides the agreement: the records repository's README (in Norwegian, for the
 * secretariat), its pull-request workflow, its package.json with the pinned tool, and .gitignore.
 */

import packageManifest from '../../package.json' with { type: 'json' };
import type { IsoDate } from '../lib/dates.js';
import type { DocumentLanguage } from '../messages/language.js';
import { WORDS } from '../messages/words.js';
import { ACTIONS, WORKFLOW_NODE } from './actions.js';

/** How a records repository gets the tool: each pins one version, and CI runs it with `npx --no-install`. */
export type InstallRoute =
  | { kind: 'tarball'; file: string }
  | { kind: 'git'; url: string }
  | { kind: 'global'; source: string };

/** The package's own name, as the records repository depends on it. */
export const PACKAGE_NAME = packageManifest.name;

export function packageJson(id: string, route: InstallRoute, language: DocumentLanguage): string {
  const dependency =
    route.kind === 'tarball'
      ? { devDependencies: { [PACKAGE_NAME]: `file:${route.file}` } }
      : route.kind === 'git'
        ? { devDependencies: { [PACKAGE_NAME]: route.url } }
        : {};
  return `${JSON.stringify(
    {
      name: `${id}-records`,
      private: true,
      description: WORDS[language].packageDescription,
      scripts: { validate: 'partnership validate' },
      ...dependency,
    },
    null,
    2,
  )}\n`;
}

export const GITIGNORE = `node_modules/
# what partnership site writes by default
/site/
# what partnership leaves while it writes, and removes again
.partnership.lock
.partnership.journal
.partnership.intent
`;

/** Where the workflow checks out the records under review, and where the target branch that pins the tool. */
export const RECORDS_FOLDER = 'records';
export const TRUSTED_FOLDER = 'trusted';

/**
 * How the workflow installs the trusted tool, in the folder that holds the target branch's checkout
 * (or globally): never a script from the pull request, and none at all where the route allows it.
 */
function installStep(route: InstallRoute): string {
  switch (route.kind) {
    case 'global':
      return `      # The tool is installed globally, from the one source every machine uses, running no install script.
      - name: Install the tool
        run: npm install --global --ignore-scripts --no-audit --no-fund ${JSON.stringify(route.source)}`;
    case 'tarball':
      return `      # The tool is the tarball the target branch pins (vendor/), installed running no install script.
      - name: Install the tool as the target branch pins it
        working-directory: ${TRUSTED_FOLDER}
        run: npm install --ignore-scripts --no-audit --no-fund`;
    case 'git':
      return `      # The tool is the git dependency the target branch pins. npm builds a git dependency with its own
      # prepare script: the tool's, at the commit the target branch names, never a script of the pull request.
      - name: Install the tool as the target branch pins it
        working-directory: ${TRUSTED_FOLDER}
        run: npm install --no-audit --no-fund`;
  }
}

function toolCommand(route: InstallRoute): string {
  return route.kind === 'global' ? 'partnership' : `${TRUSTED_FOLDER}/node_modules/.bin/partnership`;
}

export function workflow(route: InstallRoute): string {
  const tool = toolCommand(route);
  const trustedCheckout =
    route.kind === 'global'
      ? ''
      : `      # The tool that checks them, as the target branch pins it (on main: main itself), in a folder of its
      # own: a pull request can change neither which tool runs nor how it is installed.
      - uses: ${ACTIONS.checkout}
        with:
          ref: \${{ github.event.pull_request.base.sha || github.sha }}
          path: ${TRUSTED_FOLDER}
          persist-credentials: false
`;
  const toolSetup = `${trustedCheckout}      - uses: ${ACTIONS.setupNode}
        with:
          node-version: ${WORKFLOW_NODE}
${installStep(route)}
`;
  const recordsCheckout = `      - uses: ${ACTIONS.checkout}
        with:
          path: ${RECORDS_FOLDER}
          persist-credentials: false
`;
  return `# The agreement's records, checked by partnership. On pull requests: the records against the
# agreement's rules, annotated on the changed lines, that what was final stays final, and that both
# parties approved a change to a final record. On main and once a day: the records again, so that a
# deadline passing is seen.
#
# A pull request's files are data here: the tool that checks them is the one the target branch pins,
# installed from the target branch's own checkout, and nothing of the pull request is installed or
# run. No checkout keeps the token in .git/config. Every action is pinned by its commit.
name: Records

on:
  pull_request:
  # A review given or dismissed runs the check again: both parties' approvals are part of it.
  pull_request_review:
    types: [submitted, dismissed]
  push:
    branches: [main]
  schedule:
    - cron: "17 5 * * *"
  workflow_dispatch:

# Nothing for the workflow as a whole: each job asks for what it needs.
permissions: {}

jobs:
${validateJob(
  `      # The records under review, with their history for --base: read, never installed or run.
      - uses: ${ACTIONS.checkout}
        with:
          path: ${RECORDS_FOLDER}
          fetch-depth: 0
          persist-credentials: false
${toolSetup}`,
  tool,
)}
${remindJob(recordsCheckout + toolSetup, tool)}
${siteJob(recordsCheckout + toolSetup, tool)}`;
}

/**
 * The check that guards the records: on a pull request (and when a review is given or dismissed), the
 * rules, what was final at the base, and each party's approval of a change to a final record, from the
 * reviews GitHub's API lists; on main, by hand and once a day, the records as today sees them.
 */
export function validateJob(setup: string, tool: string, records = RECORDS_FOLDER): string {
  const onPullRequest = "github.event_name == 'pull_request' || github.event_name == 'pull_request_review'";
  return `  validate:
    runs-on: ubuntu-latest
    permissions:
      contents: read
      pull-requests: read
    steps:
${setup}      - name: "The pull request's reviews, for both parties' approval of a change to a final record"
        if: ${onPullRequest}
        env:
          GH_TOKEN: \${{ github.token }}
          GH_REPO: \${{ github.repository }}
          NUMBER: \${{ github.event.pull_request.number }}
        run: gh api --paginate "repos/$GH_REPO/pulls/$NUMBER/reviews" --jq '.[]' | jq --slurp . > "$RUNNER_TEMP/reviews.json"
      # What was final on the target branch stays final (approved minutes, held meetings, extensions,
      # notices), and a change to it has an approval from each party. The branch name comes in through the
      # environment, never the script.
      - name: "Check the records against the agreement, their history and both parties' approvals"
        if: ${onPullRequest}
        env:
          BASE: \${{ github.event.pull_request.base.ref }}
        run: ${tool} validate --repo ${records} --format github --base "origin/$BASE" --approvals "$RUNNER_TEMP/reviews.json"
      - name: Check the records against the agreement
        if: github.event_name == 'push' || github.event_name == 'workflow_dispatch'
        run: ${tool} validate --repo ${records} --format github
      # Once a day the records are read again as today sees them: a deadline passed, a meeting not yet
      # recorded or minutes awaiting approval show as warnings in this run's annotations. The run turns red
      # only for errors (a rule broken), never for a warning: read its annotations, not only its colour.
      - name: "Daily check: deadlines passed and other warnings are annotations here; only errors fail the run"
        if: github.event_name == 'schedule'
        run: ${tool} validate --repo ${records} --format github
`;
}

/**
 * The daily job that keeps one issue a week of the duties coming due and overdue: \`remind --format
 * github\` gives its title and body, and \`gh\` creates it, or updates the week's issue when it is open.
 * The only job that may write issues; it never runs for a pull request.
 */
export function remindJob(setup: string, tool: string, records = RECORDS_FOLDER): string {
  return `  remind:
    if: github.event_name == 'schedule' || github.event_name == 'workflow_dispatch'
    runs-on: ubuntu-latest
    permissions:
      contents: read
      issues: write
    steps:
${setup}      - name: "This week's issue of duties: created, or updated when it is open"
        env:
          GH_TOKEN: \${{ github.token }}
          GH_REPO: \${{ github.repository }}
        run: |
          ${tool} remind --repo ${records} --format github > duties.md
          if [ ! -s duties.md ]; then echo "Nothing is due."; exit 0; fi
          title="$(head -n 1 duties.md)"
          tail -n +3 duties.md > body.md
          number="$(gh issue list --state open --limit 200 --json number,title | jq -r --arg title "$title" 'map(select(.title == $title)) | .[0].number // empty')"
          if [ -n "$number" ]; then gh issue edit "$number" --body-file body.md; else gh issue create --title "$title" --body-file body.md; fi
`;
}

/**
 * The public site of the record on GitHub Pages, built on every push to main once the repository asks
 * for it (the variable PARTNERSHIP_PAGES set to "public", and Pages set to deploy from Actions): the
 * only job that may write Pages, and it never runs for a pull request.
 */
export function siteJob(setup: string, tool: string, records = RECORDS_FOLDER): string {
  return `  site:
    if: github.event_name == 'push' && vars.PARTNERSHIP_PAGES == 'public'
    runs-on: ubuntu-latest
    permissions:
      contents: read
      pages: write
      id-token: write
    environment:
      name: github-pages
      url: \${{ steps.deployment.outputs.page_url }}
    steps:
${setup}      - name: "The record's public site: nothing exempt from public access, no name a published document lacks"
        run: ${tool} site --repo ${records} --public --out "$RUNNER_TEMP/site"
      - uses: ${ACTIONS.uploadPagesArtifact}
        with:
          path: \${{ runner.temp }}/site
      - id: deployment
        uses: ${ACTIONS.deployPages}
`;
}

export interface ReadmeFacts {
  title: string;
  parties: ReadonlyArray<{ name: string; short: string }>;
  signed: IsoDate;
  route: InstallRoute;
  /** The written standard of the agreement it keeps. */
  language: DocumentLanguage;
}

export function readme({ title, parties, signed, route, language }: ReadmeFacts): string {
  const install =
    route.kind === 'tarball'
      ? { kind: route.kind, file: route.file }
      : route.kind === 'git'
        ? { kind: route.kind, url: route.url }
        : { kind: route.kind, source: route.source };
  return WORDS[language].readme({ title, parties, signed, install, packageName: PACKAGE_NAME });
}
