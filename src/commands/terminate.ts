import { terminationDocument } from '../documents/term-view.js';
import type { TerminationView } from '../documents/view-types.js';
import { PreconditionError } from '../lib/errors.js';
import { citing } from '../model/clauses.js';
import { partyLabel } from '../model/parties.js';
import type { CommandContext } from '../session/context.js';
import { type DocumentOutput, emitDocument, renderDocument } from '../session/documents.js';
import { recordNotice, type WriteOptions } from '../session/record-change.js';
import { readCleanRecords } from '../session/records.js';
import { parseSignatories } from '../session/signatories.js';
import { holdingTheLock } from '../session/write-session.js';
import { noticePeriodEnd, terminationRefusals } from '../term/termination.js';
import { setMap, verifyEdit } from '../writing/edit-front-matter.js';

export interface TerminateOptions extends WriteOptions, DocumentOutput {
  by: string;
  notified: string;
  /** PARTY=NAME, TITLE for who signs the notice, where it is not the record's signatory. */
  signatory?: string[];
}

const RULE_TEXT = {
  'same-date': 'the same day of the month, or the last day of a shorter month',
  'end-of-month': 'to the end of that month',
} as const;

/** §7: "Dersom én av partene krever det, kan avtalen avsluttes med én måneds oppsigelsestid." */
export async function terminate(options: TerminateOptions, context: CommandContext): Promise<number> {
  const writes = options.write || options.commit;
  return writes ? holdingTheLock(context, () => terminateWith(options, context)) : terminateWith(options, context);
}

async function terminateWith(options: TerminateOptions, context: CommandContext): Promise<number> {
  const records = readCleanRecords(context);
  const agreement = records.agreement.data;
  const parties = agreement.parties.map((party) => party.id);
  if (!parties.includes(options.by))
    throw new PreconditionError(`cannot terminate: unknown party "${options.by}": use one of ${parties.join(', ')}`);
  const refusals = terminationRefusals(agreement, options.notified);
  if (refusals.length > 0) {
    throw new PreconditionError(
      `cannot terminate: ${refusals.map((refusal) => refusal.reason).join('; and ')}${citing(agreement, 'term')}`,
    );
  }

  const signatories = parseSignatories(agreement, options.signatory);
  const letter = terminationDocument(agreement, options.by, options.notified, context.today, signatories);
  const { termination } = letter.view as { termination: TerminationView };
  const months = agreement.term.notice_months === 1 ? "1 month's" : `${agreement.term.notice_months} months'`;
  const periodEnd = noticePeriodEnd(options.notified, agreement.term.notice_months, agreement.term.notice_rule);
  context.io.stderr(
    `Effective ${termination.effective}: notice received ${options.notified}, plus ${months} notice (notice_rule: ${agreement.term.notice_rule}: ${RULE_TEXT[agreement.term.notice_rule]})${termination.effective < periodEnd ? `; the term ends earlier, on ${termination.effective}` : ''}.\n`,
  );
  const notice = `agreement/notices/${options.notified}-oppsigelse.md`;
  const document = renderDocument(records, letter);

  const written = await emitDocument(document, options, records, context);
  if (written !== null) context.io.stdout(`Wrote the termination notice to ${written}\n`);

  const { text, frontMatter } = records.agreement;
  const recorded = { by: options.by, notified: options.notified, effective: termination.effective, notice };
  const updated = () => {
    const edited = setMap(text, frontMatter, 'termination', recorded);
    verifyEdit(text, edited, { ...frontMatter.data, termination: recorded });
    return edited;
  };

  await recordNotice(
    records,
    {
      notice: { path: notice, text: document },
      agreement: updated,
      branch: `terminate-${options.notified}`,
      commitMessage: `Record the termination of the agreement by ${options.by}, effective ${termination.effective}${citing(agreement, 'term')}\n\n${partyLabel(records.agreement.data, options.by, context.today)} gave notice of termination of "${agreement.title}", received ${options.notified}.\nThe agreement ends on ${months} notice${citing(agreement, 'term')}; by notice_rule ${agreement.term.notice_rule} it ends ${termination.effective}.\nRecords the termination in ${records.agreement.file} and the notice in ${notice}.`,
    },
    options,
    context,
  );
  return 0;
}
