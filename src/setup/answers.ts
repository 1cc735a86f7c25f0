/**
 * init's questions: what the options leave out is asked in a terminal, and without one the missing
 * options are named. The answers are the agreement's title, its parties, its term and its convener.
 */

import type { IsoDate } from '../lib/dates.js';
import { isRealDate } from '../lib/dates.js';
import { UsageError } from '../lib/errors.js';
import { isoFromNorwegianDate } from '../lib/norwegian.js';
import { type Message, message } from '../messages/catalogue.js';
import type { CommandContext, Prompter } from '../session/context.js';
import { loadTerminalPrompter } from '../session/load-prompts.js';

/** What the command line already says; the rest is asked. */
export interface AnswerOptions {
  title?: string;
  /** ID:NAME:SHORT, once for each party. */
  party?: string[];
  signed?: IsoDate;
  end?: IsoDate;
  convener?: string;
}

export interface Party {
  id: string;
  name: string;
  short: string;
}

export interface Answers {
  title: string;
  parties: Party[];
  signed: IsoDate;
  end: IsoDate;
  convener: string;
}

const PARTY_ID = /^[a-z0-9][a-z0-9-]*$/;

export async function gatherAnswers(options: AnswerOptions, context: CommandContext): Promise<Answers> {
  const asker = context.io.prompter ?? (context.io.interactive ? await loadTerminalPrompter() : undefined);
  const missing = [
    ...(options.title === undefined ? ['--title T'] : []),
    ...((options.party?.length ?? 0) < 2 ? ['--party ID:NAME:SHORT (twice)'] : []),
    ...(options.signed === undefined ? ['--signed D'] : []),
    ...(options.end === undefined ? ['--end D'] : []),
  ];
  if (missing.length > 0 && !asker) {
    throw new UsageError(message('init/needs-options', { missing }));
  }
  const parties = (options.party ?? []).map(parseParty);
  const { say } = context;
  const required = (value: string) => (value.trim() === '' ? say(message('init/ask-required')) : true);
  const title =
    options.title ?? (await (asker as Prompter).input(say(message('init/ask-title')), { validate: required }));
  while (parties.length < 2) {
    const number = parties.length + 1;
    const id = await (asker as Prompter).input(say(message('init/ask-party-id', { number })), {
      validate: (value) =>
        !PARTY_ID.test(value.trim())
          ? say(message('init/ask-party-id-form'))
          : parties.some((party) => party.id === value.trim())
            ? say(message('init/ask-party-id-taken'))
            : true,
    });
    const name = await (asker as Prompter).input(say(message('init/ask-party-name', { number })), {
      validate: required,
    });
    const short = await (asker as Prompter).input(say(message('init/ask-party-short', { number })), {
      validate: required,
    });
    parties.push({ id: id.trim(), name: name.trim(), short: short.trim() });
  }
  const askDate = async (question: Message): Promise<IsoDate> => {
    const answer = await (asker as Prompter).input(say(question), {
      validate: (value) => (asIsoDate(value) ? true : say(message('init/ask-date-form'))),
    });
    return asIsoDate(answer) as IsoDate;
  };
  const signed = options.signed ?? (await askDate(message('init/ask-signed')));
  const end = options.end ?? (await askDate(message('init/ask-end')));
  const convener =
    options.convener ??
    (asker
      ? await asker.select(
          say(message('init/ask-convener')),
          parties.map((party) => ({ name: `${party.short} (${party.name})`, value: party.id })),
        )
      : (parties[0] as Party).id);
  const ids = parties.map((party) => party.id);
  if (new Set(ids).size !== ids.length) throw new UsageError(message('init/same-party-id', { ids }));
  if (!ids.includes(convener)) throw new UsageError(message('init/convener-not-a-party', { convener, parties: ids }));
  if (end <= signed) throw new UsageError(message('init/end-before-signing', { end, signed }));
  return { title: title.trim(), parties, signed, end, convener };
}

function asIsoDate(value: string): IsoDate | undefined {
  const iso = isoFromNorwegianDate(value) ?? value.trim();
  return /^\d{4}-\d{2}-\d{2}$/.test(iso) && isRealDate(iso) ? iso : undefined;
}

function parseParty(value: string): Party {
  const [id = '', name = '', short = '', ...rest] = value.split(':');
  if (!PARTY_ID.test(id) || name.trim() === '' || short.trim() === '' || rest.length > 0) {
    throw new UsageError(message('init/party-form', { value }));
  }
  return { id, name: name.trim(), short: short.trim() };
}

/** "ks-kdd": the parties' ids, which is how the secretariat names the agreement. */
export function agreementId(parties: readonly Party[]): string {
  return parties.map((party) => party.id).join('-');
}
