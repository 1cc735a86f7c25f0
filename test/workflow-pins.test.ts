/**
 * Every workflow the project and `init` write: each action pinned by its commit with the version as
 * a comment (one list, src/setup/actions.ts), a supported Node, nothing granted to the workflow as a
 * whole and each job's permissions its own.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ACTIONS, WORKFLOW_NODE } from '../src/setup/actions.js';
import { workflow } from '../src/setup/repository-files.js';
import { PROJECT_ROOT } from './helpers/repository.js';

const WORKFLOWS: Array<[string, string]> = [
  ['this repository', readFileSync(join(PROJECT_ROOT, '.github/workflows/records.yml'), 'utf8')],
  ['init, tarball', workflow({ kind: 'tarball', file: 'vendor/ks-samarbeid-partnership-0.1.0.tgz' })],
  ['init, git', workflow({ kind: 'git', url: 'git+https://github.com/ks-samarbeid/partnership.git#v0.1.0' })],
  ['init, global', workflow({ kind: 'global', source: 'https://example.org/partnership-0.1.0.tgz' })],
];

interface Job {
  permissions?: Record<string, string>;
  steps: Array<{ uses?: string; with?: Record<string, unknown> }>;
}

describe.each(WORKFLOWS)('%s: the workflow', (_, text) => {
  it('pins every action by a commit, with its version after it, from the one list', () => {
    const uses = [...text.matchAll(/^\s*(?:- )?uses:\s*(.+)$/gm)].map((match) => (match[1] as string).trim());
    expect(uses.length).toBeGreaterThan(0);
    for (const action of uses) {
      expect(action).toMatch(/^[\w.-]+\/[\w.-]+@[0-9a-f]{40} # v\d+\.\d+\.\d+$/);
      expect(Object.values(ACTIONS)).toContain(action);
    }
  });

  it('runs Node 24, grants nothing to the workflow as a whole, and gives every job its own permissions', () => {
    const parsed = parse(text) as { permissions: unknown; jobs: Record<string, Job> };
    expect(WORKFLOW_NODE).toBe(24);
    expect(parsed.permissions).toEqual({});
    for (const [name, job] of Object.entries(parsed.jobs)) {
      expect(job.permissions, name).toMatchObject({ contents: 'read' });
      for (const step of job.steps.filter((each) => each.uses?.startsWith('actions/setup-node'))) {
        expect(step.with?.['node-version'], name).toBe(WORKFLOW_NODE);
      }
    }
    expect(parsed.jobs.validate?.permissions).toEqual({ contents: 'read', 'pull-requests': 'read' });
    expect(parsed.jobs.site?.permissions).toEqual({ contents: 'read', pages: 'write', 'id-token': 'write' });
  });

  it('passes the reviews to the check on a pull request, and publishes the site only when the repository asks', () => {
    expect(text).toMatch(/--approvals "\$RUNNER_TEMP\/reviews\.json"/);
    expect(text).toMatch(/pull_request_review:\n\s+types: \[submitted, dismissed\]/);
    const { jobs } = parse(text) as { jobs: Record<string, { if?: string }> };
    expect(jobs.site?.if).toBe("github.event_name == 'push' && vars.PARTNERSHIP_PAGES == 'public'");
  });
});
