import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readBuiltinTemplates } from '../src/documents/builtin.js';
import { checkRepository } from '../src/pipeline/check.js';
import { repositoryFiles } from './helpers/fixtures.js';

const builtins = readBuiltinTemplates();

/** Text that is sometimes YAML front matter, sometimes nearly, sometimes anything. */
const recordText = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 300 }),
  fc
    .array(
      fc.constantFrom(
        '---',
        'date: 2018-03-14',
        'status: held',
        'chair: ks',
        'minutes: ks',
        'agenda:',
        '  - title: x',
        '    focus: Z',
        'a: &a [1]',
        'b: *a',
        '"x": {',
        '\t- ',
        '? [a]',
        ': b',
        '__proto__: 1',
        '!!js/function "f"',
        '\uFEFF',
        '\r',
        'date: 2018-02-30',
        'chair: [kmd]',
        'time: 25:00',
      ),
      { maxLength: 20 },
    )
    .map((lines) => lines.join('\n')),
  fc.anything().map((value) => `---\n${JSON.stringify(value) ?? 'null'}\n---\n`),
);

describe('any input', () => {
  it('gives findings, never an exception, whatever a meeting, the agreement or a template holds', () => {
    fc.assert(
      fc.property(recordText, recordText, fc.string({ maxLength: 200 }), (meeting, agreement, template) => {
        const files = repositoryFiles({
          files: { 'meetings/2018-05-05.md': meeting, 'templates/agenda.md.hbs': template },
        });
        expect(() => checkRepository(files, '2018-10-01', builtins)).not.toThrow();
        const broken = files.map((file) =>
          file.path === 'agreement/agreement.md' ? { ...file, text: agreement } : file,
        );
        expect(() => checkRepository(broken, '2018-10-01', builtins)).not.toThrow();
      }),
      { numRuns: 150 },
    );
  });
});
