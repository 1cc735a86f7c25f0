/**
 * Splits a record into YAML front matter and Markdown body, and parses the
 * front matter: quickly where it is plain, keeping every node's position where
 * a finding or an edit needs them.
 *
 * Our own splitter instead of gray-matter: gray-matter evaluates `---js` and
 * `---javascript` front matter, returns shared cached objects and applies
 * YAML 1.1 date conversion. Here only `---` opens front matter, nothing is
 * ever executed, and dates stay strings (YAML 1.2 core schema).
 */

import { CORE_SCHEMA, load as loadYaml } from 'js-yaml';
import {
  type Document,
  isAlias,
  isCollection,
  isMap,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  type Node,
  type Pair,
  parseDocument,
  visit,
  type YAMLMap,
} from 'yaml';
import { type Message, message } from '../messages/catalogue.js';
import { explainYamlMistakes } from './yaml-mistakes.js';

export interface Span {
  line: number;
  column: number;
  /** Characters to underline on that line. */
  length: number;
}

export interface SyntaxProblem extends Span {
  message: Message;
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
/** The bounds of what a record's front matter may be: the real ones are a few kilobytes, a few levels deep. */
export const FRONT_MATTER_LIMITS = { bytes: 1024 * 1024, nodes: 100_000, depth: 32 } as const;

// Control characters, DEL, C1, line and paragraph separators and the bidirectional controls: written as
// YAML escapes ("\e", "\u202e") they pass the file's own text check, so the values are checked too;
// likewise U+FFFE and U+FFFF, which are not characters and which no document may hold.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is what this does
const UNSAFE_IN_VALUE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufffe\uffff]/;

const BOM = '\uFEFF';
const CLOSING_FENCE = /^---[ \t]*\r?$/gm;

function fail(message: Message, line = 1, column = 1, length = 3): FrontMatterResult {
  return { ok: false, problems: [{ message, line, column, length }] };
}

/** `positioned`: parse with every node's position at once, as a file that is not plain is (the tests compare the two). */
export function readFrontMatter(text: string, { positioned = false } = {}): FrontMatterResult {
  const start = text.startsWith(BOM) ? BOM.length : 0;
  const firstLineEnd = text.indexOf('\n', start);
  const firstLine = text.slice(start, firstLineEnd === -1 ? text.length : firstLineEnd).replace(/\r$/, '');

  if (firstLine.trimEnd() !== '---') {
    const language = /^---\s*(\S+)/.exec(firstLine)?.[1];
    if (language) {
      return fail(message('syntax/foreign-front-matter', { language }), 1, 4, language.length);
    }
    return fail(message('syntax/no-front-matter'));
  }
  if (firstLineEnd === -1) return fail(message('syntax/not-closed'));

  const yamlStart = firstLineEnd + 1;
  CLOSING_FENCE.lastIndex = yamlStart;
  const closing = CLOSING_FENCE.exec(text);
  if (!closing) return fail(message('syntax/not-closed'));

  const yamlEnd = closing.index;
  if (yamlEnd - yamlStart > FRONT_MATTER_LIMITS.bytes) {
    return fail(message('syntax/too-large', { kilobytes: FRONT_MATTER_LIMITS.bytes / 1024 }), 2, 1, 1);
  }
  const afterFence = yamlEnd + closing[0].length;
  const bodyStart = text[afterFence] === '\n' ? afterFence + 1 : afterFence;
  return positioned
    ? parsePositioned(text, yamlStart, yamlEnd, bodyStart)
    : parseYaml(text, yamlStart, yamlEnd, bodyStart);
}

/**
 * Two parsers, one answer. js-yaml reads plain front matter several times faster than yaml's Document,
 * which keeps every node's position; positions are needed only where a finding points, or where a
 * command edits the file. So a file whose YAML uses nothing beyond plain maps, lists and values is read
 * by js-yaml, and its positioned Document is parsed the first time something asks where a value stands.
 * Anything else (a tag, an anchor or alias, a complex key, a directive, what js-yaml refuses, a value
 * with an unsafe character, a record past the bounds) takes the positioned parse at once, which finds
 * and explains the problem.
 */
