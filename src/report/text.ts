import { excerptAround, printable } from '../lib/printable.js';
import type { Finding } from '../model/finding.js';
import type { Colors } from './colors.js';
import type { ValidationReport } from './index.js';

/** A file with more findings than this shows these and a count of the rest; JSON lists them all. */
export const MAX_FINDINGS_SHOWN_PER_FILE = 20;

/** `file:line:col  severity  rule  message (§clause)`, grouped by file, with the offending line for syntax and schema findings. */
export function formatText(report: ValidationReport, color: Colors): string {
  const lines: string[] = [];
  for (const [file, findings] of findingsByFile(report.findings)) {
    if (lines.length > 0) lines.push('');
    for (const finding of findings.slice(0, MAX_FINDINGS_SHOWN_PER_FILE)) {
      lines.push(formatFindingLine(finding, color));
      if (finding.excerpt) lines.push(...codeFrame(finding, color));
    }
    const more = findings.length - MAX_FINDINGS_SHOWN_PER_FILE;
    if (more > 0) {
      lines.push(
        color.dim(`… and ${more} more in ${printable(file)} (partnership validate --format json lists them all)`),
      );
    }
  }
  if (report.explained.length > 0) {
    if (lines.length > 0) lines.push('');
    lines.push(color.bold('Explained: findings the parties have accepted (deviations in the agreement)'));
    for (const finding of report.explained) {
      lines.push(
        `  ${formatFindingLine(finding, color)}`,
        `    ${color.dim('accepted:')} ${printable(finding.reason)}`,
      );
    }
  }
  if (lines.length > 0) lines.push('');
  lines.push(summaryLine(report, color));
  if (report.rulesHeldBack.length > 0) {
    lines.push(
      color.dim(
        `The agreement's rules across files are checked once every file reads cleanly: fix the syntax and schema errors first.`,
      ),
    );
  }
  return `${lines.join('\n')}\n`;
}

export function findingsByFile(findings: readonly Finding[]): Map<string, Finding[]> {
  const byFile = new Map<string, Finding[]>();
  for (const finding of findings) byFile.set(finding.file, [...(byFile.get(finding.file) ?? []), finding]);
  return byFile;
}

export function formatFindingLine(finding: Finding, color: Colors): string {
  const severity = finding.severity === 'error' ? color.red('error') : color.yellow('warning');
  const clause = finding.clause ? color.dim(` (${finding.clause})`) : '';
  const where = `${printable(finding.file)}:${finding.line}:${finding.column}`;
  return `${color.bold(where)}  ${severity}  ${color.cyan(finding.rule)}  ${printable(finding.message)}${clause}`;
}

function codeFrame(finding: Finding, color: Colors): string[] {
  if (!finding.excerpt) return [];
  const gutter = String(finding.line);
  const excerpt = excerptAround(finding.excerpt.text.replace(/\t/g, ' '), finding.column);
  const text = printable(excerpt.text);
  const caret =
    ' '.repeat(Math.max(0, excerpt.column - 1)) +
    '^'.repeat(Math.max(1, Math.min(finding.excerpt.length, text.length - excerpt.column + 1)));
  return [
    `  ${color.dim(`${gutter} |`)} ${text}`,
    `  ${color.dim(`${' '.repeat(gutter.length)} |`)} ${color.red(caret)}`,
  ];
}

function summaryLine({ findings, explained, recordCount }: ValidationReport, color: Colors): string {
  const errors = findings.filter((finding) => finding.severity === 'error').length;
  const warnings = findings.length - errors;
  const checked = `${recordCount} record${recordCount === 1 ? '' : 's'} checked`;
  const accepted = explained.length > 0 ? ` (${explained.length} explained)` : '';
  if (findings.length === 0) return color.green(`✔ ${checked}: no problems${accepted}`);
  const counts = `${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`;
  const files = new Set(findings.map((finding) => finding.file)).size;
  const text = `${errors > 0 ? '✖' : '⚠'} ${checked}: ${counts} in ${files} file${files === 1 ? '' : 's'}${accepted}`;
  return errors > 0 ? color.red(text) : color.yellow(text);
}
