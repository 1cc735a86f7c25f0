import type { Finding } from '../model/finding.js';
import type { Colors } from './colors.js';
import type { ValidationReport } from './index.js';

/** `file:line:col  severity  rule  message (§clause)`, grouped by file, with the offending line for syntax and schema findings. */
export function formatText(report: ValidationReport, color: Colors): string {
  const { findings } = report;
  const lines: string[] = [];
  let previousFile: string | undefined;
  for (const finding of findings) {
    if (previousFile !== undefined && finding.file !== previousFile) lines.push('');
    previousFile = finding.file;
    lines.push(formatFindingLine(finding, color));
    if (finding.excerpt) lines.push(...codeFrame(finding, color));
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

export function formatFindingLine(finding: Finding, color: Colors): string {
  const severity = finding.severity === 'error' ? color.red('error') : color.yellow('warning');
  const clause = finding.clause ? color.dim(` (${finding.clause})`) : '';
  return `${color.bold(`${finding.file}:${finding.line}:${finding.column}`)}  ${severity}  ${color.cyan(finding.rule)}  ${finding.message}${clause}`;
}

function codeFrame(finding: Finding, color: Colors): string[] {
  if (!finding.excerpt) return [];
  const gutter = String(finding.line);
  const text = finding.excerpt.text.replace(/\t/g, ' ');
  const caret =
    ' '.repeat(Math.max(0, finding.column - 1)) +
    '^'.repeat(Math.max(1, Math.min(finding.excerpt.length, text.length - finding.column + 1)));
  return [
    `  ${color.dim(`${gutter} |`)} ${text}`,
    `  ${color.dim(`${' '.repeat(gutter.length)} |`)} ${color.red(caret)}`,
  ];
}

function summaryLine({ findings, recordCount }: ValidationReport, color: Colors): string {
  const errors = findings.filter((finding) => finding.severity === 'error').length;
  const warnings = findings.length - errors;
  const checked = `${recordCount} record${recordCount === 1 ? '' : 's'} checked`;
  if (findings.length === 0) return color.green(`✔ ${checked}: no problems`);
  const counts = `${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`;
  const files = new Set(findings.map((finding) => finding.file)).size;
  const text = `${errors > 0 ? '✖' : '⚠'} ${checked}: ${counts} in ${files} file${files === 1 ? '' : 's'}`;
  return errors > 0 ? color.red(text) : color.yellow(text);
}
