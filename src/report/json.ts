import type { Finding } from '../model/finding.js';

/** `{"errors": N, "warnings": N, "findings": [...]}`, the fields of FORMAT.md and no others. */
export function formatJson(findings: readonly Finding[]): string {
  const errors = findings.filter((finding) => finding.severity === 'error').length;
  return `${JSON.stringify(
    {
      errors,
      warnings: findings.length - errors,
      findings: findings.map(({ file, line, column, severity, rule, message, clause }) => ({ file, line, column, severity, rule, message, clause })),
    },
    null,
    2,
  )}\n`;
}
