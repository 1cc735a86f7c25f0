import { excerptAround, printable } from '../lib/printable.js';
import { type Message, message, say } from '../messages/catalogue.js';
import type { Language } from '../messages/language.js';
import type { Finding } from '../model/finding.js';
import type { Colors } from './colors.js';
import type { ValidationReport } from './index.js';

/** A file with more findings than this shows these and a count of the rest; JSON lists them all. */
export const MAX_FINDINGS_SHOWN_PER_FILE = 20;

/** `file:line:col  severity  rule  message (§clause)`, grouped by file, with the offending line for syntax and schema findings. */
export function formatText(report: ValidationReport, color: Colors, language: Language): string {
  const words = (text: Message) => say(text, language);
  const lines: string[] = [];
  for (const [file, findings] of findingsByFile(report.findings)) {
    if (lines.length > 0) lines.push('');
    for (const finding of findings.slice(0, MAX_FINDINGS_SHOWN_PER_FILE)) {
      lines.push(formatFindingLine(finding, color, language));
      if (finding.excerpt) lines.push(...codeFrame(finding, color));
    }
    const more = findings.length - MAX_FINDINGS_SHOWN_PER_FILE;
    if (more > 0) {
      lines.push(color.dim(words(message('validate/more-in-file', { more, file: printable(file) }))));
    }
  }
  if (report.explained.length > 0) {
    if (lines.length > 0) lines.push('');
    lines.push(color.bold(words(message('validate/explained-heading'))));
    for (const finding of report.explained) {
      lines.push(
        `  ${formatFindingLine(finding, color, language)}`,
        `    ${color.dim(words(message('validate/accepted')))} ${printable(finding.reason)}`,
      );
    }
  }
  if (lines.length > 0) lines.push('');
  lines.push(summaryLine(report, color, language));
  if (report.rulesHeldBack.length > 0) {
    lines.push(color.dim(words(message('validate/rules-held-back'))));
  }
  return `${lines.join('\n')}\n`;
}

export function findingsByFile(findings: readonly Finding[]): Map<string, Finding[]> {
  const byFile = new Map<string, Finding[]>();
  for (const finding of findings) byFile.set(finding.file, [...(byFile.get(finding.file) ?? []), finding]);
  return byFile;
}

export function formatFindingLine(finding: Finding, color: Colors, language: Language): string {
  const word = say(message('validate/severity', { severity: finding.severity }), language);
  const severity = finding.severity === 'error' ? color.red(word) : color.yellow(word);
  const clause = finding.clause ? color.dim(` (${finding.clause})`) : '';
  const where = `${printable(finding.file)}:${finding.line}:${finding.column}`;
  return `${color.bold(where)}  ${severity}  ${color.cyan(finding.rule)}  ${printable(say(finding.message, language))}${clause}`;
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

function summaryLine(
  { findings, explained, recordCount }: ValidationReport,
  color: Colors,
  language: Language,
): string {
  const errors = findings.filter((finding) => finding.severity === 'error').length;
  const counts = { records: recordCount, explained: explained.length };
  if (findings.length === 0) return color.green(`✔ ${say(message('validate/no-problems', counts), language)}`);
  const files = new Set(findings.map((finding) => finding.file)).size;
  const summary = message('validate/problems', { ...counts, errors, warnings: findings.length - errors, files });
  const text = `${errors > 0 ? '✖' : '⚠'} ${say(summary, language)}`;
  return errors > 0 ? color.red(text) : color.yellow(text);
}
