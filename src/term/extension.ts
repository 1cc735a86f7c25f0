/**
 * Extending the agreement: why the parties cannot extend it from a year by a
 * decision on a date. The `term` rule and `partnership renew` both ask here,
 * so validate and the command can never disagree.
 */
import { type IsoDate, yearOf } from '../lib/dates.js';
import { type Message, message } from '../messages/catalogue.js';
import { partyShortName } from '../model/parties.js';
import type { Agreement } from '../model/schemas.js';
import { extendedEnd } from './term.js';

export interface ExtensionRefusal {
  field: 'year' | 'decided';
  reason: Message;
}

/** The first year the next extension covers. */
export function nextExtensionYear(agreement: Pick<Agreement, 'term' | 'extensions'>): number {
  return yearOf(extendedEnd(agreement)) + 1;
}

/**
 * Why the agreement is not in force in `year`, for a record or a command about that year: its period,
 * and for a year after the term (not ended by a termination) the renewal to record first.
 */
export function notInForceIn(agreement: Agreement, year: number): Message {
  const end = extendedEnd(agreement);
  return message('term/not-in-force', {
    year,
    signed: agreement.signed,
    end,
    effective: agreement.termination?.effective ?? null,
    renewYear: !agreement.termination && year > yearOf(end) ? nextExtensionYear(agreement) : null,
  });
}

/**
 * Why an extension from `year`, decided on `decided`, cannot follow the
 * extensions `agreement` records; empty when it can. An extension follows on
 * the term it extends, is decided before that term ran out and after signing,
 * not after a notice of termination, and only while the evaluation is pending.
 */
export function extensionRefusals(agreement: Agreement, year: number, decided: IsoDate): ExtensionRefusal[] {
  const refusals: ExtensionRefusal[] = [];
  const end = extendedEnd(agreement);
  const next = nextExtensionYear(agreement);
  if (agreement.termination && decided > agreement.termination.notified) {
    const { by, notified } = agreement.termination;
    refusals.push({
      field: 'decided',
      reason: message('term/extension-after-termination', {
        by: partyShortName(agreement, by, notified),
        notified,
        decided,
      }),
    });
  }
  if (agreement.evaluation.completed !== null && decided > agreement.evaluation.completed) {
    refusals.push({
      field: 'decided',
      reason: message('term/extension-after-evaluation', { completed: agreement.evaluation.completed, decided }),
    });
  }
  if (year < next) {
    refusals.push({ field: 'year', reason: message('term/already-runs-through', { end }) });
  } else if (year > next) {
    refusals.push({
      field: 'year',
      reason: message('term/next-extension-from', { end, next, years: agreement.term.extension_years }),
    });
  }
  if (decided > end) {
    refusals.push({
      field: 'decided',
      reason: message('term/decided-after-lapse', { decided, end }),
    });
  }
  if (decided < agreement.signed) {
    refusals.push({
      field: 'decided',
      reason: message('term/decided-before-signing', { decided, signed: agreement.signed }),
    });
  }
  return refusals;
}
