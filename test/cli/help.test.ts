import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { fixturePath } from '../helpers/repository.js';

const COMMANDS = [
  ['validate'],
  ['next-meeting'],
  ['new', 'meeting'],
  ['new', 'annual-plan'],
  ['status'],
  ['calendar'],
  ['render'],
  ['approve'],
  ['move'],
  ['cancel'],
  ['renew'],
  ['terminate'],
  ['init'],
  ['report'],
  ['schema'],
];

describe('--help', () => {
  it.each(COMMANDS)('of %s %s shows an example of that command', async (...command) => {
    const { code, stdout } = await runCli([...command, '--help'], { cwd: fixturePath() });
    expect(code).toBe(0);
    expect(stdout).toMatch(new RegExp(`\\nExamples:\\n {2}\\$ partnership ${command.join(' ')}\\b`));
  });

  it.each(COMMANDS)('of %s %s shows the global options, the exit status and where the guide is', async (...command) => {
    const { stdout } = await runCli([...command, '--help'], { cwd: fixturePath() });
    expect(stdout).toMatch(/Global Options:\n(?:.*\n)*? {2}--repo <dir>/);
    expect(stdout).toContain('--today <date>');
    expect(stdout).toContain('--no-color');
    expect(stdout).toMatch(/Exit status: 0 .*; 1 .*; 2 /);
    expect(stdout).toContain('docs/brukerveiledning.md');
    expect(stdout).toContain('docs/fields.md');
  });
});
