/**
 * The agreement's text, as a record holds it under its fields. init writes a placeholder for it; the
 * signed text replaces the placeholder once, and a later correction is made with a recorded reason.
 */
import { DOCUMENT_LANGUAGES, type DocumentLanguage } from '../messages/language.js';
import { WORDS } from '../messages/words.js';

/** The body init writes: the title, and the placeholder, in the agreement's written standard. */
export function placeholderText(title: string, language: DocumentLanguage): string {
  return `\n# ${title}\n\n${WORDS[language].textPlaceholder}\n`;
}

/** Whether a body is still the placeholder, in either standard: the signed text not yet pasted in. */
export function isPlaceholderText(body: string): boolean {
  return (
    DOCUMENT_LANGUAGES.some((language) => body.includes(WORDS[language].textPlaceholder)) &&
    body.trim().split('\n').length <= 3
  );
}
