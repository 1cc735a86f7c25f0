/** Records built from object literals, as users would write them. */
import { stringify } from 'yaml';
import { addDays } from '../../src/lib/dates.js';
import type { SourceFile } from '../../src/records/types.js';

type Data = Record<string, unknown>;

export const PARTIES = [
  {
    id: 'kmd',
    name: 'Kommunal- og moderniseringsdepartementet',
    short: 'KMD',
    signatory: { name: 'Statsråd', title: 'Kommunal- og moderniseringsminister' },
  },
  {
    id: 'ks',
    name: 'KS – Kommunesektorens organisasjon',
    short: 'KS',
    signatory: { name: 'Styreleder', title: 'Styreleder KS' },
  },
];

export function agreementData(overrides: Data = {}): Data {
  return {
    id: 'ks-kmd-planlegging',
    title: 'Samarbeidsavtale mellom regjeringen og KS om styrket kommunal og regional planlegging',
    parties: PARTIES,
    signed: '2017-09-07',
    clauses: {
      related_agreements: '1.1',
      meetings: '2',
      consultation: '2',
      inform: '3',
      announce: '4',
      evaluation: '6',
      term: '7',
    },
    term: {
      end: '2018-12-31',
      extension_years: 1,
      extension_requires: 'evaluation-pending',
      notice_months: 1,
      notice_rule: 'same-date',
    },
    evaluation: { due: '2018-12-31', completed: null },
    extensions: [],
    termination: null,
    meetings: {
      per_year: 2,
      level: 'administrative',
      convener: 'kmd',
      rotation: { roles: 'together', first: 'kmd' },
      notice_days: 14,
      documents_days: 7,
      avoid: ['fellesferie', 'romjul'],
    },
    focus_areas: { A: 'Kapasitet og kompetanse', B: 'Utdanning og profesjon', C: 'Kunnskap og FoU' },
    related_agreements: [],
    obligations: [],
    consultations: [],
    ...overrides,
  };
}

export function meetingData(date: string, overrides: Data = {}): Data {
  return {
    date,
    time: '10:00',
    place: 'KMD, Akersgata 59, Oslo',
    status: 'held',
    chair: 'kmd',
    minutes: 'kmd',
    notice_sent: addDays(date, -14),
    documents_sent: addDays(date, -7),
    attendees: { kmd: ['Avdelingsdirektør'], ks: ['Spesialrådgiver'] },
    absent: {},
    agenda: [{ title: 'Kommunenes plankapasitet', focus: 'A', proposed_by: 'ks' }],
    minutes_approved: null,
    rotation_note: null,
    ...overrides,
  };
}

export function planData(year: number, overrides: Data = {}): Data {
  return {
    year,
    status: 'adopted',
    adopted_in: '2017-11-20',
    priorities: [
      {
        title: 'Kartlegge plankapasitet',
        focus: 'A',
        responsible: ['kmd', 'ks'],
        due: `${year}-06-30`,
        status: 'ongoing',
      },
    ],
    ...overrides,
  };
}

export function recordText(data: Data, body = '\nTekst.\n'): string {
  return `---\n${stringify(data, { lineWidth: 0 })}---\n${body}`;
}

/** Meetings on these dates, with chair and minutes following the `together` rotation from KMD. */
export function rotatingMeetings(dates: readonly string[], overrides: Data = {}): Record<string, Data> {
  return Object.fromEntries(
    dates.map((date, turn) => {
      const party = turn % 2 === 0 ? 'kmd' : 'ks';
      return [date, meetingData(date, { chair: party, minutes: party, ...overrides })];
    }),
  );
}

/** A valid history for 2017–2018: one meeting in 2017 (pro rata), two in 2018, one annual plan. */
export const VALID_MEETING_DATES = ['2017-11-20', '2018-03-14', '2018-09-20'];

export interface RepositorySpec {
  agreement?: Data;
  meetings?: Record<string, Data>;
  plans?: Record<string, Data>;
  /** Raw files by path, added last (they replace generated ones of the same path). */
  files?: Record<string, string>;
}

export function repositoryFiles(spec: RepositorySpec = {}): SourceFile[] {
  const files = new Map<string, string>();
  files.set('agreement/agreement.md', recordText(spec.agreement ?? agreementData(), '\n# Samarbeidsavtale\n'));
  for (const [id, data] of Object.entries(spec.meetings ?? rotatingMeetings(VALID_MEETING_DATES)))
    files.set(`meetings/${id}.md`, recordText(data));
  for (const [year, data] of Object.entries(spec.plans ?? { 2018: planData(2018) }))
    files.set(`annual-plans/${year}.md`, recordText(data));
  for (const [path, text] of Object.entries(spec.files ?? {})) files.set(path, text);
  return [...files].map(([path, text]) => ({ path, text }));
}

/** The 1-based numbers of the lines containing `needle`. */
export function linesOf(text: string, needle: string): number[] {
  return text.split('\n').flatMap((line, index) => (line.includes(needle) ? [index + 1] : []));
}

/**
 * Where a finding should point, as eslint's RuleTester has it: the line of the first line containing
 * `needle`, and the column where `token` starts on it (the needle itself by default).
 */
export function positionOf(text: string, needle: string, token = needle): { line: number; column: number } {
  const line = lineOf(text, needle);
  const column = (text.split('\n')[line - 1] ?? '').indexOf(token) + 1;
  if (column === 0) throw new Error(`"${token}" is not on the line of "${needle}"`);
  return { line, column };
}

/** The 1-based number of the first line containing `needle`. */
export function lineOf(text: string, needle: string): number {
  const [line] = linesOf(text, needle);
  if (line === undefined) throw new Error(`"${needle}" not found`);
  return line;
}

export function fileText(files: readonly SourceFile[], path: string): string {
  const file = files.find((candidate) => candidate.path === path);
  if (!file) throw new Error(`no ${path}`);
  return file.text;
}
