/** The formats a document is written in: the template's Markdown, a page that stands alone, or Word. */
export const DOCUMENT_FORMATS = ['md', 'html', 'docx'] as const;
export type DocumentFormat = (typeof DOCUMENT_FORMATS)[number];
