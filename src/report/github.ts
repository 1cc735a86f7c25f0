import { NO_COLORS } from './colors.js';
import type { ValidationReport } from './index.js';
import { formatText } from './text.js';

/**
 * GitHub workflow annotations, then the full text report: GitHub shows only
 * the first few annotations of a step, the log keeps them all.
 */
export function formatGithub(report: ValidationReport): string {
  const annotations = report.findings.map((finding) => {
    const title = finding.clause ? `${finding.rule} (${finding.clause})` : finding.rule;
    const properties = Object.entries({ file: finding.file, line: finding.line, col: finding.column, title })
      .map(([name, value]) => `${name}=${escapeProperty(String(value))}`)
      .join(',');
    return `::${finding.severity} ${properties}::${escapeData(finding.message)}\n`;
  });
  return annotations.join('') + formatText(report, NO_COLORS);
}

export function escapeData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
