import { notInForceIn } from '../term/extension.js';
import { yearInForce } from '../term/term.js';
import type { Rule } from './rule.js';

/** §2: at most one annual plan (årsplan) a year, inside the term, adopted in a held meeting. */
export const annualPlan: Rule = {
  id: 'annual-plan',
  clause: 'meetings',
  severity: 'error',
  description: 'one plan a year, in `annual-plans/<year>.md`, for a year in force, adopted in a held meeting',
  check({ records }, reportAny) {
    const { agreement, meetings, annualPlans } = records;
    const meetingsById = new Map(meetings.map((meeting) => [meeting.id, meeting]));
    const seen = new Map<number, string>();
    for (const plan of annualPlans) {
      const { year, status, adopted_in } = plan.data;
      const report: typeof reportAny = (location, message, details) =>
        reportAny(location, message, { ...details, year });
      const expectedFile = `annual-plans/${year}.md`;
      if (plan.file !== expectedFile) {
        report(
          plan.at(['year']),
          `the plan is for ${year} but the file is ${plan.file}: rename it to ${expectedFile}, or correct the year`,
        );
      }
      const other = seen.get(year);
      if (other)
        report(
          plan.at(['year']),
          `there is already a plan for ${year} in ${other}: the agreement foresees one annual plan a year`,
        );
      seen.set(year, plan.file);

      if (!yearInForce(agreement.data, year)) report(plan.at(['year']), notInForceIn(agreement.data, year));
      if (status !== 'adopted') continue;
      if (adopted_in === null) {
        report(
          plan.at(['status']),
          "an adopted plan names the meeting that adopted it: set adopted_in to that meeting's id",
        );
        continue;
      }
      const meeting = meetingsById.get(adopted_in);
      if (meeting && meeting.data.status !== 'held') {
        report(
          plan.at(['adopted_in']),
          `meeting ${adopted_in} is ${meeting.data.status}, not held: a plan is adopted in a held meeting`,
        );
      }
    }
  },
};
