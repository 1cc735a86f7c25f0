/** Small pieces the catalogue's wordings share: a clause cited, a count with its noun, a list. */

/** " (§2)" after a message, or nothing when the agreement gives the clause no number. */
export function cite(clause: string | null): string {
  return clause ? ` (${clause})` : '';
}

/** "1 meeting", "3 meetings"; "1 møte", "3 møter". */
export function counted(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** "kmd, ks" */
export function listed(values: readonly string[]): string {
  return values.join(', ');
}
