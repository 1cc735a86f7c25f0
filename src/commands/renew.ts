import type { CommandContext } from '../cli/context.js';
import { yearOf } from '../dates.js';
import { agreementView, renewalView } from '../documents/view.js';
import { PreconditionError } from '../errors.js';
import { appendListItem, verifyEdit } from '../records/edit-front-matter.js';
import { extendedEnd, lastDayInForce } from '../schedule/term.js';
import { recordNotice, type WriteOptions } from './record-change.js';
import { renderDocument } from './documents.js';
import { partyLabel, readCleanRecords } from './records.js';

export interface RenewOptions extends WriteOptions {
  year: number;
}

/** §7: "Den kan forlenges med ett år av gangen i påvente av gjennomført evaluering." */
export async function renew(options: RenewOptions, context: CommandContext): Promise<number> {
  const records = readCleanRecords(context);
  const agreement = records.agreement.data;
  const { today } = context;
  const end = extendedEnd(agreement);
  const next = yearOf(end) + agreement.term.extension_years;

  const refuse = (reason: string) => {
    throw new PreconditionError(`cannot renew for ${options.year}: ${reason}`);
  };
  if (agreement.termination) {
    const { by, notified, effective } = agreement.termination;
    refuse(`${partyLabel(records, by)} terminated the agreement (notice received ${notified}, effective ${effective}); a terminated agreement is not extended (§7)`);
  }
  if (agreement.evaluation.completed !== null) {
    refuse(`the evaluation was completed on ${agreement.evaluation.completed}; §7 allows extensions only "i påvente av gjennomført evaluering", so a new agreement is needed`);
  }
  if (options.year <= yearOf(end)) {
    const extension = agreement.extensions.find((candidate) => candidate.year === options.year);
    refuse(`the agreement already runs through ${end}${extension ? ` (the extension for ${options.year} was decided ${extension.decided})` : ''}; nothing to do`);
  }
  if (options.year !== next) refuse(`§7 extends the agreement one year at a time: it runs through ${end}, so the next extension is for ${next}`);
  if (today > lastDayInForce(agreement)) refuse(`the term ran out on ${lastDayInForce(agreement)}; a lapsed agreement cannot be extended, only replaced by a new one (§7)`);
  if (today < agreement.signed) refuse(`the agreement is not signed until ${agreement.signed}`);

  const notice = `agreement/notices/${options.year}-forlengelse.md`;
  const protocol = renderDocument(records, 'renewal', { agreement: agreementView(agreement), renewal: renewalView(agreement, options.year, today) });
  context.io.stdout(protocol);

  const { text, frontMatter } = records.agreement;
  const extension = { year: options.year, decided: today, notice };
  const updated = appendListItem(text, frontMatter, 'extensions', extension);
  verifyEdit(text, updated, { ...frontMatter.data, extensions: [...((frontMatter.data.extensions as unknown[] | undefined) ?? []), extension] });

  await recordNotice(
    records,
    {
      notice: { path: notice, text: protocol },
      agreement: updated,
      branch: `renew-${options.year}`,
      commitMessage: `Extend the agreement through ${options.year} (§7)\n\nThe parties decided on ${today} to extend "${agreement.title}" by one year, to ${options.year}-12-31.\n§7 allows an extension of one year at a time while the evaluation (§6) is pending, as it is.\nRecords the extension in ${records.agreement.file} and the renewal protocol in ${notice}.`,
    },
    options,
    context,
  );
  return 0;
}
