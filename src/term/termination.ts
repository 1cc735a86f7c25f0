/**
 * Ending the agreement on notice: when a notice takes effect, and why one
 * cannot be given. The `termination` rule and `partnership terminate` both ask
 * here, so validate and the command can never disagree.
 */
import { addMonths, endOfMonth, type IsoDate, minDate } from '../lib/dates.js';
import { type Message, message } from '../messages/catalogue.js';
import { partyShortName } from '../model/parties.js';
import type { Agreement } from '../model/schemas.js';
import { extendedEnd } from './term.js';

export type NoticeRule = Agreement['term']['notice_rule'];

/**
 * The last day of the notice period for a notice received on `notified`.
 * same-date: the same day of the month N months later (the month's last day
 * where that day does not exist: 31 January → 28/29 February);
 * end-of-month: the last day of the Nth month after the month of receipt.
 */
export function noticePeriodEnd(notified: IsoDate, noticeMonths: number, rule: NoticeRule): IsoDate {
  return rule === 'same-date' ? addMonths(notified, noticeMonths) : endOfMonth(addMonths(notified, noticeMonths));
}

/** The agreement's last day in force after a notice received on `notified`: the notice period's end, or the term's end if that comes first. */
export function terminationEffective(agreement: Pick<Agreement, 'term' | 'extensions'>, notified: IsoDate): IsoDate {
  return minDate(
    noticePeriodEnd(notified, agreement.term.notice_months, agreement.term.notice_rule),
    extendedEnd(agreement),
  );
}

export interface TerminationRefusal {
  field: 'by' | 'notified';
  reason: Message;
}

/** Why a notice received on `notified` cannot end the agreement as recorded; empty when it can. */
export function terminationRefusals(agreement: Agreement, notified: IsoDate): TerminationRefusal[] {
  const refusals: TerminationRefusal[] = [];
  if (agreement.termination) {
    const { by, notified: earlier, effective } = agreement.termination;
    refusals.push({
      field: 'by',
      reason: message('term/already-terminated', {
        by: partyShortName(agreement, by, earlier),
        notified: earlier,
        effective,
      }),
    });
  }
  if (notified < agreement.signed) {
    refusals.push({
      field: 'notified',
      reason: message('term/notice-before-signing', { notified, signed: agreement.signed }),
    });
  }
  const end = extendedEnd(agreement);
  if (notified > end) {
    refusals.push({
      field: 'notified',
      reason: message('term/notice-after-end', { notified, end }),
    });
  }
  return refusals;
}
