import { terminationDocument } from '../documents/term-view.js';
import type { TerminationView } from '../documents/view-types.js';
import { PreconditionError } from '../lib/errors.js';
import { message } from '../messages/catalogue.js';
import { WORDS } from '../messages/words.js';
import { clauseReference } from '../model/clauses.js';
import { partyLabel } from '../model/parties.js';
import type { CommandContext } from '../session/context.js';
import { type DocumentOutput, emitDocument, inDocumentLanguage, renderDocument } from '../session/documents.js';
import { recordNotice, type WriteOptions } from '../session/record-change.js';
import { readCleanRecords } from '../session/records.js';
import { parseSignatories, signatoryNotes } from '../session/signatories.js';
import { holdingTheLock } from '../session/write-session.js';
import { noticePeriodEnd, terminationRefusals } from '../term/termination.js';
import { setMap, verifyEdit } from '../writing/edit-front-matter.js';

export interface TerminateOptions extends WriteOptions, DocumentOutput {
  by: string;
  notified: string;
  /** PARTY=NAME, TITLE for who signs the notice, where it is not the record's signatory. */
  signatory?: string[];
}

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
    throw new PreconditionError(message('terminate/unknown-party', { party: options.by, parties }));
  const refusals = terminationRefusals(agreement, options.notified);
  if (refusals.length > 0) {
    throw new PreconditionError(
      message('terminate/refused', {
        reasons: refusals.map((refusal) => context.say(refusal.reason)).join(context.say(message('refusals/and'))),
        clause: clauseReference(agreement, 'term'),
      }),
    );
  }

  const signatories = parseSignatories(agreement, options.signatory);
  const signed = signatoryNotes(agreement, [options.by], context.today, signatories);
  const inLanguage = inDocumentLanguage(agreement, context);
  const letter = terminationDocument(inLanguage, options.by, options.notified, context.today, signatories);
  const { termination } = letter.view as { termination: TerminationView };
  const { notice_months: months, notice_rule: rule } = agreement.term;
  const periodEnd = noticePeriodEnd(options.notified, months, rule);
  const effective = message('terminate/effective', {
    effective: termination.effective,
    notified: options.notified,
    months,
    rule,
    capped: termination.effective < periodEnd,
  });
  context.io.stderr(`${context.say(effective)}\n`);
  const notice = `agreement/notices/${options.notified}-${WORDS[inLanguage.language].noticeFile.termination}.md`;
  const document = renderDocument(records, letter);

  const written = await emitDocument(document, letter, options, records, context);
  if (written !== null) context.io.stdout(`${context.say(message('terminate/wrote', { file: written }))}\n`);

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
      commitMessage: context.say(
        message('commit/terminate', {
          by: options.by,
          effective: termination.effective,
          clause: clauseReference(agreement, 'term'),
          party: partyLabel(records.agreement.data, options.by, context.today),
          title: agreement.title,
          notified: options.notified,
          months,
          rule,
          agreement: records.agreement.file,
          notice,
        }),
      ),
    },
    options,
    context,
  );
  // Who signs, and whether to check it, once the notice and the record are done.
  for (const note of signed) context.io.stderr(`${context.say(note)}\n`);
  return 0;
}
