import { CASE_HEADING, sakslister } from '../documents/saksliste.js';
import { STANDING_ITEMS } from '../lib/norwegian.js';
import { bodyOf } from '../records/front-matter.js';
import { positionAt } from '../records/text-checks.js';
import type { MeetingRecord } from '../records/types.js';
import type { Report, Rule } from './rule.js';

const CASE_NUMBER = /^\d+\/\d{2}$/;

/**
 * The referat as written numbers its sections after the saksliste: a heading "## Sak 3/18" is the item
 * the saksliste numbers 3/18, with its title, once, and every item has its heading. When an earlier
 * meeting's agenda is edited, the numbers of every later meeting that year move, and the minutes written
 * against the old numbers no longer match. An agenda whose items share a title, or that adds an
 * "Eventuelt" of its own beside the standing one, makes the headings ambiguous.
 */
export const minutesHeadings: Rule = {
  id: 'minutes-headings',
  clause: 'meetings',
  severity: 'error',
  mayWarn: true,
  description:
    "the `## Sak n/YY` headings in a meeting's minutes are the numbers its saksliste gives its items, in order, once each, with the saksliste's titles (they move when an earlier meeting's agenda is edited); every item has its heading, and written minutes have them (warnings); agenda items have titles of their own, and no Eventuelt beside the standing one (warnings)",
  check({ records }, report) {
    const numbered = sakslister(records.agreement.data, records.meetings);
    for (const meeting of records.meetings) {
      if (meeting.data.status === 'cancelled') continue;
      checkAgenda(meeting, report);
      const body = bodyOf(meeting);
      if (meeting.data.status !== 'held' || body.trim() === '') continue;
      checkHeadings(meeting, body, numbered.get(meeting)?.items ?? [], report);
    }
  },
};

function checkAgenda(meeting: MeetingRecord, report: Report): void {
  const seen = new Map<string, number>();
  meeting.data.agenda.forEach((item, index) => {
    const title = item.title.trim().toLowerCase();
    if (title === STANDING_ITEMS.anyOtherBusiness.toLowerCase()) {
      report(
        meeting.at(['agenda', index, 'title']),
        `the saksliste ends with ${STANDING_ITEMS.anyOtherBusiness} as a standing item: remove this agenda item, or give it a title of its own`,
        { severity: 'warning' },
      );
    }
    const first = seen.get(title);
    if (first !== undefined) {
      report(
        meeting.at(['agenda', index, 'title']),
        `agenda items ${first + 1} and ${index + 1} have the same title, "${item.title}": give each its own, so the minutes' headings tell them apart`,
        { severity: 'warning' },
      );
    } else seen.set(title, index);
  });
}

function checkHeadings(
  meeting: MeetingRecord,
  body: string,
  items: ReadonlyArray<{ number: string; title: string; standing: boolean }>,
  report: Report,
): void {
  const headings = [...body.matchAll(CASE_HEADING)];
  const at = (heading: RegExpMatchArray, part: string) => ({
    file: meeting.file,
    ...positionAt(meeting.text, meeting.frontMatter.bodyStart + (heading.index ?? 0) + heading[0].indexOf(part)),
  });
  if (headings.length === 0) {
    report(
      { file: meeting.file, ...positionAt(meeting.text, meeting.frontMatter.bodyStart) },
      `the minutes have no case headings: write one for each case of the saksliste, "## Sak ${items[0]?.number ?? 'n/YY'} ${items[0]?.title ?? '…'}" and on, so the referat follows it`,
      { severity: 'warning' },
    );
    return;
  }
  const numbers = items.map((item) => item.number);
  const range = numbers.length > 0 ? `${numbers[0]}–${numbers.at(-1)}` : 'none';
  // Titles compared without case; Norwegian has no casing rules of its own, so the default lowering is the same.
  const byTitle = new Map<string, { number: string; title: string; standing: boolean }>();
  for (const item of [...items].reverse()) byTitle.set(item.title.toLowerCase(), item);
  const written = new Map<string, RegExpMatchArray>();
  let misnumbered = false;
  for (const heading of headings) {
    const [, hashes = '', number = '', title = ''] = heading;
    const where = at(heading, number);
    if (!CASE_NUMBER.test(number)) {
      misnumbered = true;
      const year = /^(\d+)\/(\d{4})$/.exec(number);
      report(
        where,
        year
          ? `write the case number as the saksliste does, Sak ${year[1]}/${year[2]?.slice(2)}, not Sak ${number}`
          : `"Sak ${number}" is not a case number: the saksliste numbers its cases ${range}`,
      );
      continue;
    }
    if (hashes.length !== 2) {
      report(
        at(heading, hashes),
        `a case heading is level 2, "## Sak ${number} …", as the referat's template writes them: this one has ${hashes.length} #`,
        { severity: 'warning' },
      );
    }
    const earlier = written.get(number);
    if (earlier) {
      report(where, `the minutes have two headings Sak ${number}: keep one, and renumber the other to its case`);
      continue;
    }
    written.set(number, heading);
    const item = byTitle.get(title.trim().toLowerCase());
    const numberedItem = items.find((candidate) => candidate.number === number);
    if (item && item.number !== number) {
      misnumbered = true;
      report(
        where,
        `the minutes number "${title.trim()}" Sak ${number}, and the saksliste numbers it Sak ${item.number}: renumber the minutes' headings (an earlier meeting's agenda may have changed)`,
      );
    } else if (!numberedItem) {
      misnumbered = true;
      report(
        where,
        `the minutes have a heading Sak ${number}, and the saksliste of ${meeting.data.date} numbers its items ${range}: renumber the heading to its item`,
      );
    } else if (!item && title.trim() !== '' && !numberedItem.standing) {
      // The standing items' titles are the tool's wording, which minutes may put in their own words.
      report(
        where,
        `the heading Sak ${number} says "${title.trim()}", and the saksliste calls the case "${numberedItem.title}": write the saksliste's title`,
        { severity: 'warning' },
      );
    }
  }
  // A case without a heading is told only when the numbers are right: renumbering comes first.
  if (misnumbered) return;
  for (const item of items.filter((candidate) => !written.has(candidate.number))) {
    report(
      { file: meeting.file, ...positionAt(meeting.text, meeting.frontMatter.bodyStart) },
      `the minutes have no heading for Sak ${item.number} ${item.title}: add "## Sak ${item.number} ${item.title}", even when the case was only noted`,
      { severity: 'warning' },
    );
  }
}
