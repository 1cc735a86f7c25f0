import { printable } from '../lib/printable.js';
import { say } from '../messages/catalogue.js';
import type { Language } from '../messages/language.js';
import { NO_COLORS } from './colors.js';
import type { ValidationReport } from './index.js';
import { findingsByFile, formatText, MAX_FINDINGS_SHOWN_PER_FILE } from './text.js';

/**
 * GitHub workflow annotations, then the full text report: GitHub shows only
 * the first few annotations of a step, the log keeps them all. What comes from
 * a record is made printable first, so no line break or control character of
 * its own can reach the log and start a workflow command there.
 */
export function formatGithub(report: ValidationReport, language: Language): string {
  const shown = [...findingsByFile(report.findings).values()].flatMap((findings) =>
    findings.slice(0, MAX_FINDINGS_SHOWN_PER_FILE),
  );
  const annotations = shown.map((finding) => {
    const title = finding.clause ? `${finding.rule} (${finding.clause})` : finding.rule;
    const properties = Object.entries({ file: printable(finding.file), line: finding.line, col: finding.column, title })
      .map(([name, value]) => `${name}=${escapeProperty(String(value))}`)
      .join(',');
    return `::${finding.severity} ${properties}::${escapeData(printable(say(finding.message, language)))}\n`;
  });
  return annotations.join('') + formatText(report, NO_COLORS, language);
}

export function escapeData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
