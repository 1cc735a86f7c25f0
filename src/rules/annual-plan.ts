import { message } from '../messages/catalogue.js';
import { notInForceIn } from '../term/extension.js';
import { yearInForce } from '../term/term.js';
import type { Rule } from './rule.js';

/** §2: at most one annual plan (årsplan) a year, inside the term, adopted in a held meeting. */
export const annualPlan: Rule = {
  id: 'annual-plan',
  clause: 'meetings',
  severity: 'error',
  messages: [
    'annual-plan/adopted-in-unheld-meeting',
    'annual-plan/adopted-without-meeting',
    'annual-plan/file-name',
    'annual-plan/second-plan',
    'term/not-in-force',
  ],
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
        report(plan.at(['year']), message('annual-plan/file-name', { year, file: plan.file, expected: expectedFile }));
      }
      const other = seen.get(year);
      if (other) report(plan.at(['year']), message('annual-plan/second-plan', { year, other }));
      seen.set(year, plan.file);

      if (!yearInForce(agreement.data, year)) report(plan.at(['year']), notInForceIn(agreement.data, year));
      if (status !== 'adopted') continue;
      if (adopted_in === null) {
        report(plan.at(['status']), message('annual-plan/adopted-without-meeting'));
        continue;
      }
      const meeting = meetingsById.get(adopted_in);
      if (meeting && meeting.data.status !== 'held') {
        report(
          plan.at(['adopted_in']),
          message('annual-plan/adopted-in-unheld-meeting', { meeting: adopted_in, status: meeting.data.status }),
        );
      }
    }
  },
};
