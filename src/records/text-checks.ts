/**
 * What a file's text may not hold, whatever kind of file it is: characters
 * that steer a terminal or a log (control characters, and the invisible ones
 * that change the direction of text), and line endings of a lone CR, which
 * would make the whole file one line.
 */
import { message } from '../messages/catalogue.js';
import type { FileProblem } from './types.js';

// C0 controls but tab, line feed and carriage return; DEL; C1 controls; line and paragraph separators;
// and the bidirectional embeddings, overrides and isolates ("Trojan source").
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is what this does
const UNSAFE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

export function textProblems(text: string): Array<Required<FileProblem> & { column: number }> {
  const problems: Array<Required<FileProblem> & { column: number }> = [];
  const loneCarriageReturn = /\r(?!\n)/.exec(text);
  if (loneCarriageReturn) {
    const { line, column } = positionAt(text, loneCarriageReturn.index);
    problems.push({
      line,
      column,
      message: message('file/lone-carriage-return'),
    });
  }
  const unsafe = [...text.matchAll(UNSAFE)];
  const [first] = unsafe;
  if (first) {
    const { line, column } = positionAt(text, first.index);
    const code = `U+${(first[0].codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
    problems.push({
      line,
      column,
      message: message('file/control-character', { code, more: unsafe.length - 1 }),
    });
  }
  const notInXml = /[\ufffe\uffff]/.exec(text);
  if (notInXml) {
    const { line, column } = positionAt(text, notInXml.index);
    const code = `U+${(notInXml[0].codePointAt(0) ?? 0).toString(16).toUpperCase()}`;
    problems.push({
      line,
      column,
      message: message('file/non-character', { code }),
    });
  }
  return problems;
}

/** The 1-based line and column of an offset in a file's text. */
export function positionAt(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let index = text.indexOf('\n'); index !== -1 && index < offset; index = text.indexOf('\n', index + 1)) {
    line += 1;
    lineStart = index + 1;
  }
  return { line, column: offset - lineStart + 1 };
}
