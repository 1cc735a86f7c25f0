import { message } from '../messages/catalogue.js';
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
  messages: ['meetings-per-year/no-time-left', 'meetings-per-year/plan-more', 'meetings-per-year/too-few-held'],
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
      const partYear = !(year.from.endsWith('-01-01') && year.to.endsWith('-12-31'));
      const facts = {
        year: year.year,
        held: year.held,
        required: year.required,
        from: partYear ? year.from : null,
        to: year.to,
      };
      if (year.to < today) {
        if (year.held < year.required)
          report(location(), message('meetings-per-year/too-few-held', facts), { year: year.year });
        continue;
      }
      if (year.missing === 0) continue;
      const ahead = { ...facts, planned: year.planned, missing: year.missing };
      if (stillPossible(agreement, year, today, year.missing)) {
        report(location(), message('meetings-per-year/plan-more', ahead), { severity: 'warning', year: year.year });
      } else {
        report(
          location(),
          message('meetings-per-year/no-time-left', { ...ahead, noticeDays: agreement.meetings.notice_days }),
          { year: year.year },
        );
      }
    }
  },
};
