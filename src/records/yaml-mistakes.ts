/**
 * The YAML mistakes people actually make, said so that someone who is not a
 * programmer can fix them: a tab or a non-breaking space where YAML wants a
 * space (reported once each, since the parser's own errors cascade from them),
 * and a colon in an unquoted value (which YAML reads as a nested key).
 */
import { message } from '../messages/catalogue.js';
import type { SyntaxProblem } from './front-matter.js';

/** Lines are numbered in the file: the YAML starts on line 2, after the opening "---". */
const FIRST_LINE = 2;

/**
 * The problems to report for front matter that does not parse: the plain ones when a known mistake
 * explains it, else the parser's own, with a colon in an unquoted value explained.
 */
export function explainYamlMistakes(yaml: string, parserProblems: readonly SyntaxProblem[]): SyntaxProblem[] {
  const lines = yaml.split('\n').map((line) => line.replace(/\r$/, ''));
  const spacing = lines.flatMap((line, index) => spacingMistakes(line, index + FIRST_LINE));
  if (spacing.length > 0) return spacing;

  const explained = new Set<number>();
  const problems: SyntaxProblem[] = [];
  const said = new Set<string>();
  for (const problem of parserProblems) {
    const colon = colonInValue(lines[problem.line - FIRST_LINE] ?? '', problem.line);
    // Two parser errors that say the same in plain words, at the same place, are one problem.
    const key = `${problem.line}:${problem.column}:${JSON.stringify(problem.message)}`;
    if (!colon && said.has(key)) continue;
    said.add(key);
    if (!colon) problems.push(problem);
    else if (!explained.has(problem.line)) {
      explained.add(problem.line);
      problems.push(colon);
    }
  }
  return problems;
}

function spacingMistakes(line: string, lineNumber: number): SyntaxProblem[] {
  const indentation = /^[ \t\u00a0]*/.exec(line)?.[0] ?? '';
  const tab = indentation.indexOf('\t');
  if (tab >= 0) {
    return [
      {
        line: lineNumber,
        column: tab + 1,
        length: 1,
        message: message('syntax/tab'),
      },
    ];
  }
  // A non-breaking space where YAML needs a space: in the indentation, after a list's "-", or after a key's ":".
  const misplaced = /^[ ]*\u00a0|^\s*-\u00a0|^[^"'#]*?:\u00a0/.exec(line);
  if (misplaced) {
    return [
      {
        line: lineNumber,
        column: misplaced[0].length,
        length: 1,
        message: message('syntax/non-breaking-space'),
      },
    ];
  }
  return [];
}

/** `title: Rekruttering: planutdanningene`: a value that holds ": " unquoted. */
function colonInValue(line: string, lineNumber: number): SyntaxProblem | undefined {
  const match = /^(\s*(?:-\s+)?)([\p{L}\w-]+):[ \t]+([^"'\s[{|>&*!#][^#]*?:\s.*?)\s*$/u.exec(line);
  if (!match) return undefined;
  const [, before = '', key = '', value = ''] = match;
  return {
    line: lineNumber,
    column: before.length + key.length + 3,
    length: value.length,
    message: message('syntax/colon-in-value', { key, quoted: `"${value.replace(/"/g, '\\"')}"` }),
  };
}
