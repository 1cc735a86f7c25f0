import { readBuiltinTemplates } from '../documents/builtin.js';
import { checkRepository } from '../pipeline/check.js';
import { readRepository } from '../records/repository.js';
import { REPORTERS, type ReportFormat } from '../report/index.js';
import type { CommandContext } from './context.js';

export interface ValidateOptions {
  format: ReportFormat;
  strict: boolean;
}

/** Exit 0 when there are no errors (and, with --strict, no warnings); 1 otherwise. */
export function validate(options: ValidateOptions, context: CommandContext): number {
  const files = readRepository(context.repositoryRoot());
  const report = checkRepository(files, context.today, readBuiltinTemplates());
  context.io.stdout(REPORTERS[options.format](report, context.color));
  const { findings } = report;
  const errors = findings.filter((finding) => finding.severity === 'error').length;
  const failing = options.strict ? findings.length : errors;
  return failing > 0 ? 1 : 0;
}
