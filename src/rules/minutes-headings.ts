import { sakslister } from '../documents/saksliste.js';
import { bodyOf } from '../records/front-matter.js';
import { positionAt } from '../records/text-checks.js';
import type { Rule } from './rule.js';

const HEADING = /^#{1,6}[ \t]+Sak[ \t]+(\d+\/\d{2})\b[ \t]*(.*)$/gim;

/**
 * The referat as written numbers its sections after the saksliste: a heading
 * "Sak 3/18" is the item the saksliste numbers 3/18. When an earlier meeting's
 * agenda is edited, the numbers of every later meeting that year move, and the
 * minutes written against the old numbers no longer match.
 */
export const minutesHeadings: Rule = {
  id: 'minutes-headings',
  clause: 'meetings',
  severity: 'error',
  description:
    "the `Sak n/YY` headings in a meeting's minutes are the numbers its saksliste gives its items, in order (they move when an earlier meeting's agenda is edited)",
  check({ records }, report) {
    const numbered = sakslister(records.agreement.data, records.meetings);
    for (const meeting of records.meetings) {
      if (meeting.data.status === 'cancelled') continue;
      const body = bodyOf(meeting);
      const headings = [...body.matchAll(HEADING)];
      if (headings.length === 0) continue;
      const items = numbered.get(meeting)?.items ?? [];
      // Titles compared without case; Norwegian has no casing rules of its own, so the default lowering is the same.
      const byTitle = new Map<string, (typeof items)[number]>();
      for (const item of [...items].reverse()) byTitle.set(item.title.toLowerCase(), item);
      const titled = (title: string) => byTitle.get(title.trim().toLowerCase());
      const numbers = items.map((item) => item.number);
      const range = numbers.length > 0 ? `${numbers[0]}–${numbers.at(-1)}` : 'none';
      for (const heading of headings) {
        const [line, number = '', title = ''] = heading;
        const item = titled(title);
        if (item ? item.number === number : numbers.includes(number)) continue;
        const offset = meeting.frontMatter.bodyStart + (heading.index ?? 0) + line.indexOf(number);
        const location = { file: meeting.file, ...positionAt(meeting.text, offset) };
        if (item) {
          report(
            location,
            `the minutes number "${title.trim()}" Sak ${number}, and the saksliste numbers it Sak ${item.number}: renumber the minutes' headings (an earlier meeting's agenda may have changed)`,
          );
        } else {
          report(
            location,
            `the minutes have a heading Sak ${number}, and the saksliste of ${meeting.data.date} numbers its items ${range}: renumber the heading to its item`,
          );
        }
      }
    }
  },
};
