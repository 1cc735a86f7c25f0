/** What the commands that produce documents share: rendering a template, writing it as Markdown, HTML or DOCX, and refusing a change that would not validate. */

import { createHash } from 'node:crypto';
import { rmSync } from 'node:fs';
import { basename, extname, join, resolve } from 'node:path';
import { archiveMetadata, archiveRecord, customProperties, markdownTitle } from '../documents/archive-metadata.js';
import { readBuiltinTemplates } from '../documents/builtin.js';
import { DOCUMENT_FORMATS, type DocumentFormat } from '../documents/document-formats.js';
import type { DocumentStyle } from '../documents/formats.js';
import { documentFacts } from '../documents/letter-view.js';
import { loadFormats } from '../documents/load-formats.js';
import { renderTemplate, TemplateError, templateSources } from '../documents/templates.js';
import type { DocumentData } from '../documents/view-types.js';
import { InputError, PreconditionError, UsageError, writeFailureReason } from '../lib/errors.js';
import { outputFormat } from '../lib/output-format.js';
import { printable } from '../lib/printable.js';
import { message } from '../messages/catalogue.js';
import type { Agreement } from '../model/schemas.js';
import { errorsIntroduced } from '../pipeline/check.js';
import type { SourceFile } from '../records/types.js';
import { formatFindingLine } from '../report/text.js';
import { writeFileAtomic, writeFilesAtomically, writeUserFile } from '../writing/write.js';
import type { CommandContext } from './context.js';
import type { CleanRecords } from './records.js';

export interface DocumentOutput {
  format?: DocumentFormat;
  /** A file to write; standard output when not given or "-". */
  output?: string;
  /** Also write the archive's journal fields (Noark 5) beside the file, as JSON. */
  metadata?: boolean;
}

/** Where the journal fields of `innkalling.pdf` go: `innkalling.metadata.json` beside it. */
export function metadataFileOf(output: string): string {
  const extension = extname(output);
  return `${extension ? output.slice(0, -extension.length) : output}.metadata.json`;
}

/** The agreement as a document sees it: in the written standard --lang asks for, else its own. */
export function inDocumentLanguage(agreement: Agreement, context: CommandContext): Agreement {
  const language = context.documentLanguage ?? agreement.language;
  return language === agreement.language ? agreement : { ...agreement, language };
}

/** The document's Markdown from its template, with the parties named as they stand on its date. */
export function renderDocument(records: CleanRecords, document: DocumentData): string {
  const name = document.template;
  const sources = templateSources(
    readBuiltinTemplates(),
    records.templates,
    document.language,
    records.agreement.data.language,
  );
  const template = sources.find((candidate) => candidate.name === name);
  if (!template) throw new Error(`no ${name} template`);
  try {
    return renderTemplate(template, document.view, records.agreement.data, document.on);
  } catch (error) {
    if (!(error instanceof TemplateError)) throw error;
    const { file, line, column } = error.problem;
    throw new PreconditionError(
      message('document/template-does-not-render', {
        name,
        problem: message('template/located', { file, line, column, problem: error.problem.message }),
      }),
    );
  }
}

/**
 * Prints the document or writes it to `-o FILE`, as Markdown, or converted to HTML or DOCX. DOCX is
 * binary and goes to a file only. Returns where it went, for the command's message (its control characters escaped).
 */
export async function emitDocument(
  markdown: string,
  document: DocumentData,
  { format: given, output, metadata }: DocumentOutput,
  records: CleanRecords,
  context: CommandContext,
): Promise<string | null> {
  const format = outputFormat(given, output, DOCUMENT_FORMATS, 'md');
  const toFile = output !== undefined && output !== '-';
  if ((format === 'docx' || format === 'pdf') && !toFile)
    throw new UsageError(message('document/binary-needs-file', { format }));
  if (metadata && !toFile) throw new UsageError(message('document/metadata-needs-file'));
  const record = archiveRecord(document, markdownTitle(markdown));
  const content =
    format === 'md'
      ? markdown
      : await converted(markdown, format, {
          ...documentStyle(records),
          language: document.language,
          facts: { ...documentFacts(document), subject: record.dokumenttype, properties: customProperties(record) },
        });
  if (!toFile) {
    context.io.stdout(content as string);
    return null;
  }
  const path = resolve(context.io.cwd, output);
  writeUserFile(path, content, context.repositoryRoot());
  if (metadata) {
    const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
    const journal = archiveMetadata(record, {
      name: basename(path),
      format,
      bytes: bytes.length,
      sha256: createHash('sha256').update(bytes).digest('hex'),
    });
    try {
      writeUserFile(
        resolve(context.io.cwd, metadataFileOf(output)),
        `${JSON.stringify(journal, null, 2)}\n`,
        context.repositoryRoot(),
      );
    } catch (error) {
      // The two go into the archive together: without its fields, the document is not left behind either.
      rmSync(path, { force: true });
      throw error;
    }
  }
  return printable(output);
}

