/**
 * GitHub workflows as a pull request meets them: a reader that finds where a workflow would run the
 * pull request's own code beside the check that guards the records, and a small runner that plays a
 * job's steps on this machine (checkouts as clones of a local repository, run steps in bash) so a
 * test can see which tool really ran.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join, normalize } from 'node:path';
import { parse } from 'yaml';
import { npmFreeEnvironment } from './npm.js';

interface Step {
  name?: string;
  uses?: string;
  with?: Record<string, string | number | boolean>;
  run?: string;
  if?: string;
  env?: Record<string, string>;
  'working-directory'?: string;
}

interface Job {
  if?: string;
  permissions?: Record<string, string> | string;
  steps: Step[];
}

interface Workflow {
  permissions?: Record<string, string> | string;
  jobs: Record<string, Job>;
}

const INSTALL = /\b(npm\s+(ci|install|i|rebuild)|yarn(\s+install)?|pnpm\s+(install|i))\b/;
const CHECKS_RECORDS = /\bpartnership(\.js)?\b[^\n]*\bvalidate\b/;
const RUNS_PROJECT_CODE = /\bnpm\s+(test|run|start|exec)\b|\bnpx\b|\.ci\/run\b|\bnode\s+(?!trusted\/)\S+\.m?js\b/;

function folderOf(path: string | undefined): string {
  return normalize(path ?? '.').replace(/\/$/, '');
}

function inside(folder: string, container: string): boolean {
  return container === '.' || folder === container || folder.startsWith(`${container}/`);
}

/**
 * Where a workflow lets a pull request's code run, or a check of the records be replaced: a checkout
 * that keeps the token, an install that runs scripts or installs the pull request's packages, a tool
 * run from the pull request's checkout, and pull-request code in a job that checks the records.
 */
export function pullRequestTrustProblems(text: string): string[] {
  const workflow = parse(text) as Workflow;
  const problems: string[] = [];
  for (const [jobName, job] of Object.entries(workflow.jobs)) {
    const untrusted: string[] = [];
    const trusted: string[] = [];
    const checksRecords = job.steps.some((step) => step.run !== undefined && CHECKS_RECORDS.test(step.run));
    const installsGlobally = job.steps.some((step) => step.run !== undefined && /--global/.test(step.run));
    for (const [index, step] of job.steps.entries()) {
      const where = `${jobName}, step ${index + 1}${step.name ? ` (${step.name})` : ''}`;
      if (step.uses?.startsWith('actions/checkout')) {
        if (step.with?.['persist-credentials'] !== false)
          problems.push(`${where}: the checkout keeps the token in .git/config (set persist-credentials: false)`);
        const ref = String(step.with?.ref ?? '');
        (/github\.event\.pull_request\.base\.sha/.test(ref) ? trusted : untrusted).push(
          folderOf(step.with?.path as string),
        );
        continue;
      }
      if (step.run === undefined) continue;
      const folder = folderOf(step['working-directory']);
      const inUntrusted = untrusted.some((checkout) => inside(folder, checkout));
      const inTrusted = trusted.some((checkout) => inside(folder, checkout)) && !inUntrusted;
      if (INSTALL.test(step.run)) {
        if (inUntrusted) problems.push(`${where}: installs the packages of the pull request's checkout`);
        else if (!/--ignore-scripts/.test(step.run) && !inTrusted)
          problems.push(`${where}: an install that runs install scripts outside the target branch's checkout`);
      }
      if (CHECKS_RECORDS.test(step.run)) {
        const tool = /(\S*?)(?:\/node_modules\/\.bin\/partnership|\/bin\/partnership\.js)\b/.exec(step.run);
        const fromTrusted = tool
          ? trusted.some((checkout) => inside(folderOf(join(folder, tool[1] ?? '.')), checkout))
          : installsGlobally && /(^|\s)partnership\s+validate/.test(step.run);
        if (!fromTrusted || /\bnpx\b/.test(step.run))
          problems.push(`${where}: the tool that checks the records is not the one the target branch pins`);
      }
      if (checksRecords && inUntrusted && RUNS_PROJECT_CODE.test(step.run))
        problems.push(`${where}: runs the pull request's code in the job that checks the records`);
    }
    if (/secrets\./.test(JSON.stringify(job))) problems.push(`${jobName}: hands a secret to a job`);
  }
  return problems;
}

