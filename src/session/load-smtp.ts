/**
 * The SMTP sender, loaded on first use. The bundle replaces this module (build.mjs) so that it loads
 * dist/smtp.cjs: only `invite --smtp` parses nodemailer.
 */
export type Smtp = typeof import('./smtp.js');

export async function loadSmtp(): Promise<Smtp> {
  return import('./smtp.js');
}
