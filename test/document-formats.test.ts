/**
 * Every document, on both agreements, in its three formats: the Markdown as a golden file, the HTML page
 * as a golden file, and the DOCX read back by a DOCX reader (mammoth) to its text, a golden file too, and to
 * its structure (real headings and tables, not paragraphs that look like them). As PDF/A, read back by
 * poppler and qpdf: test/document-pdf.test.ts, with the system suites.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { runCli } from './helpers/cli.js';
import { CASES, golden, recordsFor, render } from './helpers/document-cases.js';
import { copyFixture } from './helpers/repository.js';
import { unzipSync } from './helpers/unzip.js';

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
