/** Records written by someone who wants a page the tool writes to run their script or fetch their file. */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument, visit } from 'yaml';
import { copyFixture, type FixtureName } from './repository.js';

/** Breaks out of text, attributes, comments, CDATA, SVG and CSS, and would change the title if it ran. */
export const HTML_PAYLOAD = `"'><script>document.title='pwned'</script><img src=x onerror="document.title='pwned'"><svg onload="document.title='pwned'"></svg></style></title>]]><!-- --><a href="javascript:document.title='pwned'">x</a>`;

/** Ids, dates, times, enum values and focus letters are left alone, so the records still validate. */
function isFreeText(value: string): boolean {
  return (
    !/^[a-z0-9_.:-]*$/.test(value) &&
    !/^\d{4}-\d\d-\d\d$/.test(value) &&
    !/^[A-Z]$/.test(value) &&
    !/^\d+\/\d\d$/.test(value)
  );
}

/**
 * A copy of a fixture with the payload after every free-text value of every record's front matter, in
 * every record's body (as Markdown, a raw tag and a javascript: link), and poured raw by the agenda
 * template's triple braces.
 */
export function recordsWithPayloads(fixture: FixtureName): string {
  const folder = copyFixture(fixture);
  const files = [
    'agreement/agreement.md',
    ...['meetings', 'annual-plans'].flatMap((kind) =>
      readdirSync(join(folder, kind))
        .filter((name) => name.endsWith('.md'))
        .map((name) => `${kind}/${name}`),
    ),
  ];
  for (const file of files) {
    const path = join(folder, file);
    const [, front = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(readFileSync(path, 'utf8')) ?? [];
    const document = parseDocument(front);
    visit(document, {
      Scalar(key, node) {
        if (key !== 'key' && typeof node.value === 'string' && isFreeText(node.value))
          node.value = `${node.value} ${HTML_PAYLOAD}`;
      },
    });
    const headings = body.replace(/^(## .*)$/gm, `$1 ${HTML_PAYLOAD}`);
    writeFileSync(
      path,
      `---\n${document.toString({ lineWidth: 0 })}---\n${headings}\n\n${HTML_PAYLOAD}\n\n[lenke](javascript:alert(1)) <b onclick="x()">b</b>\n`,
    );
  }
  const agenda = join(folder, 'templates', 'agenda.md.hbs');
  try {
    writeFileSync(agenda, `${readFileSync(agenda, 'utf8')}\n{{{agreement.title}}}\n`);
  } catch {
    // A fixture with the built-in templates only has no agenda template to extend.
  }
  return folder;
}
