/**
 * A document as PDF/A-2b for the archive, laid out from markdown-it's tokens as the Word file is: the
 * headings, paragraphs, lists and tables on A4, the access marking at the head of every page and "Side
 * X av Y" at its foot, the fonts embedded (Liberation Sans, metrically Arial, shipped in fonts/), XMP
 * metadata with the title, author, date and language, and a tagged structure (headings, paragraphs,
 * lists, tables) for screen readers. PDFKit writes the file; this module is bundled on its own
 * (dist/pdf.cjs) and loaded only for `--format pdf`.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Token } from 'markdown-it';
import PDFDocument from 'pdfkit';
import type { DocumentLanguage } from '../messages/language.js';
import { inlineRuns } from './inline-runs.js';

export interface PdfFacts {
  title: string;
  language: DocumentLanguage;
  /** The document's own date, YYYY-MM-DD: its creation date in the file, whenever it is written. */
  date?: string;
  author?: string;
  marking?: string;
  pageOf?: readonly [string, string];
  /** What the archive's description field shows: "Møteinnkalling", "Møtereferat". */
  subject?: string;
  /**
   * Charts by name, as the report's own SVG (bars, lines, circles and text), drawn as vectors where a
   * paragraph is an image of that name, its alt text the chart's caption.
   */
  charts?: ReadonlyMap<string, string>;
}

const MM = 72 / 25.4;
/** The margins the Word file has: 25 mm, and 22 mm on the right. */
const MARGINS = { top: 25 * MM, bottom: 25 * MM, left: 25 * MM, right: 22 * MM };
const BODY_SIZE = 11;
const HEADING_SIZES: Record<string, number> = { h1: 16, h2: 13, h3: 11, h4: 11, h5: 11, h6: 11 };
const PARAGRAPH_GAP = 6;
const LIST_INDENT = 18;

type FontName = 'regular' | 'bold' | 'italic';

/** The fonts shipped with the package: beside the bundle (dist/../fonts) or the sources (src/documents/../../fonts). */
function fontFolder(): string {
  for (const relative of ['../fonts/', '../../fonts/']) {
    const folder = fileURLToPath(new URL(relative, import.meta.url));
    if (existsSync(`${folder}LiberationSans-Regular.ttf`)) return folder;
  }
  throw new Error('the fonts for PDF (fonts/LiberationSans-*.ttf) are missing from the installation');
}

const FONT_FILES: Record<FontName, string> = {
  regular: 'LiberationSans-Regular.ttf',
  bold: 'LiberationSans-Bold.ttf',
  italic: 'LiberationSans-Italic.ttf',
};

interface Segment {
  text: string;
  font: FontName;
}

/** The runs of one inline token as fonts; bold italics are set in bold, the font the package ships for emphasis in bold. */
function segments(inline: Token | undefined, bold = false): Segment[] {
  const result: Segment[] = [];
  for (const run of inlineRuns(inline, bold)) {
    const text = run.lineBreak ? '\n' : (run.text ?? '');
    const font: FontName = run.lineBreak
      ? (result.at(-1)?.font ?? 'regular')
      : run.bold
        ? 'bold'
        : run.italics
          ? 'italic'
          : 'regular';
    const last = result.at(-1);
    if (last && last.font === font) last.text += text;
    else result.push({ text, font });
  }
  return result;
}

/** XMP text: the metadata is XML, and a title may hold "&" or "<". */
const xml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The document as the bytes of a PDF/A-2b file. */
export function pdfDocument(tokens: readonly Token[], facts: PdfFacts): Promise<Buffer> {
  const folder = fontFolder();
  const created = facts.date ? new Date(`${facts.date}T00:00:00Z`) : new Date(0);
  const doc = new PDFDocument({
    size: 'A4',
    margins: MARGINS,
    pdfVersion: '1.7',
    subset: 'PDF/A-2b',
    tagged: true,
    lang: `${facts.language}-NO`,
    displayTitle: true,
    bufferPages: true,
    font: `${folder}${FONT_FILES.regular}`,
    info: {
      Title: facts.title,
      ...(facts.author ? { Author: facts.author } : {}),
      ...(facts.subject ? { Subject: facts.subject } : {}),
      Creator: 'partnership',
      Producer: 'partnership (PDFKit)',
      CreationDate: created,
    },
  });
  for (const [name, file] of Object.entries(FONT_FILES)) doc.registerFont(name, `${folder}${file}`);
  writeXmpWithLanguage(doc, facts, created);
  const done = collect(doc);
  const layout = new Layout(doc, facts.charts ?? new Map());
  layout.blocks(tokens);
  layout.pageFurniture(facts);
  doc.end();
  return done;
}

