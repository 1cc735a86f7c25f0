/**
 * The PDF writer, loaded on first use. The bundle replaces this module (build.mjs) so that it loads
 * dist/pdf.cjs, bundled on its own with PDFKit and its font engine: only `--format pdf` parses them.
 */
export type PdfWriter = typeof import('./pdf.js');

export async function loadPdf(): Promise<PdfWriter> {
  return import('./pdf.js');
}