function parseYaml(text: string, yamlStart: number, yamlEnd: number, bodyStart: number): FrontMatterResult {
  const yaml = text.slice(yamlStart, yamlEnd);
  const data = plainData(yaml);
  if (data === undefined) return parsePositioned(text, yamlStart, yamlEnd, bodyStart);
  let positioned: FrontMatter | undefined;
  const located = (): FrontMatter => {
    if (!positioned) {
      const result = parsePositioned(text, yamlStart, yamlEnd, bodyStart);
      // Both parsers read the same plain YAML; should yaml ever refuse what js-yaml read, findings point at the fence.
      positioned = result.ok ? result.frontMatter : fallbackFrontMatter(yaml, data, yamlStart, yamlEnd, bodyStart);
    }
    return positioned;
  };
  let lines: string[] | undefined;
  const lineText = (line: number) => {
    lines ??= yaml.split('\n');
    return (lines[line - 2] ?? '').replace(/\r$/, '');
  };
  return {
    ok: true,
    frontMatter: {
      get document() {
        return located().document;
      },
      data,
      yamlStart,
      yamlEnd,
      bodyStart,
      locate: (path, part) => topLevelSpan(yaml, path, part) ?? located().locate(path, part),
      lineText,
    },
  };
}

/**
 * Where a top-level field's key or one-line value stands, found in the text: most findings point at
 * one (a meeting's date, status, minutes_approved), and a file with one then needs no positioned parse.
 * A value that goes on over more lines, or any deeper path, is left to the Document.
 */
/** A field's line pattern, compiled once for each key asked for (the same few keys, in thousands of files). */
const TOP_LEVEL_FIELD = new Map<string, RegExp>();

function topLevelSpan(yaml: string, path: PropertyPath, part: 'key' | 'value' = 'value'): Span | undefined {
  const [key] = path;
  if (path.length !== 1 || typeof key !== 'string' || !/^[a-z_][a-z0-9_]*$/.test(key)) return undefined;
  let pattern = TOP_LEVEL_FIELD.get(key);
  if (!pattern) {
    pattern = new RegExp(`^${key}:([ \\t]*)(.*?)[ \\t]*(?:[ \\t]#.*)?\\r?$`, 'm');
    TOP_LEVEL_FIELD.set(key, pattern);
  }
  const match = pattern.exec(yaml);
  if (!match) return undefined;
  let line = 2;
  for (let index = yaml.indexOf('\n'); index !== -1 && index < match.index; index = yaml.indexOf('\n', index + 1))
    line += 1;
  if (part === 'key') return { line, column: 1, length: key.length };
  const value = match[2] ?? '';
  // An empty value, or one that opens a block, a flow collection or a quote it does not close on this line, goes on below.
  if (value === '' || value.startsWith('#') || /^[|>]/.test(value) || !closesOnItsLine(value)) return undefined;
  return { line, column: key.length + 2 + (match[1]?.length ?? 0), length: Math.max(1, value.length) };
}

function closesOnItsLine(value: string): boolean {
  const first = value[0];
  if (first === '"') return /^"(?:[^"\\]|\\.)*"$/.test(value);
  if (first === "'") return /^'(?:[^']|'')*'$/.test(value);
  if (first === '[' || first === '{') {
    let depth = 0;
    for (const character of value)
      depth += character === '[' || character === '{' ? 1 : character === ']' || character === '}' ? -1 : 0;
    return depth === 0 && (value.endsWith(']') || value.endsWith('}'));
  }
  return true;
}

