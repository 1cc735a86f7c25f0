import { addDays, yearOf } from '../dates.js';
import { workingDays } from '../schedule/holidays.js';
import { yearsInForce } from '../schedule/term.js';
import { groupBy } from '../group-by.js';
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
  clause: '§2',
  severity: 'error',
  description: 'every calendar year in force has at least per_year held meetings, pro rata for a part year',
  check({ records, today }, report) {
    const agreement = records.agreement.data;
    const location = records.agreement.at(['meetings', 'per_year']);
    const todayYear = Number(today.slice(0, 4));
    const byYear = groupBy(records.meetings, (meeting) => yearOf(meeting.data.date));

    for (const year of yearsInForce(agreement, todayYear)) {
      const inYear = (byYear.get(year.year) ?? []).filter((meeting) => meeting.data.date >= year.from && meeting.data.date <= year.to);
      const held = inYear.filter((meeting) => meeting.data.status === 'held').length;
      const share = year.from.endsWith('-01-01') && year.to.endsWith('-12-31') ? '' : ` (pro rata for ${year.from} – ${year.to})`;
      const requirement = `§2 requires at least ${year.required} in ${year.year}${share}`;

      if (year.to < today) {
        if (held < year.required) report(location, `${year.year}: ${count(held, 'meeting')} held; ${requirement}`);
        continue;
      }
      const planned = inYear.filter((meeting) => meeting.data.status === 'planned' && meeting.data.date >= today).length;
      const missing = year.required - held - planned;
      if (missing <= 0) continue;
      const earliest = addDays(today, agreement.meetings.notice_days);
      const stillPossible = workingDays(earliest, year.to, agreement.meetings.avoid, missing).length >= missing;
      const counted = `${count(held, 'meeting')} held and ${planned} planned`;
      if (stillPossible) {
        report(location, `${year.year}: ${counted}; ${requirement}: plan ${count(missing, 'more meeting')} by ${year.to} (partnership next-meeting)`, 'warning');
      } else {
        report(location, `${year.year}: ${counted}; ${requirement}, and with ${agreement.meetings.notice_days} days' notice there is no longer time to hold ${count(missing, 'more meeting')} by ${year.to}`);
      }
    }
  },
};

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
