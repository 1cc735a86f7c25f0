/** Where records live in a repository (FORMAT.md, "Layout"), and which kind of record a path holds. */
import type { RecordKind } from '../model/schemas.js';

export const AGREEMENT_PATH = 'agreement/agreement.md';

export function recordKind(path: string): RecordKind | undefined {
  if (path === AGREEMENT_PATH) return 'agreement';
  // Whatever the case of the ending: a meetings/2018-10-20.MD is read, and its name reported, never skipped.
  if (/^meetings\/[^/]+\.md$/i.test(path)) return 'meeting';
  if (/^annual-plans\/[^/]+\.md$/i.test(path)) return 'annual-plan';
  return undefined;
}

export function meetingIdOf(path: string): string {
  return path.slice('meetings/'.length, -'.md'.length);
}
