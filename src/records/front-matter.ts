/**
 * Splits a record into YAML front matter and Markdown body, and parses the
 * front matter once, keeping every node's position.
 *
 * Our own splitter instead of gray-matter: gray-matter evaluates `---js` and
 * `---javascript` front matter, returns shared cached objects and applies
 * YAML 1.1 date conversion. Here only `---` opens front matter, nothing is
 * ever executed, and dates stay strings (YAML 1.2 core schema).
 */
import { type Document, isMap, isScalar, isSeq, LineCounter, type Node, parseDocument, visit } from 'yaml';

export interface Span {
  line: number;
  column: number;
  /** Characters to underline on that line. */
  length: number;
}

export interface SyntaxProblem extends Span {
  message: string;
}

export type PropertyPath = readonly (string | number)[];

export interface FrontMatter {
  document: Document.Parsed;
  data: Record<string, unknown>;
  /** Offsets of the YAML text (between the fences) and of the body in the file's text. */
  yamlStart: number;
  yamlEnd: number;
  bodyStart: number;
  /** Where a value (or with `part: 'key'` its key) stands; the nearest existing parent when it is missing. */
  locate(path: PropertyPath, part?: 'key' | 'value'): Span;
  /** The text of a line of the file (1-based), for showing it under a finding. */
  lineText(line: number): string;
}

export type FrontMatterResult = { ok: true; frontMatter: FrontMatter } | { ok: false; problems: SyntaxProblem[] };

/** Aliases a record may expand; the shipped records use none, a billion-laughs file thousands. */
const MAX_ALIAS_COUNT = 100;

const BOM = '\uFEFF';
const CLOSING_FENCE = /^---[ \t]*\r?$/gm;

function fail(message: string, line = 1, column = 1, length = 3): FrontMatterResult {
  return { ok: false, problems: [{ message, line, column, length }] };
}

export function readFrontMatter(text: string): FrontMatterResult {
  const start = text.startsWith(BOM) ? BOM.length : 0;
  const firstLineEnd = text.indexOf('\n', start);
  const firstLine = text.slice(start, firstLineEnd === -1 ? text.length : firstLineEnd).replace(/\r$/, '');

  if (firstLine.trimEnd() !== '---') {
    const language = /^---\s*(\S+)/.exec(firstLine)?.[1];
    if (language) {
      return fail(
        `front matter marked "---${language}" is not accepted: only YAML front matter is read, and nothing in a record is ever run. Start the file with a line "---" and write the fields as YAML`,
        1,
        4,
        language.length,
      );
    }
    return fail(
      'the file has no front matter: it must start with a line "---", then the fields as YAML, then a line "---"',
    );
  }
  if (firstLineEnd === -1) return fail('the front matter is not closed: add a line "---" after the fields');

  const yamlStart = firstLineEnd + 1;
  CLOSING_FENCE.lastIndex = yamlStart;
  const closing = CLOSING_FENCE.exec(text);
  if (!closing) return fail('the front matter is not closed: add a line "---" after the fields');

  const yamlEnd = closing.index;
  const afterFence = yamlEnd + closing[0].length;
  const bodyStart = text[afterFence] === '\n' ? afterFence + 1 : afterFence;
  return parseYaml(text, yamlStart, yamlEnd, bodyStart);
}

