/**
 * Every document, on both agreements, in its three formats: the Markdown as a golden file, the HTML page
 * as a golden file, and the DOCX read back by a DOCX reader (mammoth) to its text, a golden file too, and to
 * its structure (real headings and tables, not paragraphs that look like them).
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { runCli } from './helpers/cli.js';
import { pdfToolsMissing, readPdfA, xmpFields } from './helpers/pdf.js';
import { copyFixture, type FixtureName, PROJECT_ROOT } from './helpers/repository.js';
import { unzipSync } from './helpers/unzip.js';

const golden = (fixture: string, name: string) => join(PROJECT_ROOT, 'test/golden/documents', fixture, name);

interface DocumentCase {
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

const CASES: DocumentCase[] = [
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

function recordsFor(document: DocumentCase): string {
  const folder = copyFixture(document.fixture);
  if (document.fixture === 'ks-kmd-2018') builtinTemplates(folder);
  document.prepare?.(folder);
  return folder;
}

async function render(document: DocumentCase, folder: string, ...more: string[]) {
  const result = await runCli([...document.args, '--today', document.today, ...more], { cwd: folder });
  expect(result.code, result.stderr).toBe(0);
  return result;
}

describe.each(CASES)('$fixture: $name', (document) => {
  it('in Markdown, as the template writes it', async () => {
    const { stdout } = await render(document, recordsFor(document));
    await expect(stdout).toMatchFileSnapshot(golden(document.fixture, `${document.name}.md`));
  });

  it('as a page that stands alone: no script, no outside request, A4 print styles', async () => {
    const folder = recordsFor(document);
    await render(document, folder, '--format', 'html', '-o', 'dokument.html');
    const html = readFileSync(join(folder, 'dokument.html'), 'utf8');
    expect(html).not.toMatch(/<script|<link|<img|src=|@import|url\(/i);
    expect(html).toContain('@page { size: A4;');
    await expect(html).toMatchFileSnapshot(golden(document.fixture, `${document.name}.html`));
  });

  it('as DOCX: read back, its text, real headings, and the tables', async () => {
    const folder = recordsFor(document);
    await render(document, folder, '--format', 'docx', '-o', 'dokument.docx');
    const path = join(folder, 'dokument.docx');
    const text = (await mammoth.extractRawText({ path })).value;
    await expect(text).toMatchFileSnapshot(golden(document.fixture, `${document.name}.docx.txt`));
    const { value: html, messages } = await mammoth.convertToHtml({ path });
    expect(messages).toEqual([]);
    expect(html).toMatch(/<h1>[^<]+<\/h1>/);
    const cells = [...html.matchAll(/<t[dh]>([\s\S]*?)<\/t[dh]>/g)].map(([, cell]) => cell?.replace(/<[^>]+>/g, ''));
    for (const expected of document.inCells) expect(cells).toContain(expected);
    // Read back as a word processor does: the page numbers at the foot, the document's own date as Word's.
    const parts = unzipSync(readFileSync(path));
    expect(parts.get('word/footer1.xml')).toContain('<w:fldSimple w:instr=" NUMPAGES ">');
    expect(parts.get('docProps/core.xml')).toMatch(
      /<dcterms:created xsi:type="dcterms:W3CDTF">\d{4}-\d{2}-\d{2}T00:00:00Z/,
    );
    expect(parts.get('docProps/custom.xml')).toMatch(/<property [^>]*name="dokumenttype"><vt:lpwstr>[^<]+</);
  });

  it('as PDF/A-2b with its journal fields: parses, fonts embedded, XMP, the text of the document', async (context) => {
    const missing = pdfToolsMissing();
    if (missing) context.skip(missing);
    const folder = recordsFor(document);
    // The document as the Markdown golden file holds it, which the first test checks it against.
    const markdown = readFileSync(golden(document.fixture, `${document.name}.md`), 'utf8');
    await render(document, folder, '-o', 'dokument.pdf', '--metadata');
    const path = join(folder, 'dokument.pdf');
    const { info, xmp, text, fonts } = readPdfA(path);
    const title = /^# (.+)$/m.exec(markdown)?.[1] ?? '';
    const metadata = JSON.parse(readFileSync(join(folder, 'dokument.metadata.json'), 'utf8'));
    expect(info.Title).toBe(title);
    expect(info.Tagged).toBe('yes');
    expect(info['Page size']).toMatch(/^595\.28 x 841\.89 pts \(A4\)/);
    expect(fonts.every((font) => /^[A-Z]{6}\+LiberationSans/.test(font))).toBe(true);
    expect(xmpFields(xmp)).toEqual({ part: '2', conformance: 'B', title, language: 'nb-NO' });
    // The words of the document, in the PDF's text, and every page's number at its foot.
    const words = (value: string) =>
      value
        .replace(/&nbsp;/g, ' ')
        .replace(/[*_\\]/g, '')
        .replace(/[|#]/g, ' ')
        .split(/\s+/)
        .filter((word) => /[\p{L}\p{N}]/u.test(word));
    const pdfWords = new Set(words(text));
    expect(words(markdown).filter((word) => !pdfWords.has(word))).toEqual([]);
    const pages = Number(info.Pages);
    for (let page = 1; page <= pages; page++) expect(text).toContain(`Side ${page} av ${pages}`);
    const sha256 = createHash('sha256').update(readFileSync(path)).digest('hex');
    expect(metadata).toMatchObject({
      tittel: title,
      dokumentobjekt: { filnavn: 'dokument.pdf', format: 'fmt/476', sjekksumAlgoritme: 'SHA-256', sjekksum: sha256 },
    });
  });
});

describe('the documents as the records hold them', () => {
  it('the referat of a held meeting holds the minutes as written, and says when and how they were approved', async () => {
    const folder = copyFixture('ks-kmd-2018');
    const { stdout } = await runCli(['render', 'minutes', '2018-09-20'], { cwd: folder });
    expect(stdout).toContain(
      '## Sak 10/18 Rekruttering til planutdanningene\n\nKonklusjon: KS tar initiativ til et møte med FUS.',
    );
    expect(stdout).toContain('Referatet ble godkjent av partene per e-post 4.\u00a0oktober 2018.');
    expect(stdout).not.toContain('Konklusjon:\n');
    const march = (await runCli(['render', 'minutes', '2018-03-14'], { cwd: folder })).stdout;
    expect(march).toContain('Referatet ble godkjent av partene i samarbeidsmøtet 20.\u00a0september 2018.');
  });

  it('tells the past in the names of the past, and states a change of name', async () => {
    const folder = copyFixture('ks-kdd-digital');
    const { stdout } = await runCli(['renew', '--year', '2026', '--decided', '2025-11-10', '--today', '2025-11-10'], {
      cwd: folder,
    });
    expect(stdout).toContain(
      'Samarbeidsavtalen ble inngått 1.\u00a0mars 2022 mellom KS – Kommunesektorens organisasjon og Kommunal- og distriktsdepartementet,',
    );
    expect(stdout).toContain(
      'Fra 1.\u00a0januar 2024 heter Kommunal- og distriktsdepartementet Digitaliserings- og forvaltningsdepartementet.',
    );
    // Who signs now is who the party is now.
    expect(stdout).toContain(
      '| For KS – Kommunesektorens organisasjon | For Digitaliserings- og forvaltningsdepartementet |',
    );
  });

  it('a referat with no minutes written is a draft that says so, and never says it was sent for approval', async () => {
    for (const [fixture, id] of [
      ['ks-kdd-digital', '2025-02-11'],
      ['ks-kmd-2018', '2018-11-20'],
    ] as const) {
      const folder = copyFixture(fixture);
      if (id === '2018-11-20')
        await runCli(['new', 'meeting', '--date', id, '--held', '--attendee', 'ks=Spesialrådgiver'], {
          cwd: folder,
          env: { PARTNERSHIP_TODAY: '2018-11-21' },
        });
      const { code, stdout, stderr } = await runCli(['render', 'minutes', id, '--today', '2018-11-21'], {
        cwd: folder,
      });
      expect(code, stderr).toBe(0);
      expect(stdout).toMatch(/^# Utkast til referat fra samarbeidsmøte /m);
      expect(stdout).not.toContain('Referatet er sendt partene til godkjenning');
      expect(stdout).toContain('Utkastet fylles ut etter møtet og sendes partene til godkjenning.');
    }
  });

  it('a cancelled meeting has a cancellation notice and no case numbers, and no minutes', async () => {
    const folder = copyFixture('ks-kmd-2018');
    const notice = await runCli(['render', 'agenda', '2018-06-12', '--today', '2018-06-01'], { cwd: folder });
    expect(notice.stdout).toContain('# Avlysning av samarbeidsmøte 12.\u00a0juni 2018');
    expect(notice.stdout).not.toMatch(/Sak \d+\/18/);
    const minutes = await runCli(['render', 'minutes', '2018-06-12'], { cwd: folder });
    expect(minutes.code).toBe(1);
    expect(minutes.stderr).toMatch(/was cancelled, so it has no minutes: partnership render agenda 2018-06-12 gives/);
  });

  it("writes what -o's extension says when --format is not given, and refuses the two disagreeing", async () => {
    const folder = copyFixture('ks-kmd-2018');
    const word = await runCli(['render', 'minutes', '2018-09-20', '-o', 'referat.DOCX'], { cwd: folder });
    expect(word.code, word.stderr).toBe(0);
    expect(readFileSync(join(folder, 'referat.DOCX')).subarray(0, 2).toString()).toBe('PK');
    const page = await runCli(['render', 'agenda', '2018-09-20', '-o', 'innkalling.html'], { cwd: folder });
    expect(page.code, page.stderr).toBe(0);
    expect(readFileSync(join(folder, 'innkalling.html'), 'utf8')).toMatch(/^<!DOCTYPE html>/i);
    const unknown = await runCli(['render', 'agenda', '2018-09-20', '-o', 'innkalling.txt'], { cwd: folder });
    expect(readFileSync(join(folder, 'innkalling.txt'), 'utf8')).toMatch(/^# Innkalling/m);
    expect(unknown.code).toBe(0);
    for (const [format, file] of [
      ['docx', 'x.md'],
      ['md', 'x.docx'],
      ['html', 'x.docx'],
    ]) {
      const clash = await runCli(['render', 'agenda', '2018-09-20', '--format', format!, '-o', file!], { cwd: folder });
      expect(clash.code).toBe(2);
      expect(clash.stderr).toMatch(new RegExp(`--format ${format} and -o ${file} disagree`));
      expect(existsSync(join(folder, file!))).toBe(false);
    }
    const report = await runCli(['report', '--today', '2018-12-31', '-o', 'evaluering.md'], { cwd: folder });
    expect(report.code, report.stderr).toBe(0);
    expect(report.stdout).toContain('(md)');
    expect(readFileSync(join(folder, 'evaluering.md'), 'utf8')).toMatch(/^# Evalueringsgrunnlag/m);
    const json = await runCli(['report', '--format', 'html', '-o', 'e.json', '--today', '2018-12-31'], { cwd: folder });
    expect(json.code).toBe(2);
  });

  it('DOCX goes to a file only, and a stylesheet that would fetch from elsewhere is refused', async () => {
    const folder = copyFixture('ks-kmd-2018');
    const docx = await runCli(['render', 'agenda', '2018-03-14', '--format', 'docx'], { cwd: folder });
    expect(docx.code).toBe(2);
    expect(docx.stderr).toMatch(/DOCX is a binary file: name the file to write with -o/);
    writeFileSync(join(folder, 'templates/document.css'), 'body { background: url(https://example.com/x.png); }\n');
    const html = await runCli(['render', 'agenda', '2018-03-14', '--format', 'html'], { cwd: folder });
    expect(html.code).toBe(1);
    expect(html.stderr).toMatch(/templates\/document.css uses "url\(": a page that stands alone fetches nothing/);
  });

  it('refuses a document past what one may be, and a table wider than Word holds, writing nothing', async () => {
    const folder = copyFixture('ks-kmd-2018');
    const path = join(folder, 'meetings/2018-09-20.md');
    const text = readFileSync(path, 'utf8');
    writeFileSync(path, `${text}\n${'linje\n'.repeat(350_000)}`);
    for (const format of ['docx', 'html']) {
      const long = await runCli(['render', 'minutes', '2018-09-20', '--format', format, '-o', `m.${format}`], {
        cwd: folder,
      });
      expect(long.code).toBe(1);
      expect(long.stderr).toMatch(
        /^partnership: the document is 2\.0 MB of text, more than a document the tool writes may be \(1 MB/,
      );
      expect(existsSync(join(folder, `m.${format}`))).toBe(false);
    }
    writeFileSync(path, `${text}\n|${'a|'.repeat(64)}\n|${'-|'.repeat(64)}\n|${'b|'.repeat(64)}\n`);
    const wide = await runCli(['render', 'minutes', '2018-09-20', '--format', 'docx', '-o', 'm.docx'], { cwd: folder });
    expect(wide.code).toBe(1);
    expect(wide.stderr).toMatch(/a table has 64 columns, and a Word table holds at most 63: split it/);
    expect(existsSync(join(folder, 'm.docx'))).toBe(false);
  });

  it('refuses Word styles that are not a styles part, saying which file', async () => {
    const folder = copyFixture('ks-kmd-2018');
    writeFileSync(join(folder, 'templates/styles.xml'), 'not xml at all');
    const { code, stderr } = await runCli(['render', 'agenda', '2018-03-14', '--format', 'docx', '-o', 'a.docx'], {
      cwd: folder,
    });
    expect(code).toBe(1);
    expect(stderr).toMatch(
      /^partnership: templates\/styles.xml is not a Word styles part \(.*\): copy word\/styles.xml/,
    );
    expect(existsSync(join(folder, 'a.docx'))).toBe(false);
  });

  it("uses the repository's own stylesheet and Word styles", async () => {
    const folder = copyFixture('ks-kmd-2018');
    writeFileSync(join(folder, 'templates/document.css'), 'body { font-family: Georgia, serif; }\n');
    const html = await runCli(['render', 'agenda', '2018-03-14', '--format', 'html'], { cwd: folder });
    expect(html.stdout).toMatch(/body \{ font-family: Georgia, serif; \}\n<\/style>/);
    writeFileSync(join(folder, 'templates/styles.xml'), WORD_STYLES);
    await runCli(['render', 'agenda', '2018-03-14', '--format', 'docx', '-o', 'a.docx'], { cwd: folder });
    const { value } = await mammoth.convertToHtml(
      { path: join(folder, 'a.docx') },
      { styleMap: ["p[style-name='Overskrift 1'] => h1.egen"] },
    );
    expect(value).toContain('<h1 class="egen">Innkalling til samarbeidsmøte 14.\u00a0mars 2018</h1>');
  });

  it('a record cannot put raw HTML or an image into the page', async () => {
    const folder = copyFixture('ks-kmd-2018');
    const path = join(folder, 'meetings/2018-09-20.md');
    writeFileSync(
      path,
      `${readFileSync(path, 'utf8')}\n<script>alert(1)</script>\n\n![logo](https://example.com/logo.png)\n`,
    );
    const { stdout } = await runCli(['render', 'minutes', '2018-09-20', '--format', 'html'], { cwd: folder });
    expect(stdout).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(stdout).not.toMatch(/<script|<img/);
  });
});

/** A Word styles part whose first heading style is named as a Norwegian Word names it. */
const WORD_STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
  <w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Georgia" w:hAnsi="Georgia"/><w:sz w:val="24"/></w:rPr></w:rPrDefault></w:docDefaults>
  <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
  <w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="Overskrift 1"/><w:basedOn w:val="Normal"/><w:rPr><w:b/><w:sz w:val="36"/></w:rPr></w:style>
  <w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="Overskrift 2"/><w:basedOn w:val="Normal"/></w:style>
  <w:style w:type="paragraph" w:styleId="Heading3"><w:name w:val="Overskrift 3"/><w:basedOn w:val="Normal"/></w:style>
</w:styles>
`;
