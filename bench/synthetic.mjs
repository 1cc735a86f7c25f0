/** A synthetic records repository: one meeting a month from January 2000, rotating, all valid. */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const pad = (n) => String(n).padStart(2, '0');

/** The saksliste of every meeting after the first: the standing items around its two agenda items. */
const CASES = [
  'Godkjenning av innkalling og saksliste',
  'Godkjenning av referat fra forrige møte',
  'Kommunenes plankapasitet',
  'Rekruttering til planutdanningene',
  'Eventuelt',
];

/** Minutes with a heading for every case, numbered on from `first`, as the minutes-headings rule wants them. */
function minutes(cases, first, year) {
  return cases
    .map((title, offset) => `## Sak ${first + offset}/${String(year).slice(2)} ${title}\n\nKonklusjon: Godkjent.\n`)
    .join('\n');
}

export function writeSyntheticRepository(folder, meetingCount, records) {
  const lastYear = 2000 + Math.ceil(meetingCount / 12);
  const agreement = readFileSync(join(records, 'agreement/agreement.md'), 'utf8')
    .replace('signed: 2017-09-07', 'signed: 2000-01-01')
    .replace(/end: 2018-12-31/, `end: ${lastYear}-12-31`)
    .replace(/due: 2018-12-31/, `due: ${lastYear}-12-31`)
    .replace('notified_in: 2018-03-14\n    brought: 2018-05-03', 'notified_in: 2000-01-20\n    brought: 2000-05-03');
  mkdirSync(join(folder, 'agreement'), { recursive: true });
  mkdirSync(join(folder, 'meetings'), { recursive: true });
  writeFileSync(join(folder, 'agreement/agreement.md'), agreement);
  for (let index = 0; index < meetingCount; index += 1) {
    const year = 2000 + Math.floor(index / 12);
    const month = (index % 12) + 1;
    const date = `${year}-${pad(month)}-20`;
    const party = index % 2 === 0 ? 'kmd' : 'ks';
    const consultation = index === 0 ? '\n    consultation: tolkning-punkt-5' : '';
    // The saksliste's first number: the first meeting has four items, every later one five (with the last minutes).
    const monthIndex = index % 12;
    const firstItem = year === 2000 ? (monthIndex === 0 ? 1 : 5 + 5 * (monthIndex - 1)) : 1 + 5 * monthIndex;
    writeFileSync(
      join(folder, 'meetings', `${date}.md`),
      `---
date: ${date}
time: "10:00"
place: KMD, Akersgata 59, Oslo
status: held
chair: ${party}
minutes: ${party}
notice_sent: ${year}-${pad(month)}-01
documents_sent: ${year}-${pad(month)}-10
attendees:
  kmd: ["Avdelingsdirektør, planavdelingen", "Seniorrådgiver, planavdelingen"]
  ks: ["Spesialrådgiver, plan"]
absent: {}
agenda:
  - title: Kommunenes plankapasitet
    focus: A
    proposed_by: ks${consultation}
  - title: Rekruttering til planutdanningene
    focus: B
    proposed_by: kmd
minutes_approved: null
rotation_note: null
---

${minutes(index === 0 ? CASES.filter((title) => !title.includes('forrige')) : CASES, firstItem, year)}`,
    );
  }
  return { today: `${lastYear}-06-01` };
}
