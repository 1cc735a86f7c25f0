/**
 * The tool's own DOCX writer, read back part by part: an archive whose entries check out (CRC-32,
 * sizes), XML that is well-formed whatever the text held, headings whose bold the runs never turn off,
 * and the same bytes for the same document.
 */
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { toDocx } from '../src/documents/formats.js';
import { unzipSync as entries } from './helpers/unzip.js';

const SOURCE = `# Innkalling til samarbeidsmøte 14. mars 2018

**Fra:** KS\\
Planavdelingen

## Saksliste

1. Godkjenning av innkalling
2. Eventuelt *til slutt*

- et punkt

| Tid | onsdag 14. mars 2018 |
| --- | --- |
| Sted | Oslo |
`;

describe('the DOCX writer', () => {
  it('numbers every page "Side X av Y", marks every page\'s head, and records the document\'s own date and author', async () => {
    const facts = { date: '2025-09-02', author: 'Lars Moen', marking: 'Unntatt offentlighet, jf. offl. § 13' };
    const parts = entries(await toDocx(SOURCE, { language: 'nn', facts: { ...facts, pageOf: ['Side', 'av'] } }));
    expect(parts.get('word/footer1.xml')).toContain(
      '<w:t xml:space="preserve">Side </w:t></w:r><w:fldSimple w:instr=" PAGE ">',
    );
    expect(parts.get('word/footer1.xml')).toContain(
      '<w:t xml:space="preserve"> av </w:t></w:r><w:fldSimple w:instr=" NUMPAGES ">',
    );
    expect(parts.get('word/header1.xml')).toContain(
      '<w:b/><w:bCs/></w:rPr><w:t xml:space="preserve">Unntatt offentlighet, jf. offl. § 13</w:t>',
    );
    expect(parts.get('word/document.xml')).toMatch(
      /<w:headerReference w:type="default" r:id="rId3"\/><w:footerReference w:type="default" r:id="rId4"\/>/,
    );
    const core = parts.get('docProps/core.xml') ?? '';
    expect(core).toContain('<dc:creator>Lars Moen</dc:creator>');
    expect(core).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2025-09-02T00:00:00Z</dcterms:created>');
    expect(core).toContain('<dc:language>nn-NO</dc:language>');
    // A public document has an empty header: no marking, and nothing that looks like one.
    expect(entries(await toDocx(SOURCE)).get('word/header1.xml')).toMatch(/<w:hdr [^>]*><w:p><\/w:p><\/w:hdr>$/);
  });

  it('writes a ZIP whose entries check out, in the parts Word needs, headings in their styles with no run turning bold off', async () => {
    const parts = entries(await toDocx(SOURCE));
    expect([...parts.keys()]).toEqual([
      '[Content_Types].xml',
      '_rels/.rels',
      'docProps/core.xml',
      'docProps/custom.xml',
      'word/_rels/document.xml.rels',
      'word/document.xml',
      'word/styles.xml',
      'word/numbering.xml',
      'word/header1.xml',
      'word/footer1.xml',
    ]);
    const document = parts.get('word/document.xml') ?? '';
    expect(document).toContain(
      '<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t xml:space="preserve">Innkalling til samarbeidsmøte 14. mars 2018</w:t></w:r></w:p>',
    );
    expect(document).not.toContain('w:val="false"');
    expect(document).toContain('<w:r><w:rPr><w:b/><w:bCs/></w:rPr><w:t xml:space="preserve">Fra:</w:t></w:r>');
    expect(document).toContain('<w:r><w:br/></w:r>');
    expect(parts.get('docProps/core.xml')).toContain(
      '<dc:title>Innkalling til samarbeidsmøte 14. mars 2018</dc:title>',
    );
    expect(parts.get('word/styles.xml')).toContain('<w:lang w:val="nb-NO"/>');
  });

  it('reads back in a DOCX reader as headings, an ordered and a bulleted list, and a table', async () => {
    const { value, messages } = await mammoth.convertToHtml({ buffer: await toDocx(SOURCE) });
    expect(messages).toEqual([]);
    expect(value).toContain('<h1>Innkalling til samarbeidsmøte 14. mars 2018</h1>');
    expect(value).toContain('<h2>Saksliste</h2>');
    expect(value).toContain('<ol><li>Godkjenning av innkalling</li><li>Eventuelt <em>til slutt</em></li></ol>');
    expect(value).toContain('<ul><li>et punkt</li></ul>');
    expect(value).toContain(
      '<table><thead><tr><th><p><strong>Tid</strong></p></th><th><p><strong>onsdag 14. mars 2018</strong></p></th></tr></thead><tbody><tr><td><p>Sted</p></td><td><p>Oslo</p></td></tr></tbody></table>',
    );
  });

  it('never writes a character XML 1.0 forbids, and escapes markup', async () => {
    const parts = entries(await toDocx('# Tittel \uFFFE\uFFFF\u0001 \uD800 <b>&"\n\nTekst\u000b her\n'));
    const document = parts.get('word/document.xml') ?? '';
    for (const forbidden of ['\uFFFE', '\uFFFF', '\u0001', '\u000b', '\uD800'])
      expect(document).not.toContain(forbidden);
    expect(document).toContain('Tittel   &#60;b&#62;&#38;&#34;');
    expect(parts.get('docProps/core.xml')).not.toMatch(/[\uFFFE\uFFFF]/);
  });

  it('gives the same bytes for the same document, and refuses a styles part that is not one', async () => {
    expect((await toDocx(SOURCE)).equals(await toDocx(SOURCE))).toBe(true);
    await expect(toDocx(SOURCE, { docxStyles: 'not xml at all' })).rejects.toThrow(/root is not a w:styles element/);
  });
});
