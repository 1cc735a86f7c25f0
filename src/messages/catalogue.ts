/**
 * The one catalogue of everything a person reads, by id. Code builds a `Message` (an id and its facts); the
 * edges word it in the reader's language with `say`. A parameter may itself be a message, worded in the
 * same language (an extension's refusal inside the rule's finding).
 */
import { ERROR_MESSAGES } from './errors.js';
import { HELP_MESSAGES } from './help.js';
import type { Language } from './language.js';
import { type Entry, wordingIn } from './message.js';
import { OUTPUT_MESSAGES } from './output.js';
import { RECORD_MESSAGES } from './records.js';
import { RULE_MESSAGES } from './rules.js';
import { SCHEDULE_MESSAGES } from './schedule.js';
import { TERM_MESSAGES } from './term.js';

export const CATALOGUE = {
  ...RECORD_MESSAGES,
  ...RULE_MESSAGES,
  ...TERM_MESSAGES,
  ...SCHEDULE_MESSAGES,
  ...ERROR_MESSAGES,
  ...OUTPUT_MESSAGES,
  ...HELP_MESSAGES,
} as const;

export type MessageId = keyof typeof CATALOGUE;

/** The ids of the per-file checks' messages, for their rules to list. */
export const RECORD_MESSAGE_IDS = Object.keys(RECORD_MESSAGES) as Array<keyof typeof RECORD_MESSAGES>;
type WordedParams<I extends MessageId> = (typeof CATALOGUE)[I] extends Entry<infer P> ? P : never;
/** What code passes: a text parameter may be a message of its own. */
export type ParamsOf<I extends MessageId> = {
  [K in keyof WordedParams<I>]: string extends NonNullable<WordedParams<I>[K]>
    ? WordedParams<I>[K] | Message
    : WordedParams<I>[K] extends readonly string[]
      ? readonly (string | Message)[]
      : WordedParams<I>[K];
};

export interface Message<I extends MessageId = MessageId> {
  readonly id: I;
  readonly params: ParamsOf<I>;
}

type Arguments<I extends MessageId> = keyof WordedParams<I> extends never ? [] : [params: ParamsOf<I>];

export function message<I extends MessageId>(id: I, ...params: Arguments<I>): Message<I> {
  return { id, params: (params[0] ?? {}) as ParamsOf<I> };
}

export function isMessage(value: unknown): value is Message {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { id?: unknown }).id === 'string' &&
    (value as { id: string }).id in CATALOGUE &&
    'params' in value
  );
}

/** The message in words, in the reader's language. */
export function say(text: Message, language: Language): string {
  const params: Record<string, unknown> = {};
  const worded = (value: unknown) => (isMessage(value) ? say(value, language) : value);
  for (const [key, value] of Object.entries(text.params as Record<string, unknown>))
    params[key] = Array.isArray(value) ? value.map(worded) : worded(value);
  const wording = wordingIn(CATALOGUE[text.id] as Entry<Record<string, unknown>>, language);
  return wording(params);
}
