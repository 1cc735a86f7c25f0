/** The report's forms: a page with charts, the figures as Markdown tables, or the figures as JSON. */
export const REPORT_FORMATS = ['html', 'md', 'json'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];
