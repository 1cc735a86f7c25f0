/**
 * Text from a record, a file name or an argument, made safe to print on a
 * terminal or in a CI log: every control character, every invisible one that
 * changes the direction of text, and the invisible marks and spaces that make
 * two names look alike (U+200B–U+200F, U+061C, U+FEFF, U+2060–U+2064) are
 * shown as an escape (`\u001b`), so none can steer the terminal, forge a line
 * of the log, or hide in a file name.
 */
const UNPRINTABLE =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is what this does
  /[\u0000-\u001f\u007f-\u009f\u061c\u180e\u200b-\u200f\u2028\u2029\u202a-\u202e\u2060-\u2069\ufeff\ufffe\uffff]/g;
const UNPRINTABLE_BUT_NEWLINE =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is what this does
  /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u180e\u200b-\u200f\u2028\u2029\u202a-\u202e\u2060-\u2069\ufeff\ufffe\uffff]/g;

const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

function escapeCharacter(character: string): string {
  return NAMED[character] ?? `\\u${(character.codePointAt(0) ?? 0).toString(16).padStart(4, '0')}`;
}

/** One line of text, printable. */
export function printable(text: string): string {
  return text.replace(UNPRINTABLE, escapeCharacter);
}

/** Several lines of text, printable: the line breaks are kept. */
export function printableLines(text: string): string {
  return text.replace(UNPRINTABLE_BUT_NEWLINE, escapeCharacter);
}

/** At most `width` characters of a long line, around `column` (1-based), with the column moved to match. */
export function excerptAround(line: string, column: number, width = 160): { text: string; column: number } {
  if (line.length <= width) return { text: line, column };
  const start = Math.max(0, Math.min(column - 1 - Math.floor(width / 4), line.length - width));
  const head = start > 0 ? '…' : '';
  const tail = start + width < line.length ? '…' : '';
  return { text: `${head}${line.slice(start, start + width)}${tail}`, column: column - start + head.length };
}

/**
 * A writer whose lines never start a GitHub workflow command ("::error …", "::add-mask::", spaces or
 * none before them): a zero-width space goes between the two colons, so the text reads the same and
 * the runner reads no command. Lines are followed across writes.
 */
export function withoutWorkflowCommands(write: (text: string) => void): (text: string) => void {
  let atLineStart = true;
  return (text) => {
    const safe = text.replace(/(^|\n)([ \t]*)::/g, (match, start: string, indent: string, offset: number) =>
      offset === 0 && start === '' && !atLineStart ? match : `${start}${indent}:\u200b:`,
    );
    if (text !== '') atLineStart = text.endsWith('\n');
    write(safe);
  };
}
