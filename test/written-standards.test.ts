/**
 * Bokmål and nynorsk: every document kind and the report, for both agreements in the fixtures, in both
 * written standards. An agreement with `language: nn` writes nynorsk; `--lang nn` writes one document of
 * a bokmål agreement in nynorsk. What the code and the templates add is checked against word forms only
 * one standard has; what the records themselves say (titles, minutes) is left out of the check, since it
 * is written in whatever form the parties wrote it.
 */
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRecords } from '../src/records/load.js';
import { readRepository } from '../src/records/repository.js';
import { runCli } from './helpers/cli.js';
import { copyFixture, type FixtureName, fixturePath, PROJECT_ROOT } from './helpers/repository.js';
import { unzipSync } from './helpers/unzip.js';

/** Forms of bokmål that nynorsk does not have, and the other way round. */
const BOKMAL_ONLY =
  /\b(ikke|fra|mandag|tirsdag|lørdag|søndag|måned|måneder|ett|én|ble|gjelder|hilsen|følgende|derfor|håndskrevne|partene|enige|øvrige|forlengelse|oppsigelse|oppsigelsen|oppsigelsestiden|saksliste|sakslisten|sakslistene|tidligere|kommer|sted|møteleder|møteledelse|deltakerne|mottakere|mottatt|regnet|sier|Deres|Saksbehandler|Sammendrag|Tidslinje|Hendelser|Hendelse|leder|hvem|hvilken|møtene|avlysning|saksdokumentene|sendes|forlenges|evalueringen|utløper|opphører|Foreslått|Begrunnelse|godtatt)\b/i;
const NYNORSK_ONLY =
  /\b(ikkje|frå|måndag|tysdag|laurdag|sundag|månad|månader|eitt|éin|vart|gjeld|helsing|følgjande|difor|handskrivne|partane|samde|dei|kvar|kven|sakliste|saklista|saklistene|tidlegare|kjem|stad|møteleiar|møteleiing|mottakarar|motteken|rekna|seier|oppseiing|oppseiinga|oppseiingstida|forlenging|forlenginga|Dykkar|Sakshandsamar|Samandrag|Tidsline|Hendingar|Hending|leiar|avlysing|saksdokumenta|vert|forlengjast|evalueringa|Føreslått|Grunngjeving|godteke|kva)\b/i;

interface Case {
  name: string;
  args: string[];
  today: string;
  /** A meeting whose minutes are taken out first: the skeleton referat. */
  withoutMinutes?: string;
}

const DOCUMENTS: Record<FixtureName, Case[]> = {
  'ks-kmd-2018': [
    { name: 'innkalling-2018-03-14', args: ['render', 'agenda', '2018-03-14'], today: '2018-02-20' },
    { name: 'referat-2018-09-20', args: ['render', 'minutes', '2018-09-20'], today: '2018-10-04' },
    {
      name: 'referat-uten-tekst-2018-09-20',
      args: ['render', 'minutes', '2018-09-20'],
      today: '2018-09-21',
      withoutMinutes: '2018-09-20',
    },
    { name: 'avlysning-2018-06-12', args: ['render', 'agenda', '2018-06-12'], today: '2018-06-01' },
    { name: 'protokoll-2019', args: ['renew', '--year', '2019', '--decided', '2018-11-15'], today: '2018-11-15' },
    {
      name: 'oppsigelse-2018-10-31',
      args: ['terminate', '--by', 'ks', '--notified', '2018-10-31'],
      today: '2018-10-30',
    },
    { name: 'evaluering', args: ['report', '--format', 'md'], today: '2018-12-31' },
  ],
  'ks-kdd-digital': [
    { name: 'innkalling-2025-09-16', args: ['render', 'agenda', '2025-09-16'], today: '2025-08-25' },
    { name: 'referat-2024-10-22', args: ['render', 'minutes', '2024-10-22'], today: '2025-02-11' },
    { name: 'referat-uten-tekst-2025-02-11', args: ['render', 'minutes', '2025-02-11'], today: '2025-02-12' },
    { name: 'avlysning-2023-09-12', args: ['render', 'agenda', '2023-09-12'], today: '2023-09-01' },
    { name: 'protokoll-2026', args: ['renew', '--year', '2026', '--decided', '2025-11-10'], today: '2025-11-10' },
    {
      name: 'oppsigelse-2025-10-15',
      args: ['terminate', '--by', 'dep', '--notified', '2025-10-15'],
      today: '2025-10-14',
    },
    { name: 'evaluering', args: ['report', '--format', 'md'], today: '2025-10-01' },
  ],
};

