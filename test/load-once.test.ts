/**
 * A writing command checks the records as they are and as its change would leave them: each file is
 * parsed once however often it is loaded, and only a changed file is parsed anew.
 */
import { describe, expect, it } from 'vitest';
import { errorsIntroduced } from '../src/pipeline/check.js';
import { loadRecords } from '../src/records/load.js';
import { readRepository } from '../src/records/repository.js';
import { fixturePath } from './helpers/repository.js';

describe('loading the records', () => {
  it('parses a file once however often it is loaded, and a changed file anew', () => {
    const files = readRepository(fixturePath('ks-kmd-2018'));
    const first = loadRecords(files).records;
    const second = loadRecords(files).records;
    expect(second.meetings).toHaveLength(first.meetings.length);
    for (const [index, meeting] of second.meetings.entries())
      expect(meeting.frontMatter).toBe(first.meetings[index]?.frontMatter);

    const september = files.find((file) => file.path === 'meetings/2018-09-20.md');
    const changed = { path: 'meetings/2018-09-20.md', text: `${september?.text}\nEn linje til.\n` };
    const after = loadRecords(files.map((file) => (file === september ? changed : file))).records;
    expect(after.meetings.find((meeting) => meeting.id === '2018-09-20')?.frontMatter).not.toBe(
      first.meetings.find((meeting) => meeting.id === '2018-09-20')?.frontMatter,
    );
    expect(after.agreement?.frontMatter).toBe(first.agreement?.frontMatter);
  });

  it('still finds the errors a change introduces', () => {
    const files = readRepository(fixturePath('ks-kmd-2018'));
    const march = files.find((file) => file.path === 'meetings/2018-03-14.md');
    const broken = { path: 'meetings/2018-03-14.md', text: (march?.text ?? '').replace('chair: ks', 'chair: kss') };
    const introduced = errorsIntroduced(files, [broken], '2018-12-31', { nb: new Map(), nn: new Map() });
    expect(introduced.map((finding) => `${finding.file} ${finding.rule}`)).toEqual([
      'meetings/2018-03-14.md references',
      'meetings/2018-03-14.md rotation',
    ]);
  });
});