/**
 * A document the tool writes is at most this much Markdown: a long referat is tens of kilobytes, and a
 * megabyte is already hundreds of pages. Past it the page and the Word file would take memory in
 * proportion and gain nothing: refused before either is built.
 */
const MAX_DOCUMENT_BYTES = 1024 * 1024;

async function converted(
  markdown: string,
  format: 'html' | 'docx' | 'pdf',
  style: DocumentStyle,
): Promise<string | Buffer> {
  const bytes = Buffer.byteLength(markdown);
  if (bytes > MAX_DOCUMENT_BYTES) {
    throw new PreconditionError(
      message('document/too-large', {
        megabytes: (bytes / 1024 / 1024).toFixed(1),
        limit: MAX_DOCUMENT_BYTES / 1024 / 1024,
      }),
    );
  }
  const formats = await loadFormats();
  if (format === 'html') return formats.toHtml(markdown, style);
  if (format === 'pdf') return formats.toPdf(markdown, style);
  try {
    return await formats.toDocx(markdown, style);
  } catch (error) {
    const limit = error as { code?: string; columns?: number; max?: number };
    if (limit.code === 'DOCUMENT_LIMIT')
      throw new PreconditionError(
        message('document/too-many-columns', { columns: limit.columns ?? 0, max: limit.max ?? 0 }),
      );
    // docx parses the styles part only here; the rest of the document is ours and does not fail.
    if (style.docxStyles === undefined) throw error;
    throw new PreconditionError(
      message('document/bad-styles', { file: STYLE_FILES.docx, detail: printable((error as Error).message) }),
    );
  }
}

const STYLE_FILES = { css: 'templates/document.css', docx: 'templates/styles.xml' } as const;

/** The repository's own look for its documents, if it has one. */
function documentStyle(records: CleanRecords): DocumentStyle {
  const file = (path: string) => records.templates.find((candidate) => candidate.path === path)?.text;
  const css = file(STYLE_FILES.css);
  if (css !== undefined) {
    const fetching = /@import|url\s*\(|image-set\s*\(|\\|<\//i.exec(css);
    if (fetching) {
      throw new PreconditionError(
        message('document/stylesheet-fetches', { file: STYLE_FILES.css, rule: printable(fetching[0]) }),
      );
    }
  }
  const docxStyles = file(STYLE_FILES.docx);
  return { ...(css === undefined ? {} : { css }), ...(docxStyles === undefined ? {} : { docxStyles }) };
}

/**
 * An edit of records already there (a meeting approved, cancelled, moved), written as one journaled
 * change once it is known to add no error; `text: null` removes a file (a moved meeting's old one).
 */
export function writeRecordEdit(
  records: CleanRecords,
  changes: ReadonlyArray<{ path: string; text: string | null }>,
  description: string,
  context: CommandContext,
): void {
  const written = changes.flatMap(({ path, text }) => (text === null ? [] : [{ path, text }]));
  const removed = changes.flatMap(({ path, text }) => (text === null ? [path] : []));
  ensureStillValid(records.files, written, context, removed);
  try {
    writeFilesAtomically(
      context.repositoryRoot(),
      changes.map(({ path, text }) => ({ path, content: text })),
      description,
      (step) => context.io.checkpoint?.(step),
    );
  } catch (error) {
    throw new InputError(
      message('write/cannot-write-files', {
        files: written.map(({ path }) => path),
        reason: writeFailureReason(error),
        changed: false,
      }),
    );
  }
}

/** A new record file, written whole once it is known to pass validate with the records it joins. */
export function writeNewRecord(records: CleanRecords, file: string, text: string, context: CommandContext): void {
  ensureStillValid(records.files, [{ path: file, text }], context);
  try {
    writeFileAtomic(join(context.repositoryRoot(), file), text);
  } catch (error) {
    throw new InputError(
      message('write/cannot-write-files', { files: [file], reason: writeFailureReason(error), changed: true }),
    );
  }
}

/** Everything written must pass validate: refuse a change to the repository's files that would add an error. */
export function ensureStillValid(
  files: readonly SourceFile[],
  changed: readonly SourceFile[],
  context: CommandContext,
  removed: readonly string[] = [],
): void {
  const added = errorsIntroduced(files, changed, context.today, readBuiltinTemplates(), removed);
  if (added.length > 0) {
    throw new PreconditionError(
      message('change/would-not-validate', {
        findings: added.map((finding) => `  ${formatFindingLine(finding, context.color, context.language)}`).join('\n'),
      }),
    );
  }
}