/** Every text the records hold, longest first: what the parties wrote, in the form they wrote it. */
function recordTexts(folder: string): string[] {
  const { records } = loadRecords(readRepository(folder));
  const texts = new Set<string>();
  const collect = (value: unknown): void => {
    if (typeof value === 'string') texts.add(value);
    else if (Array.isArray(value)) value.forEach(collect);
    else if (value && typeof value === 'object') Object.values(value).forEach(collect);
  };
  for (const record of [records.agreement, ...records.meetings, ...records.annualPlans]) {
    if (!record) continue;
    collect(record.data);
    for (const line of record.text.slice(record.frontMatter.bodyStart).split('\n')) {
      const text = line.replace(/^#+\s*(Sak \S+\s*)?|^[-*]\s+/, '').trim();
      if (text) texts.add(text);
    }
  }
  return [...texts].filter((text) => text.length > 2).sort((a, b) => b.length - a.length);
}

/** The document with the records' own texts taken out: what the templates and the code wrote. */
function toolsWords(document: string, texts: readonly string[]): string {
  let rest = document;
  for (const text of texts) rest = rest.split(text).join(' ');
  return rest;
}

function withoutMinutes(folder: string, id: string | undefined): string {
  if (id === undefined) return folder;
  const path = join(folder, 'meetings', `${id}.md`);
  writeFileSync(path, readFileSync(path, 'utf8').replace(/\n---\n[\s\S]*$/, '\n---\n'));
  return folder;
}

function nynorskAgreement(folder: string): void {
  const path = join(folder, 'agreement', 'agreement.md');
  writeFileSync(path, readFileSync(path, 'utf8').replace(/^title: /m, 'language: nn\ntitle: '));
}

describe.each(Object.entries(DOCUMENTS) as Array<[FixtureName, Case[]]>)('%s', (fixture, cases) => {
  // The built-in templates: the 2018 records keep bokmål copies of them, which a nynorsk agreement would not.
  const records = () => {
    const folder = copyFixture(fixture);
    rmSync(join(folder, 'templates'), { recursive: true, force: true });
    return folder;
  };
  const bokmalRecords = (id?: string) => withoutMinutes(records(), id);
  const nynorskRecords = (id?: string) => {
    const folder = records();
    nynorskAgreement(folder);
    return withoutMinutes(folder, id);
  };

  /** The document rendered from `folder`, and the words in it that the tool wrote, the records' own taken out. */
  const rendered = async (folder: string, { args, today }: Case) => {
    const { code, stdout, stderr } = await runCli([...args, '--today', today], { cwd: folder });
    expect(code, stderr).toBe(0);
    return { stdout, tools: toolsWords(stdout, recordTexts(folder)) };
  };

  it('bokmål by default, with no nynorsk form: every document and the report as their golden files hold them', () => {
    // The golden files are what render, renew, terminate and report write (document-formats and the
    // report's tests compare them byte for byte), so the words are checked there, not rendered again.
    const texts = recordTexts(fixturePath(fixture));
    const folder = join(PROJECT_ROOT, 'test/golden/documents', fixture);
    const goldens = [
      ...readdirSync(folder)
        .filter((name) => name.endsWith('.md'))
        .map((name) => join(folder, name)),
      join(PROJECT_ROOT, 'test/golden/report', `${fixture}.md`),
    ];
    expect(goldens.length).toBeGreaterThanOrEqual(7);
    for (const golden of goldens)
      expect(toolsWords(readFileSync(golden, 'utf8'), texts).match(NYNORSK_ONLY)?.[0] ?? null, golden).toBeNull();
  });

  it.each(cases)('$name: nynorsk for an agreement in nynorsk, with no bokmål form', async (document) => {
    const { stdout, tools } = await rendered(nynorskRecords(document.withoutMinutes), document);
    expect(tools.match(BOKMAL_ONLY)?.[0] ?? null).toBeNull();
    const golden = join(PROJECT_ROOT, 'test/golden/nynorsk', fixture, `${document.name}.md`);
    await expect(stdout).toMatchFileSnapshot(golden);
  });

  it.each(cases)('$name: --lang nn writes one document of a bokmål agreement in nynorsk', async (document) => {
    const { args, today, withoutMinutes: id } = document;
    const once = await runCli([...args, '--today', today, '--lang', 'nn'], { cwd: bokmalRecords(id) });
    expect(once.code, once.stderr).toBe(0);
    // Byte for byte the nynorsk agreement's document, its golden file.
    const golden = join(PROJECT_ROOT, 'test/golden/nynorsk', fixture, `${document.name}.md`);
    expect(once.stdout).toBe(readFileSync(golden, 'utf8'));
  });
});

describe('a nynorsk document as HTML and DOCX', () => {
  it('is tagged nn in the page and in the Word file', async () => {
    const folder = copyFixture('ks-kdd-digital');
    nynorskAgreement(folder);
    const page = await runCli(['render', 'agenda', '2025-09-16', '-o', 'innkalling.html'], { cwd: folder });
    expect(page.code, page.stderr).toBe(0);
    expect(readFileSync(join(folder, 'innkalling.html'), 'utf8')).toContain('<html lang="nn">');
    const word = await runCli(['render', 'agenda', '2025-09-16', '-o', 'innkalling.docx'], { cwd: folder });
    expect(word.code, word.stderr).toBe(0);
    const parts = unzipSync(readFileSync(join(folder, 'innkalling.docx')));
    expect(parts.get('word/styles.xml')).toContain('<w:lang w:val="nn-NO"/>');
    expect(parts.get('docProps/core.xml')).toContain('<dc:language>nn-NO</dc:language>');
    // The access marking at the head of every page, in nynorsk; the saksbehandler as the author.
    expect(parts.get('word/header1.xml')).toContain(
      'Unnateke offentlegheit, jf. offl. § 13 jf. fvl. § 13 første ledd nr. 1',
    );
    expect(parts.get('docProps/core.xml')).toMatch(/<dc:creator>[^<]+<\/dc:creator>/);
  });
});
