/**
 * A Word document (WordprocessingML in a ZIP) written straight from markdown-it's tokens: headings in
 * Word's heading styles, paragraphs, bold and italics, line breaks, bulleted and numbered lists, tables
 * without borders, a thematic break, on A4. Written here rather than by a general library: what the
 * documents need is a few hundred lines of XML, run properties appear only where the text asks for them
 * (so a heading style's bold is never turned off), and a document is built in milliseconds.
 */

import type { Token } from 'markdown-it';
import type { DocumentLanguage } from '../messages/language.js';
import { inlineRuns, type Run } from './inline-runs.js';
import { escapeHtml } from './page.js';
import { zip } from './zip.js';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const RELATIONSHIPS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PACKAGE_RELATIONSHIPS = 'http://schemas.openxmlformats.org/package/2006/relationships';

// Characters XML 1.0 does not allow (C0 controls but tab and line ends, lone surrogates, U+FFFE, U+FFFF):
// a part holding one is not well-formed, and Word and LibreOffice refuse the whole document.
const NOT_IN_XML =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding the characters XML forbids is what this does
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Text for a part: markup escaped as every page's is, and what XML 1.0 forbids left out. */
function escapeXmlText(text: string): string {
  return escapeHtml(text.replace(NOT_IN_XML, ''));
}

const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** The A4 page: its width, and the margins, in twentieths of a point. */
const PAGE = { width: 11906, height: 16838, top: 1418, bottom: 1418, left: 1418, right: 1247 };
const TEXT_WIDTH = PAGE.width - PAGE.left - PAGE.right;

function runXml({ text = '', bold, italics, lineBreak }: Run): string {
  if (lineBreak) return '<w:r><w:br/></w:r>';
  const properties = `${bold ? '<w:b/><w:bCs/>' : ''}${italics ? '<w:i/><w:iCs/>' : ''}`;
  return `<w:r>${properties ? `<w:rPr>${properties}</w:rPr>` : ''}<w:t xml:space="preserve">${escapeXmlText(text)}</w:t></w:r>`;
}

/** The runs of one inline token: bold, italics and line breaks as Word has them. */
function runs(inline: Token | undefined, bold = false): string {
  return inlineRuns(inline, bold).map(runXml).join('');
}

function paragraph(content: string, properties = ''): string {
  return `<w:p>${properties ? `<w:pPr>${properties}</w:pPr>` : ''}${content}</w:p>`;
}

/** Word's own limit on a table's columns. */
const MAX_COLUMNS = 63;
/** The code of an error that says a document is past what Word can hold, for the command to refuse it plainly. */
export const DOCUMENT_LIMIT = 'DOCUMENT_LIMIT';

/** Numbering: one bulleted list definition, and a numbered one that each list restarts at 1. */
const BULLETS = 1;

function body(tokens: readonly Token[]): { xml: string; numberedLists: number } {
  const result: string[] = [];
  const lists: Array<{ numId: number }> = [];
  let numberedLists = 0;
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index] as Token;
    switch (token.type) {
      case 'heading_open':
        result.push(paragraph(runs(tokens[index + 1]), `<w:pStyle w:val="Heading${token.tag.slice(1)}"/>`));
        index += 2;
        break;
      case 'bullet_list_open':
        lists.push({ numId: BULLETS });
        break;
      case 'ordered_list_open':
        numberedLists += 1;
        lists.push({ numId: BULLETS + numberedLists });
        break;
      case 'bullet_list_close':
      case 'ordered_list_close':
        lists.pop();
        break;
      case 'paragraph_open': {
        const list = lists.at(-1);
        const level = Math.min(2, Math.max(0, lists.length - 1));
        const numbering = list
          ? `<w:pStyle w:val="ListParagraph"/><w:numPr><w:ilvl w:val="${level}"/><w:numId w:val="${list.numId}"/></w:numPr>`
          : '';
        result.push(paragraph(runs(tokens[index + 1]), numbering));
        index += 2;
        break;
      }
      case 'table_open': {
        const close = tokens.findIndex((candidate, at) => at > index && candidate.type === 'table_close');
        result.push(table(tokens.slice(index, close + 1)));
        index = close;
        break;
      }
      case 'hr':
        result.push(paragraph('', '<w:pBdr><w:bottom w:val="single" w:sz="6" w:space="1" w:color="auto"/></w:pBdr>'));
        break;
    }
  }
  return { xml: result.join(''), numberedLists };
}

