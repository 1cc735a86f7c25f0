import type { ValidationReport } from './index.js';

/**
 * `{"errors": N, "warnings": N, "findings": [...]}`, the fields of FORMAT.md, and `rules_held_back`: the
 * rules across files that did not run because a file did not read cleanly.
 */
export function formatJson({ findings, rulesHeldBack }: ValidationReport): string {
  const errors = findings.filter((finding) => finding.severity === 'error').length;
  return `${JSON.stringify(
    {
      errors,
      warnings: findings.length - errors,
      findings: findings.map(({ file, line, column, severity, rule, message, clause }) => ({
        file,
        line,
        column,
        severity,
        rule,
        message,
        clause,
      })),
      rules_held_back: rulesHeldBack,
    },
    null,
    2,
  )}\n`;
}
