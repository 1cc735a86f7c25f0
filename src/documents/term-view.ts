/**
 * The documents of the term: the renewal protocol and the termination letter, with the parties named
 * as they stand on the day.
 */
import type { IsoDate } from '../lib/dates.js';
import { countInWords, monthsInWords, norwegianMonth, titleAfterName, yearsInWords } from '../lib/norwegian.js';
import { partyOn } from '../model/parties.js';
import type { Agreement } from '../model/schemas.js';
import { extendedEnd, extensionEnd } from '../term/term.js';
import { noticePeriodEnd, terminationEffective } from '../term/termination.js';
import { agreementView, letterView } from './letter-view.js';
import type { DocumentData, RenewalView, SignatoryOverrides, TerminationView } from './view-types.js';

function renewalView(agreement: Agreement, year: number, decided: IsoDate): RenewalView {
  return {
    year,
    extension: yearsInWords(agreement.term.extension_years, agreement.language),
    previous_end: extendedEnd(agreement),
    new_end: extensionEnd(agreement, year),
    decided,
    evaluation: {
      due: agreement.evaluation.due,
      completed: agreement.evaluation.completed,
      pending: agreement.evaluation.completed === null,
    },
    copies: countInWords(agreement.parties.length, agreement.language),
  };
}

/** The renewal protocol, with the parties named as they stand on the day they agreed. */
export function renewalDocument(
  agreement: Agreement,
  year: number,
  decided: IsoDate,
  signatories: SignatoryOverrides = {},
): DocumentData {
  return {
    template: 'renewal',
    on: decided,
    language: agreement.language,
    view: { agreement: agreementView(agreement, decided, signatories), renewal: renewalView(agreement, year, decided) },
  };
}

function terminationView(
  agreement: Agreement,
  by: string,
  notified: IsoDate,
  on: IsoDate,
  signatories: SignatoryOverrides = {},
): TerminationView {
  const signatory = signatories[by] ?? partyOn(agreement, by, on)?.signatory ?? { name: '', title: '' };
  const periodEnd = noticePeriodEnd(notified, agreement.term.notice_months, agreement.term.notice_rule);
  const effective = terminationEffective(agreement, notified);
  return {
    by,
    signatory: { name: signatory.name, title: titleAfterName(signatory.title) },
    to: agreement.parties.filter((party) => party.id !== by).map((party) => party.id),
    notified,
    effective,
    notice_months: agreement.term.notice_months,
    notice_rule: agreement.term.notice_rule,
    notice_period: monthsInWords(agreement.term.notice_months, agreement.language),
    end_of_month: agreement.term.notice_rule === 'end-of-month',
    period_ends_month: norwegianMonth(periodEnd),
    term_ends_first: effective < periodEnd,
  };
}

/** The termination letter, from the party giving notice to the others, dated `on` (today). */
export function terminationDocument(
  agreement: Agreement,
  by: string,
  notified: IsoDate,
  on: IsoDate,
  signatories: SignatoryOverrides = {},
): DocumentData {
  const parties = agreementView(agreement, on, signatories);
  const termination = terminationView(agreement, by, notified, on, signatories);
  const letter = letterView(parties, { date: on, sender: by, recipients: termination.to });
  return {
    template: 'termination',
    on,
    language: agreement.language,
    view: { agreement: parties, termination, letter },
  };
}
