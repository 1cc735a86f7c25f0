import type { Finding } from '../model/finding.js';
import type { Colors } from './colors.js';
import { formatGithub } from './github.js';
import { formatJson } from './json.js';
import { formatText } from './text.js';

export interface ReportSummary {
  recordCount: number;
}

export type Reporter = (findings: readonly Finding[], summary: ReportSummary, color: Colors) => string;

export const REPORTERS = {
  text: formatText,
  json: (findings) => formatJson(findings),
  github: (findings, summary) => formatGithub(findings, summary),
} satisfies Record<string, Reporter>;

export type ReportFormat = keyof typeof REPORTERS;
