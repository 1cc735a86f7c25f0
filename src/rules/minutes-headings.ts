import { CASE_HEADING, sakslister } from '../documents/saksliste.js';
import { message } from '../messages/catalogue.js';
import type { DocumentLanguage } from '../messages/language.js';
import { WORDS } from '../messages/words.js';
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
  messages: [
    'minutes-headings/case-without-heading',
    'minutes-headings/four-digit-year',
    'minutes-headings/heading-level',
    'minutes-headings/no-headings',
    'minutes-headings/no-such-case',
    'minutes-headings/not-a-case-number',
    'minutes-headings/other-title',
    'minutes-headings/renumbered',
    'minutes-headings/same-title',
    'minutes-headings/standing-any-other-business',
    'minutes-headings/twice',
  ],
  mayWarn: true,
  description:
    "the `## Sak n/YY` headings in a meeting's minutes are the numbers its saksliste gives its items, in order, once each, with the saksliste's titles (they move when an earlier meeting's agenda is edited); every item has its heading, and written minutes have them (warnings); agenda items have titles of their own, and no Eventuelt beside the standing one (warnings)",
  check({ records }, report) {
    const numbered = sakslister(records.agreement.data, records.meetings);
    for (const meeting of records.meetings) {
      if (meeting.data.status === 'cancelled') continue;
      checkAgenda(meeting, records.agreement.data.language, report);
      const body = bodyOf(meeting);
      if (meeting.data.status !== 'held' || body.trim() === '') continue;
      checkHeadings(meeting, body, numbered.get(meeting)?.items ?? [], report);
    }
  },
};

function checkAgenda(meeting: MeetingRecord, language: DocumentLanguage, report: Report): void {
  const seen = new Map<string, number>();
  meeting.data.agenda.forEach((item, index) => {
    const title = item.title.trim().toLowerCase();
    const { anyOtherBusiness } = WORDS[language].standing;
    if (title === anyOtherBusiness.toLowerCase()) {
      report(
        meeting.at(['agenda', index, 'title']),
        message('minutes-headings/standing-any-other-business', { title: anyOtherBusiness }),
        { severity: 'warning' },
      );
    }
    const first = seen.get(title);
    if (first !== undefined) {
      report(
        meeting.at(['agenda', index, 'title']),
        message('minutes-headings/same-title', { first: first + 1, second: index + 1, title: item.title }),
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
      message('minutes-headings/no-headings', { number: items[0]?.number ?? null, title: items[0]?.title ?? null }),
      { severity: 'warning' },
    );
    return;
  }
  const numbers = items.map((item) => item.number);
  const cases = numbers.length > 0 ? `${numbers[0]}–${numbers.at(-1)}` : null;
  // Titles compared without case; Norwegian has no casing rules of its own, so the default lowering is the same.
  const byTitle = new Map<string, { number: string; title: string; standing: boolean }>();
  for (const item of [...items].reverse()) byTitle.set(titleKey(item.title), item);
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
          ? message('minutes-headings/four-digit-year', { written: number, number: `${year[1]}/${year[2]?.slice(2)}` })
          : message('minutes-headings/not-a-case-number', { written: number, cases }),
      );
      continue;
    }
    if (hashes.length !== 2) {
      report(at(heading, hashes), message('minutes-headings/heading-level', { number, level: hashes.length }), {
        severity: 'warning',
      });
    }
    const earlier = written.get(number);
    if (earlier) {
      report(where, message('minutes-headings/twice', { number }));
      continue;
    }
    written.set(number, heading);
    const item = byTitle.get(titleKey(title));
    const numberedItem = items.find((candidate) => candidate.number === number);
    if (item && item.number !== number) {
      misnumbered = true;
      report(where, message('minutes-headings/renumbered', { title: title.trim(), number, expected: item.number }));
    } else if (!numberedItem) {
      misnumbered = true;
      report(where, message('minutes-headings/no-such-case', { number, date: meeting.data.date, cases }));
    } else if (!item && title.trim() !== '' && !numberedItem.standing) {
      // The standing items' titles are the tool's wording, which minutes may put in their own words.
      report(
        where,
        message('minutes-headings/other-title', { number, written: title.trim(), title: numberedItem.title }),
        { severity: 'warning' },
      );
    }
  }
  // A case without a heading is told only when the numbers are right: renumbering comes first.
  if (misnumbered) return;
  for (const item of items.filter((candidate) => !written.has(candidate.number))) {
    report(
      { file: meeting.file, ...positionAt(meeting.text, meeting.frontMatter.bodyStart) },
      message('minutes-headings/case-without-heading', { number: item.number, title: item.title }),
      { severity: 'warning' },
    );
  }
}

/** A title as headings are matched by it: in any case, and a no-break space ("14. mars") the same as a space. */
function titleKey(title: string): string {
  return title.trim().replace(/\s+/g, ' ').toLowerCase();
}
