import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateWorkflow } from '@action-validator/core';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from './helpers/repository.js';

describe('the GitHub workflow', () => {
  it('passes the GitHub Actions workflow schema', () => {
    const workflow = readFileSync(join(PROJECT_ROOT, '.github/workflows/records.yml'), 'utf8');
    expect(validateWorkflow(workflow).errors).toEqual([]);
  });

  it('is checked for real: a misspelt key fails the schema', () => {
    const broken = readFileSync(join(PROJECT_ROOT, '.github/workflows/records.yml'), 'utf8').replace(
      'runs-on:',
      'runs_on:',
    );
    expect(validateWorkflow(broken).errors.length).toBeGreaterThan(0);
  });
});
