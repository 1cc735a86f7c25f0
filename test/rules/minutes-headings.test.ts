import { describe, it } from 'vitest';
import { minutesHeadings } from '../../src/rules/minutes-headings.js';
import {
  fileText,
  meetingData,
  positionOf,
  recordText,
  repositoryFiles,
  rotatingMeetings,
  VALID_MEETING_DATES,
} from '../helpers/fixtures.js';
import { expectFindings, expectValid } from '../helpers/rule-tester.js';

/** The 2018-09-20 meeting's minutes: its saksliste is 5/18 (the notice), 6/18 (March's minutes), 7/18 and 8/18 (Eventuelt). */
function withMinutes(body: string, agendaOfMarch?: unknown[], agendaOfSeptember?: unknown[]) {
  const meetings = rotatingMeetings(VALID_MEETING_DATES);
  if (agendaOfMarch) meetings['2018-03-14'] = { ...meetings['2018-03-14'], agenda: agendaOfMarch };
  if (agendaOfSeptember) meetings['2018-09-20'] = { ...meetings['2018-09-20'], agenda: agendaOfSeptember };
  const text = recordText(meetings['2018-09-20']!, body);
  // The other meetings' minutes are not written yet: only September's are checked.
  const others = Object.fromEntries(
    Object.entries(meetings)
      .filter(([id]) => id !== '2018-09-20')
      .map(([id, data]) => [`meetings/${id}.md`, recordText(data, '')]),
  );
  return { files: repositoryFiles({ meetings, files: { ...others, 'meetings/2018-09-20.md': text } }), text };
}

const MINUTES = `
## Sak 5/18 Godkjenning av innkalling og saksliste

Godkjent.

## Sak 6/18 Godkjenning av referat fra møtet 14. mars 2018

## Sak 7/18 Kommunenes plankapasitet

## Sak 8/18 Eventuelt
`;

const at = (text: string, heading: string, part: string) => ({
  file: 'meetings/2018-09-20.md',
  ...positionOf(text, heading, part),
});

describe('minutes-headings', () => {
  it("accepts minutes whose headings are the saksliste's cases, in its words or their own for the standing ones", () => {
    expectValid(minutesHeadings, withMinutes(MINUTES).files);
    expectValid(minutesHeadings, withMinutes(MINUTES.replace('fra møtet 14. mars 2018', 'fra forrige møte')).files);
    expectValid(minutesHeadings, withMinutes('').files);
  });

  it('reports a heading whose item the saksliste numbers otherwise, after an earlier agenda was edited', () => {
    // March gets a second item: every number of September moves on by one.
    const { files, text } = withMinutes(MINUTES, [
      { title: 'Kommunenes plankapasitet', focus: 'A', proposed_by: 'ks' },
      { title: 'Plan- og byggesakslab', focus: 'C', proposed_by: 'kmd' },
    ]);
    expectFindings(minutesHeadings, files, [
      {
        ...at(text, '## Sak 5/18', '5/18'),
        id: 'minutes-headings/renumbered',
      },
      {
        ...at(text, '## Sak 6/18', '6/18'),
        id: 'minutes-headings/renumbered',
        params: { number: '6/18', expected: '7/18' },
      },
      {
        ...at(text, '## Sak 7/18', '7/18'),
        id: 'minutes-headings/renumbered',
        params: { number: '7/18', expected: '8/18' },
      },
      {
        ...at(text, '## Sak 8/18', '8/18'),
        id: 'minutes-headings/renumbered',
        params: { number: '8/18', expected: '9/18' },
      },
    ]);
  });

  it('reports a heading the saksliste has no case for, a number written with the whole year, and one twice', () => {
    const { files, text } = withMinutes(
      `${MINUTES.replace('## Sak 7/18', '## Sak 7/2018')}\n## Sak 8/18 Eventuelt\n\n## Sak 10/18 Noe annet\n`,
    );
    expectFindings(minutesHeadings, files, [
      {
        ...at(text, '## Sak 7/2018', '7/2018'),
        id: 'minutes-headings/four-digit-year',
      },
      {
        file: 'meetings/2018-09-20.md',
        line: text.slice(0, text.lastIndexOf('## Sak 8/18')).split('\n').length,
        column: 8,
        id: 'minutes-headings/twice',
      },
      {
        ...at(text, '## Sak 10/18', '10/18'),
        id: 'minutes-headings/no-such-case',
      },
    ]);
  });

  it("warns about a level-3 case heading, another title than the saksliste's, and a case with no heading", () => {
    const { files, text } = withMinutes(
      MINUTES.replace('## Sak 7/18 Kommunenes plankapasitet', '### Sak 7/18 Plankapasiteten').replace(
        '\n## Sak 8/18 Eventuelt\n',
        '\n',
      ),
    );
    expectFindings(minutesHeadings, files, [
      {
        ...at(text, '### Sak 7/18', '###'),
        severity: 'warning',
        id: 'minutes-headings/heading-level',
      },
      {
        ...at(text, '### Sak 7/18', '7/18'),
        severity: 'warning',
        id: 'minutes-headings/other-title',
      },
      {
        file: 'meetings/2018-09-20.md',
        line: text.split('\n').indexOf('---', 1) + 2,
        column: 1,
        severity: 'warning',
        id: 'minutes-headings/case-without-heading',
      },
    ]);
  });

  it('warns about written minutes with no case headings at all', () => {
    const { files, text } = withMinutes('\nKort referat uten saksnumre.\n');
    expectFindings(minutesHeadings, files, [
      {
        file: 'meetings/2018-09-20.md',
        line: text.split('\n').indexOf('---', 1) + 2,
        column: 1,
        severity: 'warning',
        id: 'minutes-headings/no-headings',
      },
    ]);
  });

  it('warns about agenda items with one title, and an Eventuelt beside the standing one', () => {
    const item = { title: 'Kommunenes plankapasitet', focus: 'A', proposed_by: 'ks' };
    const meetings = rotatingMeetings(VALID_MEETING_DATES);
    meetings['2018-09-20'] = meetingData('2018-09-20', {
      ...meetings['2018-09-20'],
      agenda: [item, { ...item }, { title: 'Eventuelt', proposed_by: 'kmd' }],
    });
    const files = repositoryFiles({
      meetings,
      files: Object.fromEntries(
        Object.entries(meetings).map(([id, data]) => [`meetings/${id}.md`, recordText(data, '')]),
      ),
    });
    const text = fileText(files, 'meetings/2018-09-20.md');
    const titles = text.split('\n').flatMap((line, index) => (line.includes('title:') ? [index + 1] : []));
    expectFindings(minutesHeadings, files, [
      {
        file: 'meetings/2018-09-20.md',
        line: titles[1]!,
        column: 12,
        severity: 'warning',
        id: 'minutes-headings/same-title',
      },
      {
        file: 'meetings/2018-09-20.md',
        line: titles[2]!,
        column: 12,
        severity: 'warning',
        id: 'minutes-headings/standing-any-other-business',
      },
    ]);
  });
});
