import { describe, expect, it } from 'vitest';
import { message, say } from '../src/messages/catalogue.js';
import type { Finding } from '../src/model/finding.js';
import { NO_COLORS } from '../src/report/colors.js';
import { escapeData, escapeProperty, formatGithub } from '../src/report/github.js';
import { formatJson } from '../src/report/json.js';
import { formatText } from '../src/report/text.js';

const finding: Finding = {
  file: 'meetings/2018,03:14.md',
  line: 3,
  column: 7,
  severity: 'warning',
  rule: 'convener',
  clause: '§2',
  message: message('templates/handlebars', { detail: '100% late\r\nsecond line' }),
};

/** What a hostile record can put into a finding: a key or a file name with a line break and a workflow command. */
const hostile: Finding = {
  file: 'meetings/x\n::error file=README.md::pwned.md',
  line: 2,
  column: 1,
  severity: 'error',
  rule: 'schema',
  clause: null,
  message: message('schema/unknown-key', {
    key: 'a\n::stop-commands::x\u001b[2J\u202e',
    path: '',
    suggestion: 'agenda',
    allowed: [],
  }),
  excerpt: { text: `${'x'.repeat(500)}\u001b[31m`, length: 3 },
};

const report = (findings: Finding[]) => ({ findings, explained: [], recordCount: 1, rulesHeldBack: [] });

describe('the reporters', () => {
  it('escape %, CR and LF in annotations, and : and , in properties', () => {
    expect(escapeData('100% a\r\nb')).toBe('100%25 a%0D%0Ab');
    expect(escapeProperty('a:b,c%')).toBe('a%3Ab%2Cc%25');
    const [annotation, ...log] = formatGithub(report([finding]), 'en').split('\n');
    expect(annotation).toBe(
      '::warning file=meetings/2018%2C03%3A14.md,line=3,col=7,title=convener (§2)::100%25 late\\r\\nsecond line',
    );
    expect(log.join('\n')).toContain('meetings/2018,03:14.md:3:7  warning  convener  100% late\\r\\nsecond line');
  });

  it('never let a record start a workflow command or steer the terminal, in any format', () => {
    for (const output of [formatGithub(report([hostile]), 'en'), formatText(report([hostile]), NO_COLORS, 'en')]) {
      expect(output).not.toMatch(/^::(error file=README|stop-commands)/m);
      // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is what this does
      expect(output).not.toMatch(/[\u001b\u202e]/);
      expect(output).toContain('unknown key "a\\n::stop-commands::x\\u001b[2J\\u202e"');
    }
    const json = formatJson(report([hostile]), 'en');
    // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is what this does
    expect(json).not.toMatch(/[\u001b\u202e]/);
    expect(JSON.parse(json).findings[0].message).toBe(say(hostile.message, 'en'));
  });

  it('cut a long excerpt around the column, and show at most 20 findings a file with a count of the rest', () => {
    const frame = formatText(report([hostile]), NO_COLORS, 'en').split('\n')[1] ?? '';
    expect(frame.length).toBeLessThan(200);
    const many = Array.from({ length: 25 }, (_, index) => ({ ...finding, line: index + 1 }));
    const text = formatText(report(many), NO_COLORS, 'en');
    expect(text.match(/ {2}warning {2}convener/g)).toHaveLength(20);
    expect(text).toContain(
      '… and 5 more in meetings/2018,03:14.md (partnership validate --format json lists them all)',
    );
    expect(formatGithub(report(many), 'en').match(/^::warning/gm)).toHaveLength(20);
    expect(JSON.parse(formatJson(report(many), 'en')).findings).toHaveLength(25);
  });
});