export interface WorkflowEvent {
  name: 'pull_request' | 'push';
  /** The commit the job runs for: the pull request's head, or the pushed commit. */
  sha: string;
  base?: { ref: string; sha: string };
}

export interface StepResult {
  name: string;
  skipped: boolean;
  code: number;
  output: string;
}

/**
 * Plays one job of a workflow here: `actions/checkout` as a clone of `origin` at the ref it names (the
 * event's commit when it names none), `actions/setup-node` as the Node that runs the tests, and each
 * `run` in bash in its working directory, with the expressions these workflows use filled in. Stops at
 * the first step that fails, as GitHub does.
 */
export function runJob(
  text: string,
  jobName: string,
  options: { origin: string; workspace: string; event: WorkflowEvent; env?: Record<string, string> },
): StepResult[] {
  const job = (parse(text) as Workflow).jobs[jobName];
  if (!job) throw new Error(`no job ${jobName}`);
  const { event, workspace, origin } = options;
  const runnerTemp = join(workspace, '.runner-temp');
  mkdirSync(runnerTemp, { recursive: true });
  const context: Record<string, string> = {
    'github.event_name': event.name,
    'github.sha': event.sha,
    'github.base_ref': event.base?.ref ?? '',
    'github.event.pull_request.base.sha': event.base?.sha ?? '',
    'github.event.pull_request.base.ref': event.base?.ref ?? '',
    'github.event.pull_request.number': event.base ? '1' : '',
    'github.repository': 'ks/records',
    'github.token': 'a-token-for-the-stand-in-gh',
    'runner.temp': runnerTemp,
  };
  const value = (expression: string): string => {
    const alternatives = expression.split('||').map((part) => part.trim());
    for (const alternative of alternatives) {
      if (!(alternative in context)) throw new Error(`the runner does not know \${{ ${alternative} }}`);
      if (context[alternative]) return context[alternative] as string;
    }
    return '';
  };
  const fill = (template: string) => template.replace(/\$\{\{\s*(.*?)\s*\}\}/g, (_, expression) => value(expression));
  const compares = (condition: string): boolean => {
    const comparison = /^(\S+)\s*(==|!=)\s*'([^']*)'$/.exec(condition.trim());
    if (!comparison) throw new Error(`the runner does not know the condition ${condition}`);
    const [, left, operator, right] = comparison;
    return (value(left as string) === right) === (operator === '==');
  };
  // Comparisons joined by || (the only operator the workflows use between them).
  const holds = (condition: string | undefined): boolean =>
    condition === undefined || condition.split('||').some((part) => compares(part));
  const results: StepResult[] = [];
  for (const [index, step] of job.steps.entries()) {
    const name = step.name ?? step.uses ?? step.run?.split('\n')[0] ?? `step ${index + 1}`;
    if (!holds(step.if)) {
      results.push({ name, skipped: true, code: 0, output: '' });
      continue;
    }
    let result: { status: number | null; stdout: string; stderr: string };
    if (step.uses?.startsWith('actions/checkout')) {
      const path = join(workspace, String(step.with?.path ?? '.'));
      mkdirSync(path, { recursive: true });
      const ref = step.with?.ref === undefined ? event.sha : fill(String(step.with.ref));
      result = spawnSync(
        'sh',
        [
          '-c',
          'git clone --quiet "$1" "$2" && git -C "$2" checkout --quiet --detach "$3"',
          'checkout',
          origin,
          path,
          ref,
        ],
        {
          encoding: 'utf8',
        },
      );
    } else if (step.uses?.startsWith('actions/setup-node')) {
      result = { status: 0, stdout: '', stderr: '' };
    } else if (step.run !== undefined) {
      result = spawnSync('bash', ['-e', '-c', fill(step.run)], {
        cwd: join(workspace, step['working-directory'] ?? '.'),
        env: {
          ...npmFreeEnvironment(),
          ...options.env,
          GITHUB_WORKSPACE: workspace,
          RUNNER_TEMP: runnerTemp,
          ...Object.fromEntries(Object.entries(step.env ?? {}).map(([key, text]) => [key, fill(text)])),
        },
        encoding: 'utf8',
        timeout: 120_000,
      });
    } else {
      throw new Error(`the runner cannot play ${step.uses}`);
    }
    results.push({ name, skipped: false, code: result.status ?? -1, output: `${result.stdout}${result.stderr}` });
    if (result.status !== 0) break;
  }
  return results;
}