function table(tokens: readonly Token[]): string {
  const rows: string[][] = [];
  const headers: boolean[] = [];
  for (const [index, token] of tokens.entries()) {
    if (token.type === 'tr_open') {
      rows.push([]);
      headers.push(tokens[index + 1]?.type === 'th_open');
    } else if (token.type === 'th_open' || token.type === 'td_open') {
      rows.at(-1)?.push(paragraph(runs(tokens[index + 1], token.type === 'th_open')));
    }
  }
  const columns = rows.reduce((most, row) => Math.max(most, row.length), 1);
  if (columns > MAX_COLUMNS) {
    // The words are the catalogue's, in the session that converts: this module runs from a bundle of its own.
    throw Object.assign(new Error(`a table has ${columns} columns; at most ${MAX_COLUMNS}`), {
      code: DOCUMENT_LIMIT,
      columns,
      max: MAX_COLUMNS,
    });
  }
  // A key–value table's labels ("Tid", "Sted") take a quarter of the line, its values the rest.
  const keyValue = tokens[0]?.meta?.keyValue === true && columns === 2;
  const widths = keyValue
    ? [Math.floor(TEXT_WIDTH / 4), TEXT_WIDTH - Math.floor(TEXT_WIDTH / 4)]
    : Array.from({ length: columns }, () => Math.floor(TEXT_WIDTH / columns));
  const none = ['top', 'left', 'bottom', 'right', 'insideH', 'insideV']
    .map((side) => `<w:${side} w:val="none" w:sz="0" w:space="0" w:color="auto"/>`)
    .join('');
  const grid = widths.map((width) => `<w:gridCol w:w="${width}"/>`).join('');
  const rowXml = rows.map(
    (cells, index) =>
      `<w:tr><w:trPr><w:cantSplit/>${headers[index] ? '<w:tblHeader/>' : ''}</w:trPr>${cells
        .map((cell, column) => `<w:tc><w:tcPr><w:tcW w:w="${widths[column]}" w:type="dxa"/></w:tcPr>${cell}</w:tc>`)
        .join('')}</w:tr>`,
  );
  return `<w:tbl><w:tblPr><w:tblW w:w="5000" w:type="pct"/><w:tblBorders>${none}</w:tblBorders><w:tblLayout w:type="fixed"/><w:tblLook w:val="0000" w:firstRow="0" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="1" w:noVBand="1"/></w:tblPr><w:tblGrid>${grid}</w:tblGrid>${rowXml.join('')}</w:tbl>`;
}

function documentXml(content: string): string {
  return `${XML_DECLARATION}<w:document xmlns:w="${W}" xmlns:r="${RELATIONSHIPS}"><w:body>${content}<w:sectPr><w:headerReference w:type="default" r:id="rId3"/><w:footerReference w:type="default" r:id="rId4"/><w:pgSz w:w="${PAGE.width}" w:h="${PAGE.height}"/><w:pgMar w:top="${PAGE.top}" w:right="${PAGE.right}" w:bottom="${PAGE.bottom}" w:left="${PAGE.left}" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr></w:body></w:document>`;
}

function level(ilvl: number, format: 'bullet' | 'decimal'): string {
  const text = format === 'bullet' ? '•' : `%${ilvl + 1}.`;
  return `<w:lvl w:ilvl="${ilvl}"><w:start w:val="1"/><w:numFmt w:val="${format}"/><w:lvlText w:val="${text}"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="${720 * (ilvl + 1)}" w:hanging="360"/></w:pPr></w:lvl>`;
}

