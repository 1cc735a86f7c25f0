/** The formats validate prints in: the reporters' map must have exactly these (report/index.ts), and the CLI offers them. */
export const VALIDATE_FORMATS = ['text', 'json', 'github'] as const;
export type ValidateFormat = (typeof VALIDATE_FORMATS)[number];
