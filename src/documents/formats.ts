/**
 * A rendered document's Markdown as a page that stands alone (HTML) or as a
 * Word document (DOCX). The templates stay Markdown that users edit in pull
 * requests; markdown-it parses it once, its HTML renderer writes the page, and
 * its tokens are walked into Word's headings, paragraphs, lists and tables
 * (docx.ts) or laid out as PDF/A (pdf.ts). The bundle carries this module on its own (dist/formats.cjs),
 * loaded only when a command is asked for HTML, DOCX or PDF.
 */

import MarkdownIt, { type Token } from 'markdown-it';
import type { DocumentLanguage } from '../messages/language.js';
import type { WordDocument } from './docx.js';
import { wordDocument } from './docx.js';
import { loadPdf } from './load-pdf.js';
import { escapeHtml, htmlPage } from './page.js';

/** What a repository may change in how its documents look: a stylesheet for the page, Word styles for DOCX. */
export interface DocumentStyle {
  /** The written standard, for the page's and the Word file's language tags (default nb). */
  language?: DocumentLanguage;
  /** Appended to the built-in stylesheet (templates/document.css). */
  css?: string;
  /** A Word styles part (word/styles.xml from a .docx with the letterhead's fonts), replacing the built-in styles. */
  docxStyles?: string;
  /** Charts a PDF draws where the Markdown has an image of that name (the report's own SVG). */
  charts?: ReadonlyMap<string, string>;
  /** The document's facts for Word's and the PDF's properties and their pages' head and foot. */
  facts?: Pick<WordDocument, 'date' | 'author' | 'marking' | 'pageOf' | 'properties' | 'subject'>;
}

// Raw HTML in a record is shown as text, never passed through; images are off, so a page makes no request.
const markdown = new MarkdownIt('commonmark', { html: false, linkify: false, typographer: false })
  .enable('table')
  .disable('image');

/**
 * The tokens, without a table's header row when every cell of it is empty: a key–value table ("Tid",
 * "Sted"), marked so Word gives its labels a narrow column.
 */
function parse(source: string): Token[] {
  const tokens = markdown.parse(source, {});
  const kept: Token[] = [];
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index] as Token;
    if (token.type === 'thead_open') {
      const close = tokens.findIndex((candidate, at) => at > index && candidate.type === 'thead_close');
      const header = tokens.slice(index, close + 1);
      if (header.every((part) => part.type !== 'inline' || part.content.trim() === '')) {
        const table = kept.findLast((candidate) => candidate.type === 'table_open');
        if (table) table.meta = { ...table.meta, keyValue: true };
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
  return htmlPage({ title, css, body, lang: style.language ?? 'nb' });
}

/** A document's body as markup for a page of the site, from the same parse as the page that stands alone. */
export function markdownBody(source: string): string {
  return markdown.renderer.render(parse(source), markdown.options, {});
}

/** Without the access marking's own paragraph: in Word it stands at the head of every page instead. */
function withoutMarking(tokens: Token[], marking: string | undefined): Token[] {
  if (!marking) return tokens;
  const at = tokens.findIndex(
    (token, index) =>
      token.type === 'inline' && tokens[index - 1]?.type === 'paragraph_open' && token.content === `**${marking}**`,
  );
  return at < 0 ? tokens : [...tokens.slice(0, at - 1), ...tokens.slice(at + 2)];
}

/** A Word document with real headings, lists and tables, in the repository's styles when it has them. */
export async function toDocx(source: string, style: DocumentStyle = {}): Promise<Buffer> {
  const tokens = withoutMarking(parse(source), style.facts?.marking);
  return wordDocument(tokens, {
    title: titleOf(tokens),
    language: style.language ?? 'nb',
    ...style.facts,
    ...(style.docxStyles ? { styles: style.docxStyles } : {}),
  });
}

// The report's own Markdown names its charts as images; a record's Markdown never reaches this parser.
const withImages = new MarkdownIt('commonmark', { html: false, linkify: false, typographer: false }).enable('table');

/** The document as PDF/A-2b, laid out as the Word file is, with the charts `charts` names. */
export async function toPdf(source: string, style: DocumentStyle = {}): Promise<Buffer> {
  const tokens = withoutMarking(style.charts ? withImages.parse(source, {}) : parse(source), style.facts?.marking);
  const { pdfDocument } = await loadPdf();
  const { properties: _, ...facts } = style.facts ?? {};
  return pdfDocument(tokens, {
    title: titleOf(tokens),
    language: style.language ?? 'nb',
    ...facts,
    ...(style.charts ? { charts: style.charts } : {}),
  });
}
