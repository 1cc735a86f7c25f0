/**
 * init's questions: what the options leave out is asked in a terminal, and without one the missing
 * options are named. The answers are the agreement's title, its parties, its term and its convener.
 */
import type { IsoDate } from '../lib/dates.js';
import { isRealDate } from '../lib/dates.js';
import { UsageError } from '../lib/errors.js';
import { isoFromNorwegianDate } from '../lib/norwegian.js';
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
    throw new UsageError(
      `init needs ${missing.join(', ')} when it cannot ask in a terminal, e.g. partnership init avtale --title "Samarbeidsavtale mellom KS og Kommunal- og distriktsdepartementet om …" --party ks:"KS – Kommunesektorens organisasjon":KS --party kdd:"Kommunal- og distriktsdepartementet":KDD --signed 2024-03-01 --end 2026-12-31`,
    );
  }
  const parties = (options.party ?? []).map(parseParty);
  const title = options.title ?? (await (asker as Prompter).input("The agreement's title", { validate: required }));
  while (parties.length < 2) {
    const number = parties.length + 1;
    const id = await (asker as Prompter).input(`Party ${number}: a short id, e.g. ks or kdd`, {
      validate: (value) =>
        !PARTY_ID.test(value.trim())
          ? 'lower-case letters, digits and hyphens'
          : parties.some((party) => party.id === value.trim())
            ? 'another party has that id'
            : true,
    });
    const name = await (asker as Prompter).input(`Party ${number}: the full name`, { validate: required });
    const short = await (asker as Prompter).input(`Party ${number}: the short name`, { validate: required });
    parties.push({ id: id.trim(), name: name.trim(), short: short.trim() });
  }
  const signed =
    options.signed ?? (await askDate(asker as Prompter, 'The date it was signed (YYYY-MM-DD or DD.MM.YYYY)'));
  const end = options.end ?? (await askDate(asker as Prompter, 'The last day of its term (YYYY-MM-DD or DD.MM.YYYY)'));
  const convener =
    options.convener ??
    (asker
      ? await asker.select(
          'Who convenes the meetings (sends the notice and the case documents)?',
          parties.map((party) => ({ name: `${party.short} (${party.name})`, value: party.id })),
        )
      : (parties[0] as Party).id);
  const ids = parties.map((party) => party.id);
  if (new Set(ids).size !== ids.length) throw new UsageError(`two parties have the same id: ${ids.join(', ')}`);
  if (!ids.includes(convener))
    throw new UsageError(`--convener ${convener} is not one of the parties: use one of ${ids.join(', ')}`);
  if (end <= signed) throw new UsageError(`the term's end, ${end}, is not after the signing, ${signed}`);
  return { title: title.trim(), parties, signed, end, convener };
}

const required = (value: string) => (value.trim() === '' ? 'please write something' : true);

async function askDate(asker: Prompter, message: string): Promise<IsoDate> {
  const answer = await asker.input(message, {
    validate: (value) => (asIsoDate(value) ? true : 'a date such as 2024-03-01 or 01.03.2024'),
  });
  return asIsoDate(answer) as IsoDate;
}

function asIsoDate(value: string): IsoDate | undefined {
  const iso = isoFromNorwegianDate(value) ?? value.trim();
  return /^\d{4}-\d{2}-\d{2}$/.test(iso) && isRealDate(iso) ? iso : undefined;
}

function parseParty(value: string): Party {
  const [id = '', name = '', short = '', ...rest] = value.split(':');
  if (!PARTY_ID.test(id) || name.trim() === '' || short.trim() === '' || rest.length > 0) {
    throw new UsageError(
      `--party takes ID:NAME:SHORT, an id of lower-case letters, digits and hyphens, e.g. --party ks:"KS – Kommunesektorens organisasjon":KS; not "${value}"`,
    );
  }
  return { id, name: name.trim(), short: short.trim() };
}

/** "ks-kdd": the parties' ids, which is how the secretariat names the agreement. */
export function agreementId(parties: readonly Party[]): string {
  return parties.map((party) => party.id).join('-');
}
