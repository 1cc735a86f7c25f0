/**
 * The one catalogue of everything a person reads, by id. Code builds a `Message` (an id and its facts); the
 * edges word it in the reader's language with `say`. A parameter may itself be a message, worded in the
 * same language (an extension's refusal inside the rule's finding). The catalogue's areas are built the
 * first time one of their messages is worded, most used first, so a short command compiles only those
 * it speaks from.
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

const AREAS = [
  HELP_MESSAGES,
  OUTPUT_MESSAGES,
  RULE_MESSAGES,
  RECORD_MESSAGES,
  ERROR_MESSAGES,
  SCHEDULE_MESSAGES,
  TERM_MESSAGES,
] as const;

type Catalogue = ReturnType<typeof HELP_MESSAGES> &
  ReturnType<typeof OUTPUT_MESSAGES> &
  ReturnType<typeof RULE_MESSAGES> &
  ReturnType<typeof RECORD_MESSAGES> &
  ReturnType<typeof ERROR_MESSAGES> &
  ReturnType<typeof SCHEDULE_MESSAGES> &
  ReturnType<typeof TERM_MESSAGES>;

export type MessageId = keyof Catalogue;

const built: Partial<Record<string, Entry<Record<string, unknown>>>> = {};
let areasBuilt = 0;

function entryOf(id: string): Entry<Record<string, unknown>> | undefined {
  while (built[id] === undefined && areasBuilt < AREAS.length) Object.assign(built, AREAS[areasBuilt++]?.());
  return built[id];
}

/** Every message by id, every area built: for the tests that check the catalogue as a whole. */
export function wholeCatalogue(): Readonly<Record<MessageId, Entry<Record<string, unknown>>>> {
  entryOf('');
  return built as Record<MessageId, Entry<Record<string, unknown>>>;
}

/** The ids of the per-file checks' messages, for their rules to list. */
export function recordMessageIds(): Array<keyof ReturnType<typeof RECORD_MESSAGES>> {
  return Object.keys(RECORD_MESSAGES()) as Array<keyof ReturnType<typeof RECORD_MESSAGES>>;
}

type WordedParams<I extends MessageId> = Catalogue[I] extends Entry<infer P> ? P : never;
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

/** A message among a message's parameters: an id and its facts. */
function isMessage(value: unknown): value is Message {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { id?: unknown }).id === 'string' &&
    typeof (value as { params?: unknown }).params === 'object'
  );
}

/** The message in words, in the reader's language. */
export function say(text: Message, language: Language): string {
  const params: Record<string, unknown> = {};
  const worded = (value: unknown) => (isMessage(value) ? say(value, language) : value);
  for (const [key, value] of Object.entries(text.params as Record<string, unknown>))
    params[key] = Array.isArray(value) ? value.map(worded) : worded(value);
  const entry = entryOf(text.id);
  if (!entry) throw new Error(`no message ${text.id}`);
  return wordingIn(entry, language)(params);
}
