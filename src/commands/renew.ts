import { renewalDocument } from '../documents/term-view.js';
import type { IsoDate } from '../lib/dates.js';
import { PreconditionError } from '../lib/errors.js';
import { citing } from '../model/clauses.js';
import type { CommandContext } from '../session/context.js';
import { type DocumentOutput, emitDocument, renderDocument } from '../session/documents.js';
import { recordNotice, type WriteOptions } from '../session/record-change.js';
import { readCleanRecords } from '../session/records.js';
import { parseSignatories } from '../session/signatories.js';
import { holdingTheLock } from '../session/write-session.js';
import { extensionRefusals } from '../term/extension.js';
import { extensionEnd } from '../term/term.js';
import { appendListItem, verifyEdit } from '../writing/edit-front-matter.js';

export interface RenewOptions extends WriteOptions, DocumentOutput {
  year: number;
  /** The day the parties agreed; today when not given. */
  decided?: IsoDate;
  /** PARTY=NAME, TITLE for who signs the protocol, where it is not the record's signatory. */
  signatory?: string[];
}

/** §7: "Den kan forlenges med ett år av gangen i påvente av gjennomført evaluering." */
export async function renew(options: RenewOptions, context: CommandContext): Promise<number> {
  const writes = options.write || options.commit;
  return writes ? holdingTheLock(context, () => renewWith(options, context)) : renewWith(options, context);
}

async function renewWith(options: RenewOptions, context: CommandContext): Promise<number> {
  const records = readCleanRecords(context);
  const agreement = records.agreement.data;
  const decided = options.decided ?? context.today;
  const refusals = extensionRefusals(agreement, options.year, decided);
  if (refusals.length > 0) {
    throw new PreconditionError(
      `cannot renew for ${options.year}: ${refusals.map((refusal) => refusal.reason).join('; and ')}${citing(agreement, 'term')}`,
    );
  }

  const notice = `agreement/notices/${options.year}-forlengelse.md`;
  const newEnd = extensionEnd(agreement, options.year);
  const years = agreement.term.extension_years === 1 ? 'one year' : `${agreement.term.extension_years} years`;
  const signatories = parseSignatories(agreement, options.signatory);
  const protocol = renderDocument(records, renewalDocument(agreement, options.year, decided, signatories));

  const written = await emitDocument(protocol, options, records, context);
  if (written !== null) context.io.stdout(`Wrote the renewal protocol to ${written}\n`);

  const { text, frontMatter } = records.agreement;
  const extension = { year: options.year, decided, notice };
  const updated = () => {
    const edited = appendListItem(text, frontMatter, 'extensions', extension);
    verifyEdit(text, edited, {
      ...frontMatter.data,
      extensions: [...((frontMatter.data.extensions as unknown[] | undefined) ?? []), extension],
    });
    return edited;
  };

  await recordNotice(
    records,
    {
      notice: { path: notice, text: protocol },
      agreement: updated,
      branch: `renew-${options.year}`,
      commitMessage: `Extend the agreement from ${options.year}${citing(agreement, 'term')}\n\nThe parties decided on ${decided} to extend "${agreement.title}" to ${newEnd}.\nThe agreement is extended ${years} at a time while the evaluation is pending, as it is.\nRecords the extension in ${records.agreement.file} and the renewal protocol in ${notice}.`,
    },
    options,
    context,
  );
  return 0;
}
