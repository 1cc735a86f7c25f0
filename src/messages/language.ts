/**
 * Which language a person reads: the CLI speaks English, bokmål or nynorsk; documents are written in one of
 * Norway's two written standards, bokmål or nynorsk.
 */
export const LANGUAGES = ['en', 'nb', 'nn'] as const;
export type Language = (typeof LANGUAGES)[number];

export const DOCUMENT_LANGUAGES = ['nb', 'nn'] as const;
export type DocumentLanguage = (typeof DOCUMENT_LANGUAGES)[number];

export function isLanguage(value: string): value is Language {
  return (LANGUAGES as readonly string[]).includes(value);
}

/**
 * The CLI's language from the environment: PARTNERSHIP_LANG, else the locale as POSIX orders it (LC_ALL,
 * then LC_MESSAGES, then LANG). "nb_NO.UTF-8", "no_NO" and "nn_NO" are Norwegian; anything else, C and
 * POSIX among them, is English, so CI logs stay English unless asked.
 */
export function languageFromEnvironment(env: Readonly<Record<string, string | undefined>>): Language {
  const chosen = env.PARTNERSHIP_LANG?.trim().toLowerCase();
  if (chosen && isLanguage(chosen)) return chosen;
  const locale = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((value) => value !== undefined && value !== '') ?? '';
  const code = locale.toLowerCase().split(/[_.@-]/)[0];
  if (code === 'nn') return 'nn';
  if (code === 'nb' || code === 'no') return 'nb';
  return 'en';
}
