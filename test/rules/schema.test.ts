import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jsonSchemas, SCHEMA_FILES } from '../../src/commands/schema.js';
import { say } from '../../src/messages/catalogue.js';
import type { RecordKind } from '../../src/model/schemas.js';
import { loadRecords } from '../../src/records/load.js';
import { meetingData, recordText } from '../helpers/fixtures.js';
import { PROJECT_ROOT } from '../helpers/repository.js';

function meetingFindings(overrides: Record<string, unknown>, remove: string[] = []) {
  const data = meetingData('2018-03-14', overrides);
  for (const key of remove) delete data[key];
  const text = recordText(data);
  const { findings } = loadRecords([{ path: 'meetings/2018-03-14.md', text }]);
  return { text, findings: findings.map((finding) => ({ ...finding, message: say(finding.message, 'en') })) };
}

describe('record schemas', () => {
  it('rejects a date that is not in the calendar, at its value', () => {
    const { findings } = meetingFindings({ date: '2018-02-30' });
    expect(findings).toEqual([
      expect.objectContaining({
        rule: 'schema',
        line: 2,
        column: 7,
        message: 'date: 2018-02-30 is not a real calendar date: check the month and the day',
      }),
    ]);
  });

  it('rejects dates and times in other shapes, saying what is expected', () => {
    const { findings } = meetingFindings({ notice_sent: '28.02.2018', time: '25:00' });
    expect(findings.map((finding) => finding.message)).toEqual([
      'time: expected a time as HH:MM between 00:00 and 23:59, not "25:00"',
      'notice_sent: expected a date written as YYYY-MM-DD, not "28.02.2018": did you mean 2018-02-28?',
    ]);
  });

  it('rejects an unknown key at the key, suggesting the nearest known one', () => {
    const { text, findings } = meetingFindings({ chiar: 'kmd' }, ['chair']);
    const line = text.split('\n').findIndex((candidate) => candidate.startsWith('chiar')) + 1;
    expect(findings).toEqual([
      expect.objectContaining({
        rule: 'schema',
        line: 2,
        message: 'the front matter is missing the required key "chair"',
      }),
      expect.objectContaining({
        rule: 'schema',
        line,
        column: 1,
        message: 'unknown key "chiar": did you mean "chair"?',
      }),
    ]);
  });

  it('rejects an unknown key deep in a list, naming where it is', () => {
    const { findings } = meetingFindings({
      agenda: [{ title: 'Sak', focus: 'A', proposed_by: 'ks', konsultasjon: 'x' }],
    });
    expect(findings.map((finding) => finding.message)).toEqual([
      'unknown key "konsultasjon" in agenda[1]: did you mean "consultation"?',
    ]);
  });

  it('lists the allowed values of a choice', () => {
    const { findings } = meetingFindings({ status: 'avholdt' });
    expect(findings.map((finding) => finding.message)).toEqual([
      'status: expected one of planned, held, cancelled, not "avholdt": did you mean held?',
    ]);
  });

  it.each(Object.entries(SCHEMA_FILES))(
    'keeps the committed schemas/%s JSON Schema in step with the code',
    (kind, file) => {
      const committed = readFileSync(join(PROJECT_ROOT, 'schemas', file), 'utf8');
      expect(committed, 'run: npm run build && node bin/partnership.js schema --out schemas').toBe(
        jsonSchemas()[kind as RecordKind],
      );
    },
  );
});
