/** The runs of one of markdown-it's inline tokens, as Word and the PDF both lay them out. */
import type { Token } from 'markdown-it';

export interface Run {
  text?: string;
  bold?: boolean;
  italics?: boolean;
  lineBreak?: boolean;
}

/**
 * Text with its bold and italics, and hard line breaks; a line break inside a Markdown paragraph is a
 * space, as in the page. `bold` sets every run bold (a table's head).
 */
export function inlineRuns(inline: Token | undefined, bold = false): Run[] {
  const result: Run[] = [];
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
        result.push({ lineBreak: true });
        break;
      case 'softbreak':
        result.push({ text: ' ', bold: strong, italics: emphasis });
        break;
      case 'text':
      case 'code_inline':
        if (child.content !== '') result.push({ text: child.content, bold: strong, italics: emphasis });
        break;
    }
  }
  return result;
}
