/** What the commands that produce documents share: rendering a template, and refusing a change that would not validate. */

import { readBuiltinTemplates } from '../documents/builtin.js';
import { renderTemplate, TemplateError, type TemplateName, templateSources } from '../documents/templates.js';
import type { IsoDate } from '../lib/dates.js';
import { PreconditionError } from '../lib/errors.js';
import { errorsIntroduced } from '../pipeline/check.js';
import type { SourceFile } from '../records/types.js';
import { formatFindingLine } from '../report/text.js';
import type { CommandContext } from './context.js';
import type { CleanRecords } from './records.js';

/** The document `name` from its template; `on` is the document's date, on which the parties are named. */
export function renderDocument(records: CleanRecords, name: TemplateName, view: object, on: IsoDate): string {
  const template = templateSources(readBuiltinTemplates(), records.templates).find(
    (candidate) => candidate.name === name,
  );
  if (!template) throw new Error(`no ${name} template`);
  try {
    return renderTemplate(template, view, records.agreement.data, on);
  } catch (error) {
    if (!(error instanceof TemplateError)) throw error;
    throw new PreconditionError(
      `the ${name} template does not render: ${error.message} (partnership validate checks every template)`,
    );
  }
}

/** Everything written must pass validate: refuse a change to the repository's files that would add an error. */
export function ensureStillValid(
  files: readonly SourceFile[],
  changed: readonly SourceFile[],
  context: CommandContext,
): void {
  const added = errorsIntroduced(files, changed, context.today, readBuiltinTemplates());
  if (added.length > 0) {
    throw new PreconditionError(
      `the change would not pass validate, so nothing was written:\n${added.map((finding) => `  ${formatFindingLine(finding, context.color)}`).join('\n')}`,
    );
  }
}
