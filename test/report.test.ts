import { describe, expect, it } from 'vitest';
import type { Finding } from '../src/model/finding.js';
import { escapeData, escapeProperty, formatGithub } from '../src/report/github.js';

const finding: Finding = {
  file: 'meetings/2018,03:14.md',
  line: 3,
  column: 7,
  severity: 'warning',
  rule: 'convener',
  clause: '§2',
  message: '100% late\r\nsecond line',
};

describe('the github reporter', () => {
  it('escapes %, CR and LF in messages, and also : and , in properties', () => {
    expect(escapeData('100% a\r\nb')).toBe('100%25 a%0D%0Ab');
    expect(escapeProperty('a:b,c%')).toBe('a%3Ab%2Cc%25');
    const [annotation, ...log] = formatGithub({ findings: [finding], recordCount: 1, rulesHeldBack: [] }).split('\n');
    expect(annotation).toBe(
      '::warning file=meetings/2018%2C03%3A14.md,line=3,col=7,title=convener (§2)::100%25 late%0D%0Asecond line',
    );
    expect(log.join('\n')).toContain('meetings/2018,03:14.md:3:7  warning  convener  100% late');
  });
});
