/**
 * The message catalogue, checked both ways: every id the code names has its text in English and bokmål
 * (nynorsk falls back to bokmål in the CLI), and every id with text is named somewhere in the code. The
 * words documents are written in exist in both standards. And no Norwegian wording hides in the code
 * outside the catalogue and the templates.
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { message, say, wholeCatalogue } from '../../src/messages/catalogue.js';
import { languageFromEnvironment } from '../../src/messages/language.js';
import { REPORT_WORDS } from '../../src/messages/report-words.js';
import { WORDS } from '../../src/messages/words.js';
import { PROJECT_ROOT } from '../helpers/repository.js';
import { SOURCE, sourceFiles } from '../helpers/sources.js';

const MESSAGES = join(SOURCE, 'messages');

/** The code outside the catalogue, without its comments and without the rules' lists of their own messages. */
const code = sourceFiles()
  .filter((file) => !file.startsWith(MESSAGES))
  .map((file) => ({
    file: relative(PROJECT_ROOT, file),
    text: readFileSync(file, 'utf8')
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/^\s*\/\/.*$/gm, '')
      .replace(/\n {2}messages: \[[^\]]*\],/g, ''),
  }));
const everything = code.map(({ text }) => text).join('\n');

const CATALOGUE = wholeCatalogue();

describe('the message catalogue', () => {
  it('has every message the code names, each with its English and bokmål text', () => {
    const named = new Set<string>();
    for (const [, id] of everything.matchAll(/\b(?:message|schemaError|t)\(\s*'([a-z-]+\/[a-z0-9-]+)'/g))
      named.add(id!);
    expect(named.size).toBeGreaterThan(300);
    const missing = [...named].filter((id) => !(id in CATALOGUE));
    expect(missing).toEqual([]);
    for (const [id, entry] of Object.entries(CATALOGUE)) {
      expect(typeof entry.en, id).toBe('function');
      expect(typeof entry.nb, id).toBe('function');
    }
  });

  it('has no message the code never names', () => {
    // The per-file checks name theirs by their rule's prefix (file/…, syntax/…, schema/…); every other is named in full.
    const unused = Object.keys(CATALOGUE).filter(
      (id) => !everything.includes(`'${id}'`) && !/^(file|syntax|schema)\//.test(id),
    );
    expect(unused).toEqual([]);
    const record = Object.keys(CATALOGUE).filter((id) => /^(file|syntax|schema)\//.test(id));
    const unusedRecord = record.filter((id) => !everything.includes(`'${id}'`));
    expect(unusedRecord).toEqual([]);
  });

  it('words a message in the language asked for, a nested message in the same language', () => {
    const refused = message('renew/refused', {
      year: 2020,
      reasons: message('term/already-runs-through', { end: '2019-12-31' }),
      clause: '§7',
    });
    expect(say(refused, 'en')).toBe('cannot renew for 2020: the agreement already runs through 2019-12-31 (§7)');
    expect(say(refused, 'nb')).toBe('kan ikke forlenge fra 2020: avtalen gjelder allerede til og med 2019-12-31 (§7)');
    // The CLI in nynorsk speaks bokmål where it has no nynorsk text of its own.
    expect(say(refused, 'nn')).toBe(say(refused, 'nb'));
  });

  it('takes the CLI language from PARTNERSHIP_LANG, then the locale (LC_ALL, LC_MESSAGES, LANG), else English', () => {
    expect(languageFromEnvironment({})).toBe('en');
    expect(languageFromEnvironment({ LANG: 'C.UTF-8' })).toBe('en');
    expect(languageFromEnvironment({ LANG: 'nb_NO.UTF-8' })).toBe('nb');
    expect(languageFromEnvironment({ LANG: 'no_NO' })).toBe('nb');
    expect(languageFromEnvironment({ LANG: 'nn_NO.UTF-8' })).toBe('nn');
    expect(languageFromEnvironment({ LANG: 'nb_NO.UTF-8', LC_MESSAGES: 'en_GB.UTF-8' })).toBe('en');
    expect(languageFromEnvironment({ LC_ALL: 'nb_NO.UTF-8', LC_MESSAGES: 'en_GB.UTF-8' })).toBe('nb');
    expect(languageFromEnvironment({ LC_ALL: '', LANG: 'nn_NO' })).toBe('nn');
    expect(languageFromEnvironment({ PARTNERSHIP_LANG: 'en', LANG: 'nb_NO.UTF-8' })).toBe('en');
    expect(languageFromEnvironment({ PARTNERSHIP_LANG: 'klingon', LANG: 'nb_NO.UTF-8' })).toBe('nb');
  });
});

describe("the documents' words", () => {
  const shape = (value: unknown): unknown =>
    typeof value === 'object' && value !== null
      ? Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, shape(inner)]))
      : typeof value;

  it('are there in bokmål and in nynorsk alike, and differ where the standards do', () => {
    expect(shape(WORDS.nn)).toEqual(shape(WORDS.nb));
    expect(shape(REPORT_WORDS.nn)).toEqual(shape(REPORT_WORDS.nb));
    expect(WORDS.nn.weekdays).toEqual(['måndag', 'tysdag', 'onsdag', 'torsdag', 'fredag', 'laurdag', 'sundag']);
    expect(`${WORDS.nn.numbers.masculine[1]} ${WORDS.nn.month(1)}`).toBe('éin månad');
    expect(`${WORDS.nn.numbers.neuter[1]} ${WORDS.nn.year}`).toBe('eitt år');
    expect(WORDS.nn.standing.approvePreviousMinutes('14. mars 2018')).toBe(
      'Godkjenning av referat frå møtet 14. mars 2018',
    );
  });
});

/**
 * Norwegian wording in a string of the code: two or more of the little words every Norwegian sentence has,
 * which an English one does not. Field descriptions in English that name a Norwegian term
 * ("the notice (innkalling)") pass; a sentence in Norwegian does not.
 */
const NORWEGIAN_WORDS =
  /\b(ikke|ikkje|fra|frå|og|av|til|er|ble|vart|det|som|den|dei|med|ved|om|mellom|skal|kan|eller|hvis|dersom|møtet|avtalen|partene|partane)\b/giu;

describe('the code', () => {
  it('holds no Norwegian wording outside the catalogue and the templates', () => {
    const found: string[] = [];
    for (const { file, text } of code) {
      for (const match of text.matchAll(/'((?:[^'\\\n]|\\.)*)'|"((?:[^"\\\n]|\\.)*)"|`((?:[^`\\]|\\.)*)`/g)) {
        const literal = (match[1] ?? match[2] ?? match[3] ?? '').replace(/\$\{[^}]*\}/g, ' ');
        // A command line in a help example names a file or a title as a person types it.
        if (literal.startsWith('partnership ')) continue;
        const words = new Set([...literal.matchAll(NORWEGIAN_WORDS)].map(([word]) => word.toLowerCase()));
        if (words.size >= 2) found.push(`${file}: ${literal.slice(0, 80)}`);
      }
    }
    expect(found).toEqual([]);
  });
});
