import type { CommandContext } from '../cli/context.js';
import { agreementView, terminationView } from '../documents/view.js';
import { PreconditionError } from '../errors.js';
import { setMap, verifyEdit } from '../records/edit-front-matter.js';
import { lastDayInForce } from '../schedule/term.js';
import { recordNotice, type WriteOptions } from './record-change.js';
import { partyLabel, readCleanRecords } from './records.js';
import { renderDocument } from './documents.js';

export interface TerminateOptions extends WriteOptions {
  by: string;
  notified: string;
}

const RULE_TEXT = {
  'same-date': 'the same day of the month, or the last day of a shorter month',
  'end-of-month': 'to the end of that month',
} as const;

/** §7: "Dersom én av partene krever det, kan avtalen avsluttes med én måneds oppsigelsestid." */
export async function terminate(options: TerminateOptions, context: CommandContext): Promise<number> {
  const records = readCleanRecords(context);
  const agreement = records.agreement.data;
  const refuse = (reason: string) => {
    throw new PreconditionError(`cannot terminate: ${reason}`);
  };
  const parties = agreement.parties.map((party) => party.id);
  if (!parties.includes(options.by)) refuse(`unknown party "${options.by}": use one of ${parties.join(', ')}`);
  if (agreement.termination) {
    const { by, notified, effective } = agreement.termination;
    refuse(`the agreement is already terminated by ${partyLabel(records, by)} (notice received ${notified}, effective ${effective})`);
  }
  if (options.notified < agreement.signed) refuse(`${options.notified} is before the agreement was signed on ${agreement.signed}`);
  const lastDay = lastDayInForce(agreement);
  if (options.notified > lastDay) refuse(`${options.notified} is after the term ended on ${lastDay}: there is nothing left to terminate`);

  const termination = terminationView(agreement, options.by, options.notified);
  const months = agreement.term.notice_months === 1 ? "1 month's" : `${agreement.term.notice_months} months'`;
  context.io.stderr(
    `Effective ${termination.effective}: notice received ${options.notified}, plus ${months} notice (notice_rule: ${agreement.term.notice_rule}: ${RULE_TEXT[agreement.term.notice_rule]})${termination.effective > lastDay ? `; the term ends earlier, on ${lastDay}` : ''}.\n`,
  );
  const notice = `agreement/notices/${options.notified}-oppsigelse.md`;
  const document = renderDocument(records, 'termination', { agreement: agreementView(agreement), termination });
  context.io.stdout(document);

  const { text, frontMatter } = records.agreement;
  const recorded = { by: options.by, notified: options.notified, effective: termination.effective, notice };
  const updated = setMap(text, frontMatter, 'termination', recorded);
  verifyEdit(text, updated, { ...frontMatter.data, termination: recorded });

  await recordNotice(
    records,
    {
      notice: { path: notice, text: document },
      agreement: updated,
      branch: `terminate-${options.notified}`,
      commitMessage: `Record the termination of the agreement by ${options.by}, effective ${termination.effective} (§7)\n\n${partyLabel(records, options.by)} gave notice of termination of "${agreement.title}", received ${options.notified}.\n§7 ends the agreement on ${months} notice; by notice_rule ${agreement.term.notice_rule} it ends ${termination.effective}.\nRecords the termination in ${records.agreement.file} and the notice in ${notice}.`,
    },
    options,
    context,
  );
  return 0;
}
