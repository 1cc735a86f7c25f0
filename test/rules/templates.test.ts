import { describe, it } from 'vitest';
import { templates } from '../../src/rules/templates.js';
import { repositoryFiles } from '../helpers/fixtures.js';
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
        message: /^"sted" not defined in the data this template gets/,
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
        message: /^unknown helper "upper": the helpers are date, datetime, partyName or partyShort$/,
      },
      // An unclosed block is found where the file ends.
      { file: 'templates/termination.md.hbs', line: 5, column: 1, message: /^the template does not parse near/ },
    ]);
  });
});