function collect(doc: PDFKit.PDFDocument): Promise<Buffer> {
  const chunks: Buffer[] = [];
  return new Promise((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
}

/**
 * PDFKit writes the info dictionary into the XMP as it is, unescaped, and without the language: this
 * writes the same fields escaped, with dc:language, so the XMP parses and matches the info dictionary
 * as PDF/A requires.
 */
function writeXmpWithLanguage(doc: PDFKit.PDFDocument, facts: PdfFacts, created: Date): void {
  const target = doc as unknown as { _addInfo: () => void; appendXML: (text: string) => void };
  target._addInfo = () => {
    const stamp = `${created.toISOString().split('.')[0]}Z`;
    target.appendXML(`<rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/">
<xmp:CreateDate>${stamp}</xmp:CreateDate>
<xmp:CreatorTool>partnership</xmp:CreatorTool>
</rdf:Description>
<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">
<dc:format>application/pdf</dc:format>
<dc:title><rdf:Alt><rdf:li xml:lang="x-default">${xml(facts.title)}</rdf:li></rdf:Alt></dc:title>
${facts.author ? `<dc:creator><rdf:Seq><rdf:li>${xml(facts.author)}</rdf:li></rdf:Seq></dc:creator>` : ''}
${facts.subject ? `<dc:description><rdf:Alt><rdf:li xml:lang="x-default">${xml(facts.subject)}</rdf:li></rdf:Alt></dc:description>` : ''}
<dc:language><rdf:Bag><rdf:li>${facts.language}-NO</rdf:li></rdf:Bag></dc:language>
</rdf:Description>
<rdf:Description rdf:about="" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">
<pdf:Producer>partnership (PDFKit)</pdf:Producer>
</rdf:Description>`);
  };
}

interface Cell {
  content: Segment[];
  header: boolean;
}

/** Lays the blocks out down the pages, each as a tagged structure element. */
class Layout {
  private readonly width: number;

  constructor(
    private readonly doc: PDFKit.PDFDocument,
    private readonly charts: ReadonlyMap<string, string>,
  ) {
    this.width = doc.page.width - MARGINS.left - MARGINS.right;
  }

  blocks(tokens: readonly Token[]): void {
    const lists: Array<{ ordered: boolean; next: number; element: PDFKit.PDFStructureElement }> = [];
    for (let index = 0; index < tokens.length; index++) {
      const token = tokens[index] as Token;
      switch (token.type) {
        case 'heading_open': {
          const size = HEADING_SIZES[token.tag] ?? BODY_SIZE;
          const content = segments(tokens[index + 1], true);
          // A page is begun outside any marked content: a heading stays with what follows it, a chart's
          // section (its sentence, caption and chart) whole.
          this.keepWithNext(Math.max(size * 4, this.chartSectionHeight(tokens, index)));
          this.doc.addStructure(
            this.doc.struct(token.tag.toUpperCase(), {}, () => {
              this.doc.moveDown(token.tag === 'h1' ? 0.8 : 0.5);
              this.write(content, MARGINS.left, this.width, size);
            }),
          );
          index += 2;
          break;
        }
        case 'bullet_list_open':
        case 'ordered_list_open': {
          const element = this.doc.struct('L');
          const parent = lists.at(-1);
          if (parent) parent.element.add(element);
          else this.doc.addStructure(element);
          lists.push({ ordered: token.type === 'ordered_list_open', next: 1, element });
          break;
        }
        case 'bullet_list_close':
        case 'ordered_list_close':
          lists.pop()?.element.end();
          if (lists.length === 0) this.doc.y += PARAGRAPH_GAP - 3;
          break;
        case 'paragraph_open': {
          const picture = this.chartIn(tokens[index + 1]);
          if (picture) {
            this.chart(picture.svg, picture.alt);
            index += 2;
            break;
          }
          const content = segments(tokens[index + 1]);
          const list = lists.at(-1);
          if (list) {
            const indent = MARGINS.left + LIST_INDENT * lists.length;
            const label = list.ordered ? `${list.next++}.` : '•';
            this.keepWithNext(BODY_SIZE * 1.5);
            list.element.add(
              this.doc.struct('LI', {}, [
                this.doc.struct('Lbl', {}, () => {
                  const line = this.doc.y;
                  this.doc
                    .font('regular')
                    .fontSize(BODY_SIZE)
                    .text(label, indent - LIST_INDENT + 4, line, {
                      width: LIST_INDENT,
                      lineBreak: false,
                    });
                  this.doc.y = line;
                }),
                this.doc.struct('LBody', {}, () => {
                  this.write(content, indent, this.width - (indent - MARGINS.left), BODY_SIZE, 3);
                }),
              ]),
            );
          } else {
            this.keepWithNext(BODY_SIZE * 1.5);
            this.doc.addStructure(
              this.doc.struct('P', {}, () => this.write(content, MARGINS.left, this.width, BODY_SIZE, PARAGRAPH_GAP)),
            );
          }
          index += 2;
          break;
        }
        case 'table_open': {
          const close = tokens.findIndex((candidate, at) => at > index && candidate.type === 'table_close');
          this.table(tokens.slice(index, close + 1));
          index = close;
          break;
        }
        case 'hr':
          this.doc.markContent('Artifact', { type: 'Layout' });
          this.doc
            .moveTo(MARGINS.left, this.doc.y + 4)
            .lineTo(MARGINS.left + this.width, this.doc.y + 4)
            .lineWidth(0.5)
            .stroke();
          this.doc.endMarkedContent();
          this.doc.y += 12;
          break;
      }
    }
  }

  /** The height a heading's section needs to keep its chart with it: the chart and a few lines of text. */
  private chartSectionHeight(tokens: readonly Token[], heading: number): number {
    for (let index = heading + 3; index < tokens.length; index++) {
      const token = tokens[index] as Token;
      if (token.type === 'heading_open') return 0;
      const chart = this.chartIn(token);
      if (chart) return this.chartHeight(chart.svg) + 6 * BODY_SIZE * 1.5;
    }
    return 0;
  }

  private chartHeight(svg: string): number {
    const [, viewWidth = '640', viewHeight = '260'] = /viewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(svg) ?? [];
    return (Number(viewHeight) * this.width) / Number(viewWidth);
  }

  /** The chart a paragraph stands for: one image, of a name the document was given. */
  private chartIn(inline: Token | undefined): { svg: string; alt: string } | undefined {
    const [only, ...more] = inline?.children ?? [];
    if (!only || more.length > 0 || only.type !== 'image') return undefined;
    const svg = this.charts.get(String(only.attrGet('src') ?? ''));
    return svg ? { svg, alt: only.content } : undefined;
  }

  /**
   * A chart across the text width, drawn as vectors from the report's SVG, tagged as a figure with its
   * caption as the alternative text: sharp in print, its words searchable, and no picture to decode.
   */
  private chart(svg: string, alt: string): void {
    const [, viewWidth = '640'] = /viewBox="0 0 ([\d.]+) /.exec(svg) ?? [];
    const scale = this.width / Number(viewWidth);
    const height = this.chartHeight(svg);
    this.keepWithNext(height);
    const top = this.doc.y;
    this.doc.addStructure(this.doc.struct('Figure', { alt }, () => drawSvg(this.doc, svg, MARGINS.left, top, scale)));
    this.doc.fillColor('black').strokeColor('black');
    this.doc.x = MARGINS.left;
    this.doc.y = top + height + PARAGRAPH_GAP;
  }

  /** Runs of text from (x, the current line), wrapped to `width`, with `gap` points after. */
  private write(content: readonly Segment[], x: number, width: number, size: number, gap = PARAGRAPH_GAP): void {
    const parts = content.length > 0 ? content : [{ text: '', font: 'regular' as FontName }];
    const y = this.doc.y;
    parts.forEach((part, index) => {
      this.doc.font(part.font).fontSize(size);
      const options = { width, continued: index < parts.length - 1, lineGap: 1.5 };
      if (index === 0) this.doc.text(part.text, x, y, options);
      else this.doc.text(part.text, options);
    });
    this.doc.y += gap;
    this.doc.x = MARGINS.left;
  }

  /** A new page when less than `height` is left: a heading stays with what follows it. */
  private keepWithNext(height: number): void {
    if (this.doc.y + height > this.doc.page.height - MARGINS.bottom) this.doc.addPage();
  }

  private table(tokens: readonly Token[]): void {
    const rows: Cell[][] = [];
    for (const [index, token] of tokens.entries()) {
      if (token.type === 'tr_open') rows.push([]);
      else if (token.type === 'th_open' || token.type === 'td_open') {
        const header = token.type === 'th_open';
        rows.at(-1)?.push({ content: segments(tokens[index + 1], header), header });
      }
    }
    const columns = rows.reduce((most, row) => Math.max(most, row.length), 1);
    // As in Word: a key–value table's labels take a quarter of the line; other columns share it.
    const keyValue = tokens[0]?.meta?.keyValue === true && columns === 2;
    const widths = keyValue
      ? [this.width / 4, (this.width * 3) / 4]
      : Array.from({ length: columns }, () => this.width / columns);
    const padding = 8;
    const table = this.doc.struct('Table');
    this.doc.addStructure(table);
    for (const row of rows) {
      const height = Math.max(
        ...row.map((cell, column) => {
          this.doc.font(cell.header ? 'bold' : 'regular').fontSize(BODY_SIZE);
          const text = cell.content.map((part) => part.text).join('') || ' ';
          return this.doc.heightOfString(text, { width: (widths[column] ?? 0) - padding, lineGap: 1.5 });
        }),
      );
      this.keepWithNext(height);
      const top = this.doc.y;
      const rowElement = this.doc.struct('TR');
      table.add(rowElement);
      let x = MARGINS.left;
      row.forEach((cell, column) => {
        const width = (widths[column] ?? 0) - padding;
        const left = x;
        rowElement.add(
          this.doc.struct(cell.header ? 'TH' : 'TD', {}, () => {
            this.doc.y = top;
            this.write(cell.content, left, width, BODY_SIZE, 0);
          }),
        );
        x += widths[column] ?? 0;
      });
      rowElement.end();
      this.doc.x = MARGINS.left;
      this.doc.y = top + height + 3;
    }
    table.end();
    this.doc.y += PARAGRAPH_GAP;
  }

  /** The marking at the head and "Side X av Y" at the foot of every page, as artifacts a reader skips. */
  pageFurniture(facts: PdfFacts): void {
    const { start, count } = this.doc.bufferedPageRange();
    const [page, of] = facts.pageOf ?? ['Side', 'av'];
    for (let index = start; index < start + count; index++) {
      this.doc.switchToPage(index);
      // Writing in the margins must not start a new page.
      const bottom = this.doc.page.margins.bottom;
      this.doc.page.margins.bottom = 0;
      this.doc.markContent('Artifact', { type: 'Pagination' });
      if (facts.marking) {
        this.doc
          .font('bold')
          .fontSize(9)
          .text(facts.marking, MARGINS.left, 12 * MM, { width: this.width, align: 'right', lineBreak: false });
      }
      this.doc
        .font('regular')
        .fontSize(9)
        .text(`${page} ${index - start + 1} ${of} ${count}`, MARGINS.left, this.doc.page.height - 15 * MM, {
          width: this.width,
          align: 'center',
          lineBreak: false,
        });
      this.doc.endMarkedContent();
      this.doc.page.margins.bottom = bottom;
    }
  }
}

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };
const unescapeXml = (text: string) => text.replace(/&(amp|lt|gt|quot|#39);/g, (entity) => ENTITIES[entity] ?? entity);

/**
 * The report's charts as PDF vectors: the few elements charts.ts writes (rect, line, circle, text), each
 * with the attributes it gives them. Not an SVG renderer; a drawing of our own drawings.
 */
function drawSvg(doc: PDFKit.PDFDocument, svg: string, left: number, top: number, scale: number): void {
  const number = (attributes: string, name: string) =>
    Number(new RegExp(`\\b${name}="(-?[\\d.]+)"`).exec(attributes)?.[1] ?? 0);
  const text = (attributes: string, name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(attributes)?.[1];
  const x = (value: number) => left + value * scale;
  const y = (value: number) => top + value * scale;
  const body = svg.replace(/<title[^>]*>[\s\S]*?<\/title>/g, '');
  for (const [, tag, attributes = '', content = ''] of body.matchAll(
    /<(rect|line|circle|text)\b([^>]*?)\/?>(?:([^<]*)<\/text>)?/g,
  )) {
    if (tag === 'rect') {
      doc
        .rect(
          x(number(attributes, 'x')),
          y(number(attributes, 'y')),
          number(attributes, 'width') * scale,
          number(attributes, 'height') * scale,
        )
        .fill(text(attributes, 'fill') ?? 'black');
    } else if (tag === 'line') {
      const dash = text(attributes, 'stroke-dasharray');
      doc
        .save()
        .lineWidth(0.75)
        .strokeColor(text(attributes, 'stroke') ?? 'black');
      if (dash) doc.dash(Number(dash.split(' ')[0]) * scale, { space: Number(dash.split(' ')[1] ?? dash) * scale });
      doc
        .moveTo(x(number(attributes, 'x1')), y(number(attributes, 'y1')))
        .lineTo(x(number(attributes, 'x2')), y(number(attributes, 'y2')))
        .stroke();
      doc.restore();
    } else if (tag === 'circle') {
      doc
        .circle(x(number(attributes, 'cx')), y(number(attributes, 'cy')), number(attributes, 'r') * scale)
        .fill(text(attributes, 'fill') ?? 'black');
    } else {
      const size = number(attributes, 'font-size') * scale;
      const words = unescapeXml(content);
      doc.font('regular').fontSize(size).fillColor('black');
      const width = doc.widthOfString(words);
      const anchor = text(attributes, 'text-anchor');
      const start = x(number(attributes, 'x')) - (anchor === 'middle' ? width / 2 : anchor === 'end' ? width : 0);
      // SVG places text by its baseline; PDFKit by the top of its line.
      const ascent = ((doc as unknown as { _font: { ascender: number } })._font.ascender / 1000) * size;
      doc.text(words, start, y(number(attributes, 'y')) - ascent, { lineBreak: false });
    }
  }
}