function parseYaml(text: string, yamlStart: number, yamlEnd: number, bodyStart: number): FrontMatterResult {
  const yaml = text.slice(yamlStart, yamlEnd);
  const lineCounter = new LineCounter();
  const document = parseDocument(yaml, {
    lineCounter,
    prettyErrors: false,
    uniqueKeys: true,
    version: '1.2',
    schema: 'core',
    strict: true,
  });

  // The YAML text starts on the file's second line, after the opening fence.
  const spanAt = (start: number, end: number): Span => {
    const { line, col } = lineCounter.linePos(start);
    const lineEnd = lineCounter.lineStarts[line] ?? yaml.length;
    return { line: line + 1, column: col, length: Math.max(1, Math.min(end, lineEnd - 1) - start) };
  };

  const problems: SyntaxProblem[] = [...document.errors, ...document.warnings].map((error) => ({
    message: describeYamlError(error.code, error.message),
    ...spanAt(error.pos[0], error.pos[1]),
  }));

  // Only a text that spells the key, or escapes one in quotes, can hold "__proto__": skip the walk otherwise.
  if (yaml.includes('__proto__') || yaml.includes('\\'))
    visit(document, {
      Pair(_, pair) {
        if (isScalar(pair.key) && pair.key.value === '__proto__' && pair.key.range) {
          problems.push({
            message: 'the key "__proto__" is not allowed',
            ...spanAt(pair.key.range[0], pair.key.range[1]),
          });
        }
      },
    });
  if (problems.length > 0) return { ok: false, problems };

  if (!isMap(document.contents)) {
    const range = document.contents?.range;
    return {
      ok: false,
      problems: [
        {
          message: document.contents
            ? 'the front matter must be a list of "key: value" fields'
            : 'the front matter is empty: write the record\'s fields as "key: value" lines between the two "---" lines',
          ...(range ? spanAt(range[0], range[1]) : { line: 2, column: 1, length: 1 }),
        },
      ],
    };
  }

  let data: Record<string, unknown>;
  try {
    data = document.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) as Record<string, unknown>;
  } catch (error) {
    let firstAlias: Span = { line: 2, column: 1, length: 1 };
    visit(document, {
      Alias(_, alias) {
        if (alias.range) firstAlias = spanAt(alias.range[0], alias.range[1]);
        return visit.BREAK;
      },
    });
    const reason =
      error instanceof ReferenceError
        ? `aliases expand to too much data (more than ${MAX_ALIAS_COUNT} expansions)`
        : String(error);
    return {
      ok: false,
      problems: [{ message: `${reason}: write the values out instead of using YAML aliases`, ...firstAlias }],
    };
  }

  let yamlLines: string[] | undefined;
  const rangeSpan = (node: Node | null | undefined): Span | undefined =>
    node?.range ? spanAt(node.range[0], node.range[1]) : undefined;

  return {
    ok: true,
    frontMatter: {
      document,
      data,
      yamlStart,
      yamlEnd,
      bodyStart,
      locate(path, part = 'value') {
        let node: unknown = document.contents;
        let span = rangeSpan(document.contents) ?? { line: 2, column: 1, length: 1 };
        for (const [index, segment] of path.entries()) {
          if (isMap(node)) {
            const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(segment));
            if (!pair) break;
            const isLast = index === path.length - 1;
            const keySpan = rangeSpan(pair.key as Node);
            const valueSpan = rangeSpan(pair.value as Node | null);
            span = (isLast && part === 'key' ? keySpan : (valueSpan ?? keySpan)) ?? span;
            node = pair.value;
          } else if (isSeq(node) && typeof segment === 'number' && node.items[segment]) {
            node = node.items[segment];
            span = rangeSpan(node as Node) ?? span;
          } else {
            break;
          }
        }
        return span;
      },
      lineText(line) {
        yamlLines ??= yaml.split('\n');
        return (yamlLines[line - 2] ?? '').replace(/\r$/, '');
      },
    },
  };
}

const YAML_ERROR_HINTS: Record<string, string> = {
  DUPLICATE_KEY: 'this key appears twice in the same place: keep one',
  TAG_RESOLVE_FAILED: 'YAML tags like "!!js/function" are not accepted: write a plain value',
};

function describeYamlError(code: string, message: string): string {
  const hint = YAML_ERROR_HINTS[code];
  const plain = message.replace(/\s+at line \d+, column \d+:?[\s\S]*$/, '');
  return hint ? `${plain} (${hint})` : plain;
}
