/**
 * A rendered document's Markdown as a page that stands alone (HTML) or as a
 * Word document (DOCX). The templates stay Markdown that users edit in pull
 * requests; markdown-it parses it once, its HTML renderer writes the page, and
 * its tokens are walked into the `docx` library's headings, paragraphs, lists
 * and tables. The bundle carries this module on its own (dist/formats.cjs),
 * loaded only when a command is asked for HTML or DOCX.
 */
import {
  AlignmentType,
  Document,
  HeadingLevel,
  LevelFormat,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import MarkdownIt, { type Token } from 'markdown-it';
import { escapeHtml, htmlPage } from './page.js';

/** What a repository may change in how its documents look: a stylesheet for the page, Word styles for DOCX. */
export interface DocumentStyle {
  /** Appended to the built-in stylesheet (templates/document.css). */
  css?: string;
  /** A Word styles part (word/styles.xml from a .docx with the letterhead's fonts), replacing the built-in styles. */
  docxStyles?: string;
}

// Raw HTML in a record is shown as text, never passed through; images are off, so a page makes no request.
const markdown = new MarkdownIt('commonmark', { html: false, linkify: false, typographer: false })
  .enable('table')
  .disable('image');

/** The tokens, without a table's header row when every cell of it is empty (a key–value table). */
function parse(source: string): Token[] {
  const tokens = markdown.parse(source, {});
  const kept: Token[] = [];
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index] as Token;
    if (token.type === 'thead_open') {
      const close = tokens.findIndex((candidate, at) => at > index && candidate.type === 'thead_close');
      const header = tokens.slice(index, close + 1);
      if (header.every((part) => part.type !== 'inline' || part.content.trim() === '')) {
        index = close;
        continue;
      }
    }
    kept.push(token);
  }
  return kept;
}

function titleOf(tokens: readonly Token[]): string {
  const heading = tokens.findIndex((token) => token.type === 'heading_open' && token.tag === 'h1');
  return heading >= 0 ? (tokens[heading + 1]?.content ?? '') : '';
}

const BASE_CSS = `
@page { size: A4; margin: 25mm 22mm 25mm 25mm; }
body { font-family: Arial, "Helvetica Neue", Helvetica, sans-serif; font-size: 11pt; line-height: 1.4;
  color: #000; max-width: 170mm; margin: 0 auto; padding: 12mm 0; }
h1 { font-size: 16pt; margin: 1.2em 0 0.6em; }
h2 { font-size: 13pt; margin: 1.2em 0 0.4em; }
h3 { font-size: 11pt; margin: 1em 0 0.3em; }
p, ul, ol { margin: 0 0 0.7em; }
table { border-collapse: collapse; margin: 0 0 1em; }
th, td { text-align: left; vertical-align: top; padding: 2pt 12pt 2pt 0; }
th { font-weight: bold; }
@media print { body { padding: 0; max-width: none; } h2, h3 { break-after: avoid; } tr { break-inside: avoid; } }
`;

/** A page that stands alone: inline CSS, no script, nothing fetched; it pastes into an e-mail and prints on A4. */
export function toHtml(source: string, style: DocumentStyle = {}): string {
  const tokens = parse(source);
  const body = markdown.renderer.render(tokens, markdown.options, {});
  const title = escapeHtml(titleOf(tokens));
  const css = `${BASE_CSS}${style.css ? `${style.css.trim()}\n` : ''}`;
  return htmlPage({ title, css, body });
}

const HEADINGS: Record<string, (typeof HeadingLevel)[keyof typeof HeadingLevel]> = {
  h1: HeadingLevel.HEADING_1,
  h2: HeadingLevel.HEADING_2,
  h3: HeadingLevel.HEADING_3,
  h4: HeadingLevel.HEADING_4,
  h5: HeadingLevel.HEADING_5,
  h6: HeadingLevel.HEADING_6,
};

