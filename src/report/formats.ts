/** The formats validate prints in: the reporters' map must have exactly these (report/index.ts), and the CLI offers them. */
export const VALIDATE_FORMATS = ['text', 'json', 'github'] as const;
export type ValidateFormat = (typeof VALIDATE_FORMATS)[number];

/** What remind prints: lines for a person, the duties as JSON, or one GitHub issue's title and body. */
export const REMIND_FORMATS = ['text', 'json', 'github'] as const;
export type RemindFormat = (typeof REMIND_FORMATS)[number];
