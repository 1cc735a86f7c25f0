/**
 * zod words an issue as a string; our schemas' own issues are catalogue messages, carried through zod in
 * that string and read back where the issue becomes a finding. An issue zod words itself stays its text.
 */
import { type Message, type MessageId, message, type ParamsOf } from '../messages/catalogue.js';

const MARK = '\u0000message:';

export function schemaError<I extends MessageId>(id: I, params?: ParamsOf<I>): string {
  return MARK + JSON.stringify(params === undefined ? message(id as never) : { id, params });
}

/** The message an issue of our schemas carries, or undefined for zod's own wording. */
export function messageOfIssue(text: string): Message | undefined {
  return text.startsWith(MARK) ? (JSON.parse(text.slice(MARK.length)) as Message) : undefined;
}