/** The runs of one inline token: bold, italics and line breaks as Word has them. */
function runs(inline: Token | undefined, bold = false): TextRun[] {
  const result: TextRun[] = [];
  let strong = bold;
  let emphasis = false;
  for (const child of inline?.children ?? []) {
    switch (child.type) {
      case 'strong_open':
      case 'strong_close':
        strong = child.type === 'strong_open' || bold;
        break;
      case 'em_open':
      case 'em_close':
        emphasis = child.type === 'em_open';
        break;
      case 'hardbreak':
        result.push(new TextRun({ break: 1 }));
        break;
      // A line break inside a Markdown paragraph is a space, as in the page.
      case 'softbreak':
        result.push(new TextRun({ text: ' ', bold: strong, italics: emphasis }));
        break;
      case 'text':
      case 'code_inline':
        result.push(new TextRun({ text: child.content, bold: strong, italics: emphasis }));
        break;
    }
  }
  return result;
}

const ORDERED = 'ordered';

/** Walks the tokens into Word's blocks; lists and tables keep their structure. */
function blocks(tokens: readonly Token[]): Array<Paragraph | Table> {
  const result: Array<Paragraph | Table> = [];
  const lists: Array<{ ordered: boolean; instance: number }> = [];
  let instances = 0;
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index] as Token;
    switch (token.type) {
      case 'heading_open':
        result.push(new Paragraph({ heading: HEADINGS[token.tag], children: runs(tokens[index + 1]) }));
        index += 2;
        break;
      case 'bullet_list_open':
      case 'ordered_list_open':
        lists.push({ ordered: token.type === 'ordered_list_open', instance: ++instances });
        break;
      case 'bullet_list_close':
      case 'ordered_list_close':
        lists.pop();
        break;
      case 'paragraph_open': {
        const list = lists.at(-1);
        const level = Math.max(0, lists.length - 1);
        const children = runs(tokens[index + 1]);
        result.push(
          new Paragraph(
            !list
              ? { children }
              : list.ordered
                ? { children, numbering: { reference: ORDERED, level, instance: list.instance } }
                : { children, bullet: { level } },
          ),
        );
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
        result.push(new Paragraph({ thematicBreak: true }));
        break;
    }
  }
  return result;
}

function table(tokens: readonly Token[]): Table {
  const rows: TableRow[] = [];
  let cells: TableCell[] = [];
  let header = false;
  for (const [index, token] of tokens.entries()) {
    if (token.type === 'tr_open') {
      cells = [];
      header = tokens[index + 1]?.type === 'th_open';
    } else if (token.type === 'th_open' || token.type === 'td_open') {
      const paragraph = new Paragraph({ children: runs(tokens[index + 1], token.type === 'th_open') });
      cells.push(new TableCell({ children: [paragraph], borders: NO_BORDERS }));
    } else if (token.type === 'tr_close')
      rows.push(new TableRow({ children: cells, cantSplit: true, tableHeader: header }));
  }
  return new Table({ rows, width: { size: 100, type: WidthType.PERCENTAGE } });
}

const NO_BORDER = { style: 'none', size: 0, color: 'FFFFFF' } as const;
const NO_BORDERS = { top: NO_BORDER, bottom: NO_BORDER, left: NO_BORDER, right: NO_BORDER };

/** A Word document with real headings, lists and tables, in the repository's styles when it has them. */
export async function toDocx(source: string, style: DocumentStyle = {}): Promise<Buffer> {
  const tokens = parse(source);
  const document = new Document({
    title: titleOf(tokens),
    creator: 'partnership',
    ...(style.docxStyles
      ? { externalStyles: style.docxStyles }
      : {
          styles: {
            default: {
              document: { run: { font: 'Arial', size: 22 } },
              heading1: { run: { font: 'Arial', size: 32, bold: true, color: '000000' } },
              heading2: { run: { font: 'Arial', size: 26, bold: true, color: '000000' } },
              heading3: { run: { font: 'Arial', size: 22, bold: true, color: '000000' } },
            },
          },
        }),
    numbering: {
      config: [
        {
          reference: ORDERED,
          levels: [0, 1, 2].map((level) => ({
            level,
            format: LevelFormat.DECIMAL,
            text: `%${level + 1}.`,
            alignment: AlignmentType.START,
            style: { paragraph: { indent: { left: 720 * (level + 1), hanging: 360 } } },
          })),
        },
      ],
    },
    sections: [
      {
        properties: {
          page: { size: { width: 11906, height: 16838 }, margin: { top: 1418, bottom: 1418, left: 1418, right: 1247 } },
        },
        children: blocks(tokens),
      },
    ],
  });
  return Packer.toBuffer(document);
}
