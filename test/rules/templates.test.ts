import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { templates } from '../../src/rules/templates.js';
import { runCli } from '../helpers/cli.js';
import { repositoryFiles } from '../helpers/fixtures.js';
import { copyFixture } from '../helpers/repository.js';
import { expectFindings, expectValid } from '../helpers/rule-tester.js';

describe('templates', () => {
  it('accepts the built-in templates, and a valid override', () => {
    expectValid(templates, repositoryFiles());
    expectValid(
      templates,
      repositoryFiles({
        files: {
          'templates/agenda.md.hbs':
            '# {{date meeting.date}}\n{{#each meeting.items}}Sak {{number}} {{title}}\n{{/each}}',
        },
      }),
    );
  });

  it('reports an override that uses a field the view does not have, at its line', () => {
    const files = repositoryFiles({ files: { 'templates/minutes.md.hbs': '# Referat\n\nSted: {{meeting.sted}}\n' } });
    expectFindings(templates, files, [
      {
        file: 'templates/minutes.md.hbs',
        line: 3,
        column: 9,
        id: 'templates/handlebars',
      },
    ]);
  });

  it('reports an unknown helper and a template that does not parse', () => {
    const files = repositoryFiles({
      files: {
        'templates/renewal.md.hbs': '# Protokoll\n{{upper agreement.title}}\n',
        'templates/termination.md.hbs': '# Oppsigelse\n\n{{#if termination.by}}\nmangler slutt\n',
      },
    });
    expectFindings(templates, files, [
      {
        file: 'templates/renewal.md.hbs',
        line: 2,
        column: 1,
        id: 'templates/unknown-helper',
      },
      // An unclosed block is found where the file ends.
      { file: 'templates/termination.md.hbs', line: 5, column: 1, id: 'templates/does-not-parse' },
    ]);
  });

  it('holds a template to its budget: nesting deeper than 8 is a finding at the ninth block, before any parse', () => {
    const deep = `# Innkalling\n${'{{#if meeting}}\n'.repeat(20_000)}x\n${'{{/if}}\n'.repeat(20_000)}`;
    expectFindings(templates, repositoryFiles({ files: { 'templates/agenda.md.hbs': deep } }), [
      {
        file: 'templates/agenda.md.hbs',
        line: 10,
        column: 1,
        id: 'templates/nested-too-deep',
      },
    ]);
  });

  it('holds a template to its budget: blocks over lists that multiply past 100,000 runs are a finding at the block', async () => {
    // Eight blocks over the six items of September's saksliste: 6^8 runs of the innermost body.
    const folder = copyFixture();
    writeFileSync(
      join(folder, 'templates/agenda.md.hbs'),
      `# Innkalling\n${'{{#each @root.meeting.items}}'.repeat(8)}x${'{{/each}}'.repeat(8)}\n`,
    );
    const { code, stdout } = await runCli(['validate', '--today', '2018-12-31'], { cwd: folder });
    expect(code).toBe(1);
    expect(stdout).toMatch(
      /^templates\/agenda\.md\.hbs:2:204 {2}error {2}templates {2}the template runs its \{\{#each\}\} blocks more than 100,000 times for these records/m,
    );
  });

  it("reports JavaScript's own properties as findings at their place, and Handlebars says nothing on the console", () => {
    const warn = vi.spyOn(console, 'warn');
    const error = vi.spyOn(console, 'error');
    const log = vi.spyOn(console, 'log');
    const files = repositoryFiles({
      files: {
        'templates/agenda.md.hbs': '# Innkalling\n\n{{toString}}\n',
        'templates/minutes.md.hbs': '# Referat\n{{#each meeting.items}}{{this.map}}{{/each}}\n',
        'templates/renewal.md.hbs': '# Protokoll\n{{agreement.title.valueOf}}\n',
      },
    });
    expectFindings(templates, files, [
      {
        file: 'templates/agenda.md.hbs',
        line: 3,
        column: 3,
        id: 'templates/javascript-property',
        params: { name: 'toString' },
      },
      {
        file: 'templates/minutes.md.hbs',
        line: 2,
        column: 26,
        id: 'templates/javascript-property',
        params: { name: 'map' },
      },
      {
        file: 'templates/renewal.md.hbs',
        line: 2,
        column: 3,
        id: 'templates/javascript-property',
        params: { name: 'valueOf' },
      },
    ]);
    expect([...warn.mock.calls, ...error.mock.calls, ...log.mock.calls]).toEqual([]);
  });
});
