/**
 * Changes to a record's front matter as surgical text edits at the positions
 * `yaml` parsed: every other byte (comments and their alignment, key order,
 * quoting, long lines, the Markdown body) stays as the user wrote it.
 * Re-emitting the whole Document would re-align comments and re-fold lines.
 */
import { Document, isMap, isScalar, isSeq, type Node, type Pair, stringify } from 'yaml';
import { type FrontMatter, readFrontMatter } from '../records/front-matter.js';

type Plain = string | number | boolean | null;

interface Edit {
  start: number;
  end: number;
  insert: string;
}

/** A value as YAML would write it in a block, quoted only when it must be. */
function plainText(value: Plain): string {
  return stringify(value, { lineWidth: 0 }).trimEnd();
}

/** A map on one line, as a list item: `{ year: 2019, decided: 2018-11-15 }`. */
function flowMapText(entries: Record<string, Plain>): string {
  const document = new Document(entries);
  if (isMap(document.contents)) document.contents.flow = true;
  return document.toString({ lineWidth: 0 }).trimEnd();
}

function columnOf(text: string, offset: number): number {
  return offset - (text.lastIndexOf('\n', offset - 1) + 1);
}

function rootPair(frontMatter: FrontMatter, key: string): Pair<Node, Node | null> | undefined {
  const root = frontMatter.document.contents;
  if (!isMap(root)) return undefined;
  return root.items.find((pair) => isScalar(pair.key) && pair.key.value === key) as Pair<Node, Node | null> | undefined;
}

/** From just after a key's colon to the end of its value, so a block written there leaves no trailing space. */
function valueSpan(text: string, base: number, pair: Pair<Node, Node | null>): { start: number; end: number } {
  const start = text.indexOf(':', base + (pair.key.range?.[1] ?? 0)) + 1;
  const range = pair.value?.range;
  return { start, end: range ? base + range[1] : start };
}

/** Lines we insert end the way the file's lines do. */
function lineEnding(text: string): string {
  return text.includes('\r\n') ? '\r\n' : '\n';
}

function apply(text: string, edit: Edit): string {
  return text.slice(0, edit.start) + edit.insert + text.slice(edit.end);
}

/** Appends an item, written as a one-line map, to a top-level list such as `extensions`. */
export function appendListItem(
  text: string,
  frontMatter: FrontMatter,
  key: string,
  item: Record<string, Plain>,
): string {
  const pair = rootPair(frontMatter, key);
  const base = frontMatter.yamlStart;
  const itemText = flowMapText(item);
  const eol = lineEnding(text);
  if (!pair?.key.range)
    return apply(text, {
      start: frontMatter.yamlEnd,
      end: frontMatter.yamlEnd,
      insert: `${key}:${eol}  - ${itemText}${eol}`,
    });

  const indent = ' '.repeat(columnOf(text, base + pair.key.range[0]) + 2);
  const value = pair.value;
  if (isSeq(value) && !value.flow && value.items.length > 0 && value.range) {
    // After the line that ends the list, so a comment on its last item stays there.
    const lineEnd = text.indexOf('\n', base + value.range[1] - 1);
    const at = lineEnd === -1 ? text.length : lineEnd + 1;
    const itemIndent = ' '.repeat(columnOf(text, base + value.range[0]));
    return apply(text, { start: at, end: at, insert: `${itemIndent}- ${itemText}${eol}` });
  }
  const existing = isSeq(value) ? (value.toJSON() as Array<Record<string, Plain>>) : [];
  const lines = [...existing.map(flowMapText), itemText].map((line) => `${eol}${indent}- ${line}`).join('');
  return apply(text, { ...valueSpan(text, base, pair), insert: lines });
}

/** Sets a top-level key that is null (or missing), such as `termination`, to a map of plain values. */
export function setMap(text: string, frontMatter: FrontMatter, key: string, entries: Record<string, Plain>): string {
  const pair = rootPair(frontMatter, key);
  const base = frontMatter.yamlStart;
  const eol = lineEnding(text);
  const block = (indent: string) =>
    Object.entries(entries)
      .map(([name, value]) => `${eol}${indent}${name}: ${plainText(value)}`)
      .join('');
  if (!pair?.key.range)
    return apply(text, { start: frontMatter.yamlEnd, end: frontMatter.yamlEnd, insert: `${key}:${block('  ')}${eol}` });
  if (pair.value && !(isScalar(pair.value) && pair.value.value === null)) throw new Error(`${key} is already set`);
  const indent = ' '.repeat(columnOf(text, base + pair.key.range[0]) + 2);
  return apply(text, { ...valueSpan(text, base, pair), insert: block(indent) });
}

/** Sets a top-level key to a plain value: the value's text replaced where it stands, or a new line at the end. */
export function setScalar(
  text: string,
  frontMatter: FrontMatter,
  key: string,
  value: Plain,
  /** Double quotes around a text YAML would read alike without them, as the guide writes a time: "10:00". */
  quoted = false,
): string {
  const scalarText = (plain: Plain) => (quoted && typeof plain === 'string' ? JSON.stringify(plain) : plainText(plain));
  const pair = rootPair(frontMatter, key);
  const base = frontMatter.yamlStart;
  if (!pair?.key.range) {
    return apply(text, {
      start: frontMatter.yamlEnd,
      end: frontMatter.yamlEnd,
      insert: `${key}: ${scalarText(value)}${lineEnding(text)}`,
    });
  }
  if (pair.value && !isScalar(pair.value)) throw new Error(`${key} holds a list or a map, not a value`);
  const range = pair.value?.range;
  // An empty value (`minutes_approved:`) is a null whose range is empty, and may stand on the next line.
  if (!range || range[0] === range[1]) {
    const colon = text.indexOf(':', base + pair.key.range[1]) + 1;
    return apply(text, { start: colon, end: colon, insert: ` ${scalarText(value)}` });
  }
  return apply(text, { start: base + range[0], end: base + range[1], insert: scalarText(value) });
}

/** Parses the edited text again and checks that it says what was meant and nothing else changed. */
export function verifyEdit(before: string, after: string, expected: unknown): void {
  const parsedBefore = readFrontMatter(before);
  const parsedAfter = readFrontMatter(after);
  if (!parsedBefore.ok || !parsedAfter.ok) throw new Error('the edited front matter does not parse');
  if (before.slice(parsedBefore.frontMatter.bodyStart) !== after.slice(parsedAfter.frontMatter.bodyStart))
    throw new Error('the edit changed the body');
  if (JSON.stringify(parsedAfter.frontMatter.data) !== JSON.stringify(expected))
    throw new Error('the edited front matter does not hold the intended values');
}

/**
 * Several top-level keys set in turn, each on the text the one before left, and the whole checked as
 * verifyEdit checks one: what the values say, and nothing else changed. `quoted` names the keys whose
 * text is written in double quotes.
 */
export function setScalars(
  text: string,
  frontMatter: FrontMatter,
  values: Readonly<Record<string, Plain>>,
  quoted: readonly string[] = [],
): string {
  let updated = text;
  let current = frontMatter;
  for (const [key, value] of Object.entries(values)) {
    updated = setScalar(updated, current, key, value, quoted.includes(key));
    const parsed = readFrontMatter(updated);
    if (!parsed.ok) throw new Error('the edited front matter does not parse');
    current = parsed.frontMatter;
  }
  verifyEdit(text, updated, { ...frontMatter.data, ...values });
  return updated;
}
