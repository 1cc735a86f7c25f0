import { countYear, meetingsByYear, stillPossible } from '../schedule/requirement.js';
import { yearsInForce } from '../term/term.js';
import type { Rule } from './rule.js';

/**
 * §2: "minst to bilaterale samarbeidsmøter på administrativt plan årlig".
 * Each calendar year in force needs per_year held meetings, pro rata (rounded
 * up) for a part year. A year that is over is an error. The current year
 * counts planned meetings too, and is a warning while the missing meetings can
 * still be held with the notice period respected; an error once they cannot.
 */
export const meetingsPerYear: Rule = {
  id: 'meetings-per-year',
  clause: 'meetings',
  severity: 'error',
  description:
    'every calendar year in force has `per_year` held meetings, pro rata for a part year; the current year counts planned meetings and is a warning while the missing ones can still be held',
  mayWarn: true,
  check({ records, today }, report) {
    const agreement = records.agreement.data;
    // Located only when reported: where a value stands is found in the positioned parse, made on demand.
    const location = () => records.agreement.at(['meetings', 'per_year']);
    const byYear = meetingsByYear(records.meetings);

    for (const inForce of yearsInForce(agreement, Number(today.slice(0, 4)))) {
      const year = countYear(inForce, byYear.get(inForce.year) ?? [], today);
      const share =
        year.from.endsWith('-01-01') && year.to.endsWith('-12-31') ? '' : ` (pro rata for ${year.from} – ${year.to})`;
      const requirement = `the agreement requires at least ${year.required} in ${year.year}${share}`;

      if (year.to < today) {
        if (year.held < year.required)
          report(location(), `${year.year}: ${count(year.held, 'meeting')} held; ${requirement}`, { year: year.year });
        continue;
      }
      if (year.missing === 0) continue;
      const counted = `${count(year.held, 'meeting')} held and ${year.planned} planned`;
      if (stillPossible(agreement, year, today, year.missing)) {
        report(
          location(),
          `${year.year}: ${counted}; ${requirement}: plan ${count(year.missing, 'more meeting')} by ${year.to} (partnership next-meeting)`,
          { severity: 'warning', year: year.year },
        );
      } else {
        report(
          location(),
          `${year.year}: ${counted}; ${requirement}, and with ${agreement.meetings.notice_days} days' notice there is no longer time to hold ${count(year.missing, 'more meeting')} by ${year.to}`,
          { year: year.year },
        );
      }
    }
  },
};

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
