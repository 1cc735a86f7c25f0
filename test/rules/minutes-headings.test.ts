import { describe, it } from 'vitest';
import { minutesHeadings } from '../../src/rules/minutes-headings.js';
import { positionOf, recordText, repositoryFiles, rotatingMeetings, VALID_MEETING_DATES } from '../helpers/fixtures.js';
import { expectFindings, expectValid } from '../helpers/rule-tester.js';

/** The 2018-09-20 meeting's minutes: its saksliste is 5/18 (the notice), 6/18 (March's minutes), 7/18 and 8/18 (Eventuelt). */
function withMinutes(body: string, agendaOfMarch?: unknown[]) {
  const meetings = rotatingMeetings(VALID_MEETING_DATES);
  if (agendaOfMarch) meetings['2018-03-14'] = { ...meetings['2018-03-14'], agenda: agendaOfMarch };
  const text = recordText(meetings['2018-09-20']!, body);
  return { files: repositoryFiles({ meetings, files: { 'meetings/2018-09-20.md': text } }), text };
}

const MINUTES = `
## Sak 5/18 Godkjenning av innkalling og saksliste

Godkjent.

## Sak 6/18 Godkjenning av referat fra møtet 14. mars 2018

## Sak 7/18 Kommunenes plankapasitet

## Sak 8/18 Eventuelt
`;

describe('minutes-headings', () => {
  it('accepts minutes whose headings are the saksliste numbers, and minutes without numbered headings', () => {
    expectValid(minutesHeadings, withMinutes(MINUTES).files);
    expectValid(minutesHeadings, withMinutes('\nKort referat uten saksnumre.\n').files);
  });

  it('reports a heading whose item the saksliste numbers otherwise, after an earlier agenda was edited', () => {
    // March gets a second item: every number of September moves on by one.
    const { files, text } = withMinutes(MINUTES, [
      { title: 'Kommunenes plankapasitet', focus: 'A', proposed_by: 'ks' },
      { title: 'Plan- og byggesakslab', focus: 'C', proposed_by: 'kmd' },
    ]);
    const heading = (number: string) => ({
      file: 'meetings/2018-09-20.md',
      ...positionOf(text, `## Sak ${number}`, number),
    });
    expectFindings(minutesHeadings, files, [
      {
        ...heading('5/18'),
        message:
          /^the minutes number "Godkjenning av innkalling og saksliste" Sak 5\/18, and the saksliste numbers it Sak 6\/18: renumber/,
      },
      { ...heading('6/18'), message: /numbers it Sak 7\/18/ },
      { ...heading('7/18'), message: /numbers it Sak 8\/18/ },
      { ...heading('8/18'), message: /numbers it Sak 9\/18/ },
    ]);
  });

  it('reports a heading the saksliste has no item for', () => {
    const { files, text } = withMinutes(`${MINUTES}\n## Sak 10/18 Noe annet\n`);
    expectFindings(minutesHeadings, files, [
      {
        file: 'meetings/2018-09-20.md',
        ...positionOf(text, '## Sak 10/18', '10/18'),
        message:
          /^the minutes have a heading Sak 10\/18, and the saksliste of 2018-09-20 numbers its items 5\/18–8\/18/,
      },
    ]);
  });
});
