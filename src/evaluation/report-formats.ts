/** The report's forms: a page with charts, the figures as Markdown tables, the figures as JSON, or PDF/A for the archive. */
export const REPORT_FORMATS = ['html', 'md', 'json', 'pdf'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];
