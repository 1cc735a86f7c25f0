/**
 * Can the agreement still be extended, and what would the parties renew: the one answer that status,
 * the calendar, next-meeting, the meeting-in-term rule and new meeting give. An agreement ended by a
 * termination, or whose evaluation is done, is not extended; one that ran out has lapsed and can only
 * be replaced; otherwise the next extension starts the year after the term, to be decided by the term's
 * last day, and is due for a decision once that day is within the notice period.
 */
import { addMonths, type IsoDate } from '../lib/dates.js';
import type { Agreement } from '../model/schemas.js';
import { nextExtensionYear } from './extension.js';
import { extendedEnd } from './term.js';

export type RenewalOutlook =
  | { kind: 'terminated'; effective: IsoDate }
  | { kind: 'evaluated'; completed: IsoDate; end: IsoDate }
  | { kind: 'lapsed'; end: IsoDate }
  | { kind: 'extendable'; year: number; decideBy: IsoDate; due: boolean };

export function renewalOutlook(agreement: Agreement, today: IsoDate): RenewalOutlook {
  if (agreement.termination) return { kind: 'terminated', effective: agreement.termination.effective };
  const end = extendedEnd(agreement);
  if (agreement.evaluation.completed !== null)
    return { kind: 'evaluated', completed: agreement.evaluation.completed, end };
  if (today > end) return { kind: 'lapsed', end };
  const due = addMonths(today, Math.max(1, agreement.term.notice_months)) >= end;
  return { kind: 'extendable', year: nextExtensionYear(agreement), decideBy: end, due };
}