function numberingXml(numberedLists: number): string {
  const abstract = (id: number, format: 'bullet' | 'decimal') =>
    `<w:abstractNum w:abstractNumId="${id}"><w:multiLevelType w:val="hybridMultilevel"/>${[0, 1, 2].map((ilvl) => level(ilvl, format)).join('')}</w:abstractNum>`;
  const numbered = Array.from(
    { length: numberedLists },
    (_, index) =>
      `<w:num w:numId="${BULLETS + index + 1}"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>`,
  );
  return `${XML_DECLARATION}<w:numbering xmlns:w="${W}">${abstract(0, 'bullet')}${abstract(1, 'decimal')}<w:num w:numId="${BULLETS}"><w:abstractNumId w:val="0"/></w:num>${numbered.join('')}</w:numbering>`;
}

function headingStyle(level: number, size: number): string {
  return `<w:style w:type="paragraph" w:styleId="Heading${level}"><w:name w:val="heading ${level}"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:qFormat/><w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="${level === 1 ? 360 : 240}" w:after="120"/><w:outlineLvl w:val="${level - 1}"/></w:pPr><w:rPr><w:b/><w:bCs/><w:sz w:val="${size}"/><w:szCs w:val="${size}"/></w:rPr></w:style>`;
}

/** Arial 11 pt, space after each paragraph, headings in bold at 16, 13 and 11 pt, as the page has them. */
const builtinStyles = (language: DocumentLanguage) =>
  `${XML_DECLARATION}<w:styles xmlns:w="${W}"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:eastAsia="Arial" w:cs="Arial"/><w:sz w:val="22"/><w:szCs w:val="22"/><w:lang w:val="${language}-NO"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="264" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>${[32, 26, 22, 22, 22, 22].map((size, index) => headingStyle(index + 1, size)).join('')}<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/><w:uiPriority w:val="34"/><w:qFormat/><w:pPr><w:spacing w:after="60"/><w:ind w:left="720"/></w:pPr></w:style><w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="0" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="170" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style></w:styles>`;

/** A house styles part must at least be one: its root a w:styles element in Word's namespace. */
export function checkStylesPart(styles: string): void {
  if (
    !/^\s*(<\?xml[^>]*\?>\s*)?<w:styles\b[^>]*xmlns:w="http:\/\/schemas\.openxmlformats\.org\/wordprocessingml\/2006\/main"[\s\S]*<\/w:styles>\s*$/.test(
      styles,
    )
  )
    throw new Error('its root is not a w:styles element in the WordprocessingML namespace');
}

const CONTENT_TYPES = `${XML_DECLARATION}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/><Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/><Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/custom.xml" ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/></Types>`;

const PACKAGE_RELS = `${XML_DECLARATION}<Relationships xmlns="${PACKAGE_RELATIONSHIPS}"><Relationship Id="rId1" Type="${RELATIONSHIPS}/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId3" Type="${RELATIONSHIPS}/custom-properties" Target="docProps/custom.xml"/></Relationships>`;

const DOCUMENT_RELS = `${XML_DECLARATION}<Relationships xmlns="${PACKAGE_RELATIONSHIPS}"><Relationship Id="rId1" Type="${RELATIONSHIPS}/styles" Target="styles.xml"/><Relationship Id="rId2" Type="${RELATIONSHIPS}/numbering" Target="numbering.xml"/><Relationship Id="rId3" Type="${RELATIONSHIPS}/header" Target="header1.xml"/><Relationship Id="rId4" Type="${RELATIONSHIPS}/footer" Target="footer1.xml"/></Relationships>`;

/** The document's own facts for the archive: its title, its date (not the machine's clock), who wrote it. */
function coreXml({ title, language, date, author, subject }: WordDocument): string {
  const created = date ? `<dcterms:created xsi:type="dcterms:W3CDTF">${date}T00:00:00Z</dcterms:created>` : '';
  const creator = author ? `<dc:creator>${escapeXmlText(author)}</dc:creator>` : '';
  const about = subject ? `<dc:subject>${escapeXmlText(subject)}</dc:subject>` : '';
  return `${XML_DECLARATION}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>${escapeXmlText(title)}</dc:title>${about}${creator}${created}<dc:language>${language}-NO</dc:language></cp:coreProperties>`;
}

