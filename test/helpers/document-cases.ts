/** Every document kind on both agreements, as the document tests render them: in Markdown, HTML and DOCX, and as PDF/A. */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { runCli } from './cli.js';
import { copyFixture, type FixtureName, PROJECT_ROOT } from './repository.js';

export const golden = (fixture: string, name: string) => join(PROJECT_ROOT, 'test/golden/documents', fixture, name);

export interface DocumentCase {
  fixture: FixtureName;
  name: string;
  args: string[];
  today: string;
  /** Changes the copy of the records before rendering. */
  prepare?: (folder: string) => void;
  /** Texts the document must hold, each in a table cell of the DOCX (a signature table, a reference row). */
  inCells: string[];
}

/** The record without its minutes: what `render minutes` shows before anyone has written them. */
const withoutMinutes = (id: string) => (folder: string) => {
  const path = join(folder, 'meetings', `${id}.md`);
  writeFileSync(path, readFileSync(path, 'utf8').replace(/\n---\n[\s\S]*$/, '\n---\n'));
};

/** The 2018 records with the built-in templates, not their editable copies. */
const builtinTemplates = (folder: string) => rmSync(join(folder, 'templates'), { recursive: true, force: true });

export const CASES: DocumentCase[] = [
  {
    fixture: 'ks-kmd-2018',
    name: 'innkalling-2018-03-14',
    args: ['render', 'agenda', '2018-03-14'],
    today: '2018-02-20',
    inCells: ['Vår ref.', 'onsdag 14.\u00a0mars 2018 kl.\u00a010.00'],
  },
  {
    fixture: 'ks-kmd-2018',
    name: 'referat-2018-09-20',
    args: ['render', 'minutes', '2018-09-20'],
    today: '2018-10-04',
    inCells: ['Vår ref.', 'KMD'],
  },
  {
    fixture: 'ks-kmd-2018',
    name: 'referat-uten-tekst-2018-09-20',
    args: ['render', 'minutes', '2018-09-20'],
    today: '2018-09-21',
    prepare: withoutMinutes('2018-09-20'),
    inCells: ['Møteleder'],
  },
  {
    fixture: 'ks-kmd-2018',
    name: 'avlysning-2018-06-12',
    args: ['render', 'agenda', '2018-06-12'],
    today: '2018-06-01',
    inCells: ['Deres ref.'],
  },
  {
    fixture: 'ks-kmd-2018',
    name: 'protokoll-2019',
    args: ['renew', '--year', '2019', '--decided', '2018-11-15'],
    today: '2018-11-15',
    inCells: [
      'For regjeringen ved Kommunal- og moderniseringsdepartementet',
      'Jan Tore Sanner, kommunal- og moderniseringsminister',
      'Gunn Marit Helgesen, styreleder KS',
    ],
  },
  {
    fixture: 'ks-kmd-2018',
    name: 'oppsigelse-2018-10-31',
    args: ['terminate', '--by', 'ks', '--notified', '2018-10-31'],
    today: '2018-10-30',
    inCells: ['Deres ref.'],
  },
  {
    fixture: 'ks-kdd-digital',
    name: 'innkalling-2025-09-16',
    args: ['render', 'agenda', '2025-09-16'],
    today: '2025-08-25',
    inCells: ['22/00456-77', '22/1234'],
  },
  {
    fixture: 'ks-kdd-digital',
    name: 'referat-2024-10-22',
    args: ['render', 'minutes', '2024-10-22'],
    today: '2025-02-11',
    inCells: ['22/1234-61'],
  },
  {
    fixture: 'ks-kdd-digital',
    name: 'referat-uten-tekst-2025-02-11',
    args: ['render', 'minutes', '2025-02-11'],
    today: '2025-02-12',
    inCells: ['Referent'],
  },
  {
    fixture: 'ks-kdd-digital',
    name: 'avlysning-2023-09-12',
    args: ['render', 'agenda', '2023-09-12'],
    today: '2023-09-01',
    inCells: ['22/00456'],
  },
  {
    fixture: 'ks-kdd-digital',
    name: 'protokoll-2026',
    args: ['renew', '--year', '2026', '--decided', '2025-11-10'],
    today: '2025-11-10',
    inCells: ['For Digitaliserings- og forvaltningsdepartementet', 'Per Hansen, styreleder i KS'],
  },
  {
    fixture: 'ks-kdd-digital',
    name: 'oppsigelse-2025-10-15',
    args: ['terminate', '--by', 'dep', '--notified', '2025-10-15'],
    today: '2025-10-14',
    inCells: ['22/00456'],
  },
];

export function recordsFor(document: DocumentCase): string {
  const folder = copyFixture(document.fixture);
  if (document.fixture === 'ks-kmd-2018') builtinTemplates(folder);
  document.prepare?.(folder);
  return folder;
}

export async function render(document: DocumentCase, folder: string, ...more: string[]) {
  const result = await runCli([...document.args, '--today', document.today, ...more], { cwd: folder });
  expect(result.code, result.stderr).toBe(0);
  return result;
}
