import type { Language } from '../messages/language.js';
import type { ExplainedFinding, Finding } from '../model/finding.js';
import type { CheckResult } from '../pipeline/check.js';
import type { Colors } from './colors.js';
import type { ValidateFormat } from './formats.js';
import { formatGithub } from './github.js';
import { formatJson } from './json.js';
import { formatText } from './text.js';

/** What validate found: the data every reporter formats, and nothing else decides. */
export type ValidationReport = Pick<CheckResult, 'recordCount' | 'rulesHeldBack'> & {
  findings: readonly Finding[];
  explained: readonly ExplainedFinding[];
};

export type Reporter = (report: ValidationReport, color: Colors, language: Language) => string;

export const REPORTERS = {
  text: formatText,
  json: (report, _color, language) => formatJson(report, language),
  github: (report, _color, language) => formatGithub(report, language),
} satisfies Record<ValidateFormat, Reporter>;

export type ReportFormat = ValidateFormat;
