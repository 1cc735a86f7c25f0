import { describe, expect, it } from 'vitest';
import { say } from '../../src/messages/catalogue.js';
import { readFrontMatter } from '../../src/records/front-matter.js';

function problems(text: string) {
  const result = readFrontMatter(text);
  if (result.ok) throw new Error('expected problems');
  return result.problems.map((problem) => ({ ...problem, message: say(problem.message, 'en') }));
}

function parsed(text: string) {
  const result = readFrontMatter(text);
  if (!result.ok) throw new Error(result.problems.map((problem) => say(problem.message, 'en')).join('; '));
  return result.frontMatter;
}

describe('reading front matter', () => {
  it('keeps dates and times as strings (YAML 1.2), and positions as file lines', () => {
    const frontMatter = parsed('---\ndate: 2018-03-14\ntime: 10:00\nflag: yes\n---\nBody\n');
    expect(frontMatter.data).toEqual({ date: '2018-03-14', time: '10:00', flag: 'yes' });
    expect(frontMatter.locate(['time'])).toEqual({ line: 3, column: 7, length: 5 });
    expect(frontMatter.locate(['time'], 'key')).toEqual({ line: 3, column: 1, length: 4 });
    expect(frontMatter.lineText(3)).toBe('time: 10:00');
  });

  it('accepts a byte order mark and CRLF line endings', () => {
    const text = '\uFEFF---\r\ndate: 2018-03-14\r\nstatus: held\r\n---\r\nTekst\r\n';
    const frontMatter = parsed(text);
    expect(frontMatter.data).toEqual({ date: '2018-03-14', status: 'held' });
    expect(frontMatter.locate(['status'])).toMatchObject({ line: 3, column: 9 });
    expect(frontMatter.lineText(3)).toBe('status: held');
    expect(text.slice(frontMatter.bodyStart)).toBe('Tekst\r\n');
  });

  it('reports a file without front matter, and an unclosed fence, at line 1', () => {
    expect(problems('# Bare tekst\n')).toEqual([
      expect.objectContaining({
        line: 1,
        column: 1,
        message: expect.stringMatching(/no front matter: it must start with a line "---"/),
      }),
    ]);
    expect(problems('---\ndate: 2018-03-14\n')).toEqual([
      expect.objectContaining({ line: 1, message: expect.stringMatching(/not closed: add a line "---"/) }),
    ]);
    expect(problems('')).toEqual([
      expect.objectContaining({ line: 1, message: expect.stringMatching(/no front matter/) }),
    ]);
  });

  it.each(['js', 'javascript', 'coffee', 'json', 'toml'])(
    'refuses ---%s front matter without running it',
    (language) => {
      const marker = `partnershipRan_${language}`;
      const text = `---${language}\n{ date: (globalThis.${marker} = true, '2018-03-14') }\n---\n`;
      expect(problems(text)).toEqual([
        expect.objectContaining({
          line: 1,
          column: 4,
          message: expect.stringMatching(
            new RegExp(`"---${language}" is not accepted: only YAML front matter is read`),
          ),
        }),
      ]);
      expect((globalThis as Record<string, unknown>)[marker]).toBeUndefined();
    },
  );

  it('fails fast on an alias bomb, at the first alias', () => {
    const levels = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (const [index, name] of ['b', 'c', 'd', 'e', 'f', 'g', 'h', 'i'].entries()) {
      const previous = index === 0 ? 'a' : 'bcdefghi'[index - 1];
      levels.push(`${name}: &${name} [${Array(9).fill(`*${previous}`).join(',')}]`);
    }
    expect(problems(`---\n${levels.join('\n')}\n---\n`)).toEqual([
      expect.objectContaining({
        line: 3,
        column: 8,
        message: expect.stringMatching(/aliases expand to too much data/),
      }),
    ]);
  });

  it('reports duplicate keys at the second one, and __proto__ keys', () => {
    expect(problems('---\nchair: kmd\nchair: ks\n---\n')).toEqual([
      expect.objectContaining({
        line: 3,
        column: 1,
        message: 'the key "chair" appears twice in the same place: keep one',
      }),
    ]);
    expect(problems('---\nagenda:\n  - __proto__: { polluted: true }\n---\n')).toEqual([
      expect.objectContaining({ line: 3, column: 5, message: 'the key "__proto__" is not allowed' }),
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('reports every tag, !!str included, keys that are lists or maps, and control characters written as escapes', () => {
    expect(problems('---\ndate: !!str 2018-03-14\n---\n')).toEqual([
      expect.objectContaining({
        line: 2,
        column: 13,
        message: 'YAML tags such as "!!str" are not accepted: write a plain value',
      }),
    ]);
    expect(problems('---\n? { a: 1 }\n: b\n---\n')).toEqual([
      expect.objectContaining({
        line: 2,
        column: 3,
        message: 'a key must be a plain word such as "date", not a list or a map',
      }),
    ]);
    expect(
      problems('---\nplace: "Oslo\\e[2J"\n"\\e]0;x": 1\n---\n').map(({ line, message }) => [line, message]),
    ).toEqual([
      [2, 'the value holds an invisible control character (U+001B), written as an escape: remove it'],
      [3, 'the value holds an invisible control character (U+001B), written as an escape: remove it'],
    ]);
  });

  it('says what an undefined alias is, rather than calling it too much data', () => {
    expect(problems('---\nchair: *party\n---\n')).toEqual([
      expect.objectContaining({
        line: 2,
        column: 8,
        message:
          'an alias (*name) refers to an anchor (&name) that is not set before it: write the values out instead of using YAML aliases',
      }),
    ]);
  });

  it('bounds what it reads: depth, number of values, size, and a nesting too deep to parse', () => {
    expect(problems(`---\na: ${'['.repeat(40)}${']'.repeat(40)}\n---\n`)[0]?.message).toBe(
      'the front matter nests lists and maps more than 32 levels deep',
    );
    expect(problems(`---\na: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n---\n`)[0]?.message).toMatch(
      /nests lists and maps/,
    );
    expect(problems(`---\nitems: [${'1, '.repeat(100_001)}1]\n---\n`)[0]?.message).toBe(
      "the front matter holds more than 100000 values: far more than a record's fields take",
    );
    expect(problems(`---\nnote: "${'x'.repeat(1024 * 1024)}"\n---\n`)[0]?.message).toMatch(
      /the front matter is over 1024 KB/,
    );
  });

  it('reads 5,000 keys, finding the duplicate among them (npm run bench holds 20,000 to a second)', () => {
    const keys = Array.from({ length: 5_000 }, (_, index) => `k${index}: v`);
    expect(problems(`---\n${keys.join('\n')}\nk7: again\n---\n`)).toEqual([
      expect.objectContaining({
        line: 5_002,
        column: 1,
        message: 'the key "k7" appears twice in the same place: keep one',
      }),
    ]);
  });

  it('reports YAML syntax errors and executable-looking tags with their line', () => {
    expect(problems('---\ndate: 2018-03-14\nagenda: [a, b\nstatus: held\n---\n')[0]).toMatchObject({
      line: 4,
      message: expect.stringMatching(/Flow sequence/),
    });
    expect(problems('---\nrun: !!js/function "function () { return 1 }"\n---\n')).toEqual([
      expect.objectContaining({
        line: 2,
        column: 6,
        message: expect.stringMatching(/tags like "!!js\/function" are not accepted/),
      }),
    ]);
  });

  it('reports an empty front matter and one that is not a list of fields', () => {
    expect(problems('---\n---\n')[0]?.message).toMatch(/the front matter is empty/);
    expect(problems('---\n- a\n- b\n---\n')[0]).toMatchObject({
      line: 2,
      message: expect.stringMatching(/must be a list of "key: value" fields/),
    });
  });

  it('reads a multi-megabyte body without looking into it', () => {
    const body = 'Referat.\n---\nikke: front matter\n'.repeat(250_000);
    const text = `---\ndate: 2018-03-14\n---\n${body}`;
    expect(text.length).toBeGreaterThan(5_000_000);
    const frontMatter = parsed(text);
    expect(frontMatter.data).toEqual({ date: '2018-03-14' });
    expect(text.slice(frontMatter.bodyStart)).toBe(body);
  });
});
