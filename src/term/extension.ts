/**
 * Extending the agreement: why the parties cannot extend it from a year by a
 * decision on a date. The `term` rule and `partnership renew` both ask here,
 * so validate and the command can never disagree.
 */
import { type IsoDate, yearOf } from '../lib/dates.js';
import { partyShortName } from '../model/parties.js';
import type { Agreement } from '../model/schemas.js';
import { extendedEnd } from './term.js';

export interface ExtensionRefusal {
  field: 'year' | 'decided';
  reason: string;
}

/** The first year the next extension covers. */
export function nextExtensionYear(agreement: Pick<Agreement, 'term' | 'extensions'>): number {
  return yearOf(extendedEnd(agreement)) + 1;
}

/**
 * Why the agreement is not in force in `year`, for a record or a command about that year: its period,
 * and for a year after the term (not ended by a termination) the renewal to record first.
 */
export function notInForceIn(agreement: Agreement, year: number): string {
  const end = extendedEnd(agreement);
  const period = `from ${agreement.signed} to ${end}${agreement.termination ? `, terminated with effect from ${agreement.termination.effective}` : ''}`;
  const advice =
    !agreement.termination && year > yearOf(end)
      ? `: if the parties extend it, record the extension first with partnership renew --year ${nextExtensionYear(agreement)}`
      : '';
  return `the agreement is not in force in ${year} (${period})${advice}`;
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
  const length = agreement.term.extension_years === 1 ? 'one year' : `${agreement.term.extension_years} years`;
  if (agreement.termination && decided > agreement.termination.notified) {
    const { by, notified } = agreement.termination;
    refusals.push({
      field: 'decided',
      reason: `${partyShortName(agreement, by, notified)} gave notice of termination on ${notified}, before ${decided}: a terminated agreement is not extended`,
    });
  }
  if (agreement.evaluation.completed !== null && decided > agreement.evaluation.completed) {
    refusals.push({
      field: 'decided',
      reason: `the evaluation was completed on ${agreement.evaluation.completed}, before ${decided}, and the agreement is extended only while the evaluation is pending: a new agreement is needed`,
    });
  }
  if (year < next) {
    refusals.push({ field: 'year', reason: `the agreement already runs through ${end}` });
  } else if (year > next) {
    refusals.push({
      field: 'year',
      reason: `the agreement runs through ${end}, so the next extension is from ${next}: it is extended ${length} at a time`,
    });
  }
  if (decided > end) {
    refusals.push({
      field: 'decided',
      reason: `decided ${decided}, after the term it extends ran out on ${end}: a lapsed agreement cannot be extended, only replaced by a new one`,
    });
  }
  if (decided < agreement.signed) {
    refusals.push({
      field: 'decided',
      reason: `decided ${decided}, before the agreement was signed on ${agreement.signed}`,
    });
  }
  return refusals;
}