const CUSTOM_FORMAT_ID = '{D5CDD505-2E9C-101B-9397-08002B2CF9AE}';

/** The archive's fields as Word's custom properties, each a text (vt:lpwstr); ids start at 2, as the format requires. */
function customXml(properties: ReadonlyArray<readonly [string, string]>): string {
  const entries = properties.map(
    ([name, value], index) =>
      `<property fmtid="${CUSTOM_FORMAT_ID}" pid="${index + 2}" name="${escapeXmlText(name)}"><vt:lpwstr>${escapeXmlText(value)}</vt:lpwstr></property>`,
  );
  return `${XML_DECLARATION}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">${entries.join('')}</Properties>`;
}

/** A field Word fills in as it lays the page out (PAGE, NUMPAGES), with a value to show until it does. */
const field = (instruction: string) => `<w:fldSimple w:instr=" ${instruction} "><w:r><w:t>1</w:t></w:r></w:fldSimple>`;
const text = (words: string) => `<w:r><w:t xml:space="preserve">${escapeXmlText(words)}</w:t></w:r>`;

/** The access marking, in bold, at the head of every page; an empty header when the document is public. */
function headerXml(marking: string | undefined): string {
  const content = marking
    ? `<w:pPr><w:jc w:val="right"/></w:pPr><w:r><w:rPr><w:b/><w:bCs/></w:rPr><w:t xml:space="preserve">${escapeXmlText(marking)}</w:t></w:r>`
    : '';
  return `${XML_DECLARATION}<w:hdr xmlns:w="${W}"><w:p>${content}</w:p></w:hdr>`;
}

/** "Side 1 av 2" at the foot of every page, in the document's written standard. */
function footerXml([page, of]: readonly [string, string]): string {
  return `${XML_DECLARATION}<w:ftr xmlns:w="${W}"><w:p><w:pPr><w:jc w:val="center"/></w:pPr>${text(`${page} `)}${field('PAGE')}${text(` ${of} `)}${field('NUMPAGES')}</w:p></w:ftr>`;
}

export interface WordDocument {
  title: string;
  /** nb-NO or nn-NO, for Word's proofing and the archive's metadata. */
  language: DocumentLanguage;
  /** A house styles part (word/styles.xml), replacing the built-in styles. */
  styles?: string;
  /** The document's own date, YYYY-MM-DD: what the archive registers, whenever the file is written. */
  date?: string;
  /** Who wrote it: the saksbehandler, or the sending party. */
  author?: string;
  /** The public-access marking, repeated at the head of every page. */
  marking?: string;
  /** The words around the page numbers: ["Side", "av"]. */
  pageOf?: readonly [string, string];
  /** The archive's fields (Noark 5 names), as custom properties: File › Properties › Custom. */
  properties?: ReadonlyArray<readonly [string, string]>;
  /** The document type, as the core properties' subject ("Møteinnkalling"). */
  subject?: string;
}

/** The document as the bytes of a .docx file. */
export function wordDocument(tokens: readonly Token[], document: WordDocument): Buffer {
  const { language, styles } = document;
  if (styles !== undefined) checkStylesPart(styles);
  const { xml, numberedLists } = body(tokens);
  const part = (name: string, text: string) => ({ name, data: Buffer.from(text, 'utf8') });
  return zip([
    part('[Content_Types].xml', CONTENT_TYPES),
    part('_rels/.rels', PACKAGE_RELS),
    part('docProps/core.xml', coreXml(document)),
    part('docProps/custom.xml', customXml(document.properties ?? [])),
    part('word/_rels/document.xml.rels', DOCUMENT_RELS),
    part('word/document.xml', documentXml(xml)),
    part('word/styles.xml', styles ?? builtinStyles(language)),
    part('word/numbering.xml', numberingXml(numberedLists)),
    part('word/header1.xml', headerXml(document.marking)),
    part('word/footer1.xml', footerXml(document.pageOf ?? ['Side', 'av'])),
  ]);
}
