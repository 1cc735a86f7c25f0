/**
 * The HTML and DOCX writers, loaded on first use. The bundle replaces this
 * module (build.mjs) so that it loads dist/formats.cjs, bundled on its own with
 * markdown-it and docx: commands that write Markdown never parse them.
 */
export type Formats = typeof import('./formats.js');

export async function loadFormats(): Promise<Formats> {
  return import('./formats.js');
}
