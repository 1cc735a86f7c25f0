/**
 * The agreement's text, as a record holds it under its fields. init writes a placeholder for it; the
 * signed text replaces the placeholder once, and a later correction is made with a recorded reason.
 */

/** The line init writes where the signed text goes. */
export const TEXT_PLACEHOLDER = '(Lim inn avtalens tekst her, ordrett.)';

/** The body init writes: the title, and the placeholder. */
export function placeholderText(title: string): string {
  return `\n# ${title}\n\n${TEXT_PLACEHOLDER}\n`;
}

/** Whether a body is still the placeholder, the signed text not yet pasted in. */
export function isPlaceholderText(body: string): boolean {
  return body.includes(TEXT_PLACEHOLDER) && body.trim().split('\n').length <= 3;
}
