import { say } from '../messages/catalogue.js';
import type { Language } from '../messages/language.js';
import type { Finding } from '../model/finding.js';
import type { ValidationReport } from './index.js';

/**
 * `{"errors": N, "warnings": N, "findings": [...], "explained": [...]}`, the fields of FORMAT.md, and `rules_held_back`: the
 * rules across files that did not run because a file did not read cleanly.
 */
export function formatJson({ findings, explained, rulesHeldBack }: ValidationReport, language: Language): string {
  const errors = findings.filter((finding) => finding.severity === 'error').length;
  const json = JSON.stringify(
    {
      errors,
      warnings: findings.length - errors,
      findings: findings.map((finding) => contractFields(finding, language)),
      explained: explained.map((finding) => ({ ...contractFields(finding, language), reason: finding.reason })),
      rules_held_back: rulesHeldBack,
    },
    null,
    2,
  );
  return `${json.replace(INVISIBLE, (character) => `\\u${(character.codePointAt(0) ?? 0).toString(16).padStart(4, '0')}`)}\n`;
}

/**
 * A finding's fields as FORMAT.md names them, the message in the reader's language, and `message_id`: the
 * same in every language, for a program to match on.
 */
function contractFields({ file, line, column, severity, rule, message, clause }: Finding, language: Language) {
  return { file, line, column, severity, rule, message: say(message, language), clause, message_id: message.id };
}

// JSON.stringify escapes C0 controls; these it leaves raw, and a terminal showing the JSON would act on some.
const INVISIBLE = /[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