/** Where a node's properties (a tag !, an anchor &, an alias *) or a complex key (? or a flow key) could start, and directives. */
const BEYOND_PLAIN =
  /(?:^[ \t]*|[-:?,[{][ \t]+|[[{,])[!&*]|^[ \t]*\?(?:[ \t]|$)|^%|^[ \t]*(?:-[ \t]+)*[[{]|[{,][ \t]*[[{]/m;

/** The data of plain front matter, or undefined when it is not plain or not within the bounds. */
function plainData(yaml: string): Record<string, unknown> | undefined {
  if (BEYOND_PLAIN.test(yaml)) return undefined;
  let data: unknown;
  try {
    data = loadYaml(yaml, { schema: CORE_SCHEMA, maxAliases: 0 });
  } catch {
    return undefined;
  }
  return isPlainRecord(data) && withinBounds(data) ? data : undefined;
}

function isPlainRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The checks structureProblems makes, on plain data: depth, size, "__proto__", unsafe characters. */
function withinBounds(data: Record<string, unknown>): boolean {
  const stack: Array<[value: unknown, depth: number]> = [[data, 1]];
  let nodes = 0;
  while (stack.length > 0) {
    const [value, depth] = stack.pop() as [unknown, number];
    nodes += 1;
    if (nodes > FRONT_MATTER_LIMITS.nodes || depth > FRONT_MATTER_LIMITS.depth) return false;
    if (typeof value === 'string') {
      if (UNSAFE_IN_VALUE.test(value)) return false;
    } else if (Array.isArray(value)) {
      for (const item of value) stack.push([item, depth + 1]);
    } else if (isPlainRecord(value)) {
      for (const key of Object.keys(value)) {
        if (key === '__proto__' || UNSAFE_IN_VALUE.test(key)) return false;
        nodes += 1;
        stack.push([value[key], depth + 1]);
      }
    }
  }
  return true;
}

function fallbackFrontMatter(
  yaml: string,
  data: Record<string, unknown>,
  yamlStart: number,
  yamlEnd: number,
  bodyStart: number,
): FrontMatter {
  const lines = yaml.split('\n');
  return {
    document: parseDocument(yaml),
    data,
    yamlStart,
    yamlEnd,
    bodyStart,
    locate: () => ({ line: 2, column: 1, length: 1 }),
    lineText: (line) => (lines[line - 2] ?? '').replace(/\r$/, ''),
  };
}

function parsePositioned(text: string, yamlStart: number, yamlEnd: number, bodyStart: number): FrontMatterResult {
  const yaml = text.slice(yamlStart, yamlEnd);
  const lineCounter = new LineCounter();
  let document: Document.Parsed;
  try {
    // Duplicate keys are found below, in one pass: yaml's own check compares every key with every other.
    document = parseDocument(yaml, {
      lineCounter,
      prettyErrors: false,
      uniqueKeys: false,
      version: '1.2',
      schema: 'core',
      strict: true,
    });
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    return fail(message('syntax/too-deep'), 2, 1, 1);
  }

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

  if (problems.length > 0) return { ok: false, problems: explainYamlMistakes(yaml, problems) };
  problems.push(...structureProblems(document, spanAt));
  if (problems.length > 0) return { ok: false, problems };

  if (!isMap(document.contents)) {
    const range = document.contents?.range;
    return {
      ok: false,
      problems: [
        {
          message: document.contents ? message('syntax/not-a-map') : message('syntax/empty'),
          ...(range ? spanAt(range[0], range[1]) : { line: 2, column: 1, length: 1 }),
        },
      ],
    };
  }

  const expansion = aliasExpansion(document);
  if (expansion) return { ok: false, problems: [{ ...expansion.span(spanAt) }] };

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
    const unresolved = error instanceof ReferenceError && error.message.startsWith('Unresolved alias');
    const reason = unresolved
      ? message('syntax/unresolved-alias')
      : error instanceof ReferenceError
        ? message('syntax/too-many-aliases', { count: MAX_ALIAS_COUNT })
        : message('syntax/yaml', { detail: String(error), hint: null });
    return { ok: false, problems: [{ message: reason, ...firstAlias }] };
  }

  let yamlLines: string[] | undefined;
  // Each map's pairs by key, built the first time a finding looks into it: locating a finding is then
  // one step per level, however many keys a map has and however many findings point into it.
  const indexes = new WeakMap<YAMLMap, Map<string, Pair>>();
  const pairsByKey = (map: YAMLMap): Map<string, Pair> => {
    let index = indexes.get(map);
    if (!index) {
      index = new Map();
      for (const pair of map.items)
        if (isScalar(pair.key) && !index.has(String(pair.key.value))) index.set(String(pair.key.value), pair);
      indexes.set(map, index);
    }
    return index;
  };
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
            const pair = pairsByKey(node).get(String(segment));
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

/**
 * Aliases bounded by what they expand to, not only by how many there are: 99 aliases of a 900 KB value
 * are 89 MB of data, which every command would then carry through its documents and calendars.
 */
function aliasExpansion(document: Document.Parsed): { span: (spanAt: SpanAt) => SyntaxProblem } | undefined {
  let expanded = 0;
  let over: Node | undefined;
  visit(document, {
    Alias(_, alias) {
      const target = alias.resolve(document);
      expanded += target?.range ? target.range[1] - target.range[0] : 0;
      if (expanded > FRONT_MATTER_LIMITS.bytes) {
        over = alias;
        return visit.BREAK;
      }
      return undefined;
    },
  });
  if (!over) return undefined;
  const range = over.range;
  return {
    span: (spanAt) => ({
      message: message('syntax/alias-expansion', { megabytes: FRONT_MATTER_LIMITS.bytes / 1024 / 1024 }),
      ...(range ? spanAt(range[0], range[1]) : { line: 2, column: 1, length: 1 }),
    }),
  };
}

type SpanAt = (start: number, end: number) => Span;

/**
 * One pass over every node, with an explicit stack so that no depth can
 * overflow ours: duplicate keys, keys that are not plain values, tags,
 * "__proto__", unsafe characters in values, and the bounds on depth and size.
 */
function structureProblems(document: Document.Parsed, spanAt: SpanAt): SyntaxProblem[] {
  const problems: SyntaxProblem[] = [];
  const at = (node: unknown, problem: Message) => {
    const range = (node as Node | null)?.range;
    problems.push({ message: problem, ...(range ? spanAt(range[0], range[1]) : { line: 2, column: 1, length: 1 }) });
  };
  // Each node with its depth, and whether it is an item of a list (where a repeated key is a missing "- ").
  const stack: Array<[node: unknown, depth: number, listItem?: boolean]> = [[document.contents, 1]];
  let nodes = 0;
  while (stack.length > 0 && problems.length < 100) {
    const [node, depth, listItem] = stack.pop() as [unknown, number, boolean | undefined];
    if (node === null || node === undefined || isAlias(node)) continue;
    nodes += 1;
    if (nodes > FRONT_MATTER_LIMITS.nodes) {
      at(node, message('syntax/too-many-values', { nodes: FRONT_MATTER_LIMITS.nodes }));
      break;
    }
    if (depth > FRONT_MATTER_LIMITS.depth) {
      at(node, message('syntax/deeper-than', { depth: FRONT_MATTER_LIMITS.depth }));
      break;
    }
    // Only an explicit tag (!!str, !!map, !custom) sets one: plain values resolve without.
    const { tag } = node as { tag?: string };
    if (tag) {
      const written = tag.replace(/^tag:yaml\.org,2002:/, '!!');
      at(node, message('syntax/tag', { tag: written, collection: isCollection(node) }));
    }
    if (isScalar(node)) {
      const unsafe = typeof node.value === 'string' ? UNSAFE_IN_VALUE.exec(node.value) : null;
      if (unsafe) {
        const code = `U+${(unsafe[0].codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
        at(node, message('syntax/escaped-control-character', { code, nonCharacter: /\uFFFE|\uFFFF/.test(unsafe[0]) }));
      }
    } else if (isMap(node)) {
      const seen = new Set<unknown>();
      let repeated = false;
      for (const pair of node.items) {
        if (!isScalar(pair.key)) {
          at(pair.key, message('syntax/key-not-plain'));
          continue;
        }
        if (pair.key.value === '__proto__') at(pair.key, message('syntax/proto-key'));
        if (seen.has(pair.key.value) && listItem) {
          // In a list, the second "title:" is most often a new item whose "- " was left out: said once.
          if (!repeated) at(pair.key, message('syntax/key-twice-in-item', { key: String(pair.key.value) }));
          repeated = true;
        } else if (seen.has(pair.key.value)) at(pair.key, message('syntax/key-twice', { key: String(pair.key.value) }));
        seen.add(pair.key.value);
        stack.push([pair.value, depth + 1], [pair.key, depth + 1]);
      }
    } else if (isSeq(node)) {
      for (const item of node.items) stack.push([isPair(item) ? item.value : item, depth + 1, true]);
    }
  }
  return problems.sort((a, b) => a.line - b.line || a.column - b.column);
}

/** The parser's words for the indentation mistakes people make, in words they can act on. */
const YAML_MESSAGE_HINTS: ReadonlyArray<[parser: RegExp, plain: Message]> = [
  [/All sequence items must start at the same column/, message('syntax/list-items-misaligned')],
  [/Sequence item without - indicator/, message('syntax/item-without-dash')],
  [/All mapping items must start at the same column/, message('syntax/fields-misaligned')],
  [
    /Nested mappings are not allowed in compact mappings|Implicit keys need to be on a single line/,
    message('syntax/next-line-too-deep'),
  ],
  [/Implicit map keys need to be followed by map values/, message('syntax/no-colon')],
];

function describeYamlError(code: string, text: string): Message {
  // yaml catches its own stack overflow on absurd nesting and reports it as an error.
  if (text.includes('Maximum call stack size exceeded')) return message('syntax/too-deep');
  const known = YAML_MESSAGE_HINTS.find(([parser]) => parser.test(text));
  if (known) return known[1];
  const hint = code === 'DUPLICATE_KEY' ? 'duplicate-key' : code === 'TAG_RESOLVE_FAILED' ? 'tag' : null;
  return message('syntax/yaml', { detail: text.replace(/\s+at line \d+, column \d+:?[\s\S]*$/, ''), hint });
}

/** A record's Markdown body: the text after its front matter (a meeting's minutes as written). */
export function bodyOf(record: { text: string; frontMatter: Pick<FrontMatter, 'bodyStart'> }): string {
  return record.text.slice(record.frontMatter.bodyStart);
}
