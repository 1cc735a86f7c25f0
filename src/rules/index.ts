/** Every cross-file rule, in the order their findings are reported. Adding a rule is one import and one line. */

import type { RuleMeta } from '../model/finding.js';
import { FILE_RULE, SCHEMA_RULE, SYNTAX_RULE } from '../records/file-rules.js';
import { actions } from './actions.js';
import { annualPlan } from './annual-plan.js';
import { approvals } from './approvals.js';
import { consultationNotice } from './consultation-notice.js';
import { convener } from './convener.js';
import { deviations } from './deviations.js';
import { evaluation } from './evaluation.js';
import { history } from './history.js';
import { meetingFileName } from './meeting-file-name.js';
import { meetingInTerm } from './meeting-in-term.js';
import { meetingStatus } from './meeting-status.js';
import { meetingTime } from './meeting-time.js';
import { meetingUid } from './meeting-uid.js';
import { meetingsPerYear } from './meetings-per-year.js';
import { minutes } from './minutes.js';
import { minutesHeadings } from './minutes-headings.js';
import { obligations } from './obligations.js';
import { references } from './references.js';
import { rotation } from './rotation.js';
import type { Rule } from './rule.js';
import { templates } from './templates.js';
import { term } from './term.js';
import { termination } from './termination.js';

export const RULES: readonly Rule[] = [
  references,
  meetingFileName,
  meetingsPerYear,
  rotation,
  convener,
  consultationNotice,
  annualPlan,
  term,
  termination,
  evaluation,
  obligations,
  meetingInTerm,
  meetingStatus,
  meetingTime,
  meetingUid,
  minutes,
  minutesHeadings,
  actions,
  history,
  approvals,
  templates,
  deviations,
];

/** Every rule validate applies: the two checked as each file is read, then the rules across files. */
export const ALL_RULES: readonly RuleMeta[] = [FILE_RULE, SYNTAX_RULE, SCHEMA_RULE, ...RULES];

export const RULE_IDS: readonly string[] = ALL_RULES.map((rule) => rule.id);
