/**
 * The format a command writes, from --format and the file named with -o: a file's extension says what
 * it holds when --format is not given (`-o referat.docx` is Word), and the two may not disagree (a zip
 * named .md, or Markdown in a .docx, would open as garbage).
 */

import { extname } from 'node:path';
import { message } from '../messages/catalogue.js';
import { UsageError } from './errors.js';

const BY_EXTENSION: Readonly<Record<string, string>> = {
  '.md': 'md',
  '.markdown': 'md',
  '.html': 'html',
  '.htm': 'html',
  '.docx': 'docx',
  '.pdf': 'pdf',
  '.eml': 'eml',
  '.ics': 'ics',
  '.json': 'json',
};

export function outputFormat<Format extends string>(
  given: Format | undefined,
  output: string | undefined,
  formats: readonly Format[],
  fallback: Format,
): Format {
  const extension = output === undefined || output === '-' ? '' : extname(output).toLowerCase();
  const implied = formats.find((format) => BY_EXTENSION[extension] === format);
  if (given !== undefined && implied !== undefined && given !== implied) {
    throw new UsageError(message('document/formats-disagree', { given, output: output ?? '', extension, implied }));
  }
  return given ?? implied ?? fallback;
}
