/** The formats a document is written in: the template's Markdown, a page that stands alone, Word, or PDF/A for the archive. */
export const DOCUMENT_FORMATS = ['md', 'html', 'docx', 'pdf'] as const;
export type DocumentFormat = (typeof DOCUMENT_FORMATS)[number];
