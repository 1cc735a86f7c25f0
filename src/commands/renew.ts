import { renewalDocument } from '../documents/term-view.js';
import type { IsoDate } from '../lib/dates.js';
import { PreconditionError } from '../lib/errors.js';
import { message } from '../messages/catalogue.js';
import { WORDS } from '../messages/words.js';
import { clauseReference } from '../model/clauses.js';
import type { CommandContext } from '../session/context.js';
import { type DocumentOutput, emitDocument, inDocumentLanguage, renderDocument } from '../session/documents.js';
import { recordNotice, type WriteOptions } from '../session/record-change.js';
import { readCleanRecords } from '../session/records.js';
import { parseSignatories, signatoryNotes } from '../session/signatories.js';
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
      message('renew/refused', {
        year: options.year,
        reasons: refusals.map((refusal) => context.say(refusal.reason)).join(context.say(message('refusals/and'))),
        clause: clauseReference(agreement, 'term'),
      }),
    );
  }

  const inLanguage = inDocumentLanguage(agreement, context);
  const notice = `agreement/notices/${options.year}-${WORDS[inLanguage.language].noticeFile.renewal}.md`;
  const newEnd = extensionEnd(agreement, options.year);
  const signatories = parseSignatories(agreement, options.signatory);
  const signers = agreement.parties.map((party) => party.id);
  const signed = signatoryNotes(agreement, signers, decided, signatories);
  const document = renewalDocument(inLanguage, options.year, decided, signatories);
  const protocol = renderDocument(records, document);

  const written = await emitDocument(protocol, document, options, records, context);
  if (written !== null) context.io.stdout(`${context.say(message('renew/wrote', { file: written }))}\n`);

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
      commitMessage: context.say(
        message('commit/renew', {
          year: options.year,
          clause: clauseReference(agreement, 'term'),
          decided,
          title: agreement.title,
          end: newEnd,
          years: agreement.term.extension_years,
          agreement: records.agreement.file,
          notice,
        }),
      ),
    },
    options,
    context,
  );
  // Who signs, and whether to check it, once the protocol and the record are done.
  for (const note of signed) context.io.stderr(`${context.say(note)}\n`);
  return 0;
}
