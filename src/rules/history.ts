import { type Message, message } from '../messages/catalogue.js';
import { isPlaceholderText } from '../model/agreement-text.js';
import { bodyOf } from '../records/front-matter.js';
import type { MeetingRecord } from '../records/types.js';
import type { Rule } from './rule.js';

/**
 * What was final at the base of a change stays final (`validate --base REF`):
 * approved minutes (front matter and body; only follow-up may be added, an action's done date or a
 * new due date agreed later), held meetings (not deleted, not
 * turned back to planned or cancelled), the extensions, the termination, the
 * notices written, and the agreement's text. Without --base it has nothing to
 * compare with and finds nothing.
 */
export const history: Rule = {
  id: 'history',
  clause: null,
  severity: 'error',
  messages: [
    'history/agenda-changed-after-notice',
    'history/approved-minutes-changed',
    'history/correction-changed',
    'history/correction-without-change',
    'history/extension-changed',
    'history/final-file-deleted',
    'history/held-meeting-unheld',
    'history/notice-changed',
    'history/notice-deleted',
    'history/termination-changed',
    'history/text-changed',
  ],
  mayWarn: true,
  // What was final stays final: the parties change an approved record by a new one, never by accepting the edit.
  explainable: false,
  description:
    "with `--base REF` only: what was final at REF is unchanged: approved minutes (follow-up aside), held meetings (not deleted, not un-held), a saksliste changed after its innkalling went out (warning, until a corrected one is recorded as sent), extensions, the termination, written notices, the agreement's text (which replaces init's placeholder once, and is corrected only with a recorded `text_corrections` entry; an entry with the text unchanged is a warning)",
  check({ records, base }, report) {
    if (!base) return;
    const current = new Map(records.meetings.map((meeting) => [meeting.file, meeting]));
    for (const before of base.meetings) {
      const after = current.get(before.file);
      const { status, minutes_approved: approved } = before.data;
      const changedAfterNotice = after && agendaChangedAfterNotice(before, after);
      if (changedAfterNotice) {
        report(after.at(['agenda'], 'key'), changedAfterNotice, { severity: 'warning' });
      }
      if (status !== 'held' && approved === null) continue;
      if (!after) {
        report(
          { file: before.file, line: 1, column: 1 },
          message('history/final-file-deleted', { date: before.data.date, approved }),
        );
        continue;
      }
      if (approved !== null && after.text !== before.text && !onlyFollowUp(before, after)) {
        report(
          { file: after.file, line: firstDifferentLine(before.text, after.text), column: 1 },
          message('history/approved-minutes-changed', { date: before.data.date, approved }),
        );
      } else if (after.data.status !== 'held') {
        report(
          after.at(['status']),
          message('history/held-meeting-unheld', { date: before.data.date, status: after.data.status }),
        );
      }
    }

    const agreement = records.agreement;
    const previous = base.agreement;
    if (!previous) return;
    previous.data.extensions.forEach((extension, index) => {
      const now = agreement.data.extensions[index];
      if (!now || JSON.stringify(now) !== JSON.stringify(extension)) {
        report(
          now ? agreement.at(['extensions', index]) : agreement.at(['extensions'], 'key'),
          message('history/extension-changed', { year: extension.year, decided: extension.decided }),
        );
      }
    });
    if (
      previous.data.termination &&
      JSON.stringify(previous.data.termination) !== JSON.stringify(agreement.data.termination)
    ) {
      report(
        agreement.at(['termination'], 'key'),
        message('history/termination-changed', { notified: previous.data.termination.notified }),
      );
    }
    for (const path of base.paths) {
      if (!path.startsWith('agreement/notices/') || !path.toLowerCase().endsWith('.md')) continue;
      if (!records.paths.has(path)) {
        report({ file: path, line: 1, column: 1 }, message('history/notice-deleted'));
      } else if (base.notices.get(path) !== records.notices.get(path)) {
        report({ file: path, line: 1, column: 1 }, message('history/notice-changed'));
      }
    }
    const corrections = agreement.data.text_corrections;
    const earlier = previous.data.text_corrections;
    earlier.forEach((correction, index) => {
      if (JSON.stringify(corrections[index]) !== JSON.stringify(correction)) {
        report(
          corrections[index] ? agreement.at(['text_corrections', index]) : agreement.at(['text_corrections'], 'key'),
          message('history/correction-changed', { date: correction.date }),
        );
      }
    });
    // The signed text replaces init's placeholder once; after that, a change of it is a correction with its reason.
    const corrected = corrections.length > earlier.length;
    if (bodyOf(previous) !== bodyOf(agreement) && !isPlaceholderText(bodyOf(previous)) && !corrected) {
      report(
        { file: agreement.file, line: firstDifferentLine(previous.text, agreement.text), column: 1 },
        message('history/text-changed'),
      );
    }
    if (corrected && bodyOf(previous) === bodyOf(agreement)) {
      report(agreement.at(['text_corrections', corrections.length - 1]), message('history/correction-without-change'), {
        severity: 'warning',
      });
    }
  },
};

/**
 * A saksliste changed after its innkalling went out: the parties have a notice that says otherwise. The
 * warning holds until a corrected innkalling is recorded as sent (a new notice_sent).
 */
function agendaChangedAfterNotice(before: MeetingRecord, after: MeetingRecord): Message | undefined {
  const sent = before.data.notice_sent;
  if (sent === null || before.data.status !== 'planned' || after.data.notice_sent !== sent) return undefined;
  if (JSON.stringify(before.data.agenda) === JSON.stringify(after.data.agenda)) return undefined;
  return message('history/agenda-changed-after-notice', { date: before.data.date, sent, meeting: after.id });
}

/**
 * Whether an approved record changed only in its follow-up: an action's done date, or a new due date the
 * parties agreed later. What the meeting agreed, and the referat's text, are as they were.
 */
function onlyFollowUp(before: MeetingRecord, after: MeetingRecord): boolean {
  const agreed = ({ data }: MeetingRecord) =>
    JSON.stringify({
      ...data,
      actions: data.actions.map(({ done: _done, rescheduled: _rescheduled, ...rest }) => rest),
    });
  return bodyOf(before) === bodyOf(after) && agreed(before) === agreed(after);
}

function firstDifferentLine(before: string, after: string): number {
  const a = before.split('\n');
  const b = after.split('\n');
  let line = 0;
  while (line < a.length && line < b.length && a[line] === b[line]) line += 1;
  return line + 1;
}
