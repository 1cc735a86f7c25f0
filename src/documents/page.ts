/**
 * The one shell of every page the tool writes (documents, the report): a page that stands alone, with a
 * Content-Security-Policy that lets no script run and nothing be fetched, whatever a record or a
 * template put into it. Escaping every value keeps markup out; the policy is the second wall.
 */

/** No script, no request: inline styles and inline pictures only. */
export const CONTENT_SECURITY_POLICY =
  "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

/** Text made safe for HTML, SVG and attribute values alike: every character markup could start with. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

export interface Page {
  /** Already escaped. */
  title: string;
  /** The page's own stylesheet, inline; none for a page that links one (the site's). */
  css?: string;
  /** The body's markup, built from escaped values. */
  body: string;
  lang?: string;
  /** A stricter or other policy than the documents' (the site's lets its own script run). */
  policy?: string;
  /** More of the head, after the title: links, built from escaped values. */
  head?: string;
}

export function htmlPage({ title, css, body, lang = 'nb', policy = CONTENT_SECURITY_POLICY, head = '' }: Page): string {
  return `<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${policy}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
${css === undefined ? '' : `<style>${css}</style>\n`}${head}</head>
<body>
${body}</body>
</html>
`;
}
