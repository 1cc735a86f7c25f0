/**
 * The agreement init writes: its front matter from the answers, with comments saying what each field
 * is for, and a body that asks for the signed text to be pasted in.
 */

import { Document, type Scalar } from 'yaml';
import type { IsoDate } from '../lib/dates.js';
import { type Message, message } from '../messages/catalogue.js';
import type { DocumentLanguage } from '../messages/language.js';
import { placeholderText } from '../model/agreement-text.js';
import { parseSignatories } from '../session/signatories.js';
import { type Answers, agreementId } from './answers.js';
import { type ApproverOptions, parseApprovers } from './approvers.js';

export interface AgreementOptions extends ApproverOptions {
  perYear?: number;
  noticeMonths?: number;
  noticeRule?: 'same-date' | 'end-of-month';
  extensionYears?: number;
  roles?: 'together' | 'split';
  /** The party whose turn the first meeting is; the convener when not given. */
  first?: string;
  /** PARTY=NAME, TITLE: who signs for a party. */
  signatory?: string[];
}

export function agreementFile(
  answers: Answers,
  options: AgreementOptions,
  today: IsoDate,
  language: DocumentLanguage,
  say: (text: Message) => string,
): string {
  const perYear = options.perYear ?? 2;
  const noticeMonths = options.noticeMonths ?? 1;
  const signatories = parseSignatories({ parties: answers.parties }, options.signatory);
  const approvers = parseApprovers(
    answers.parties.map((party) => party.id),
    options,
  );
  const document = new Document({
    id: agreementId(answers.parties),
    title: answers.title,
    ...(language === 'nb' ? {} : { language }),
    parties: answers.parties.map((party) => ({
      ...party,
      ...(signatories[party.id] ? { signatory: signatories[party.id] } : {}),
      ...(approvers[party.id] ? { github: approvers[party.id] } : {}),
    })),
    signed: answers.signed,
    clauses: {},
    term: {
      end: answers.end,
      extension_years: options.extensionYears ?? 1,
      extension_requires: 'evaluation-pending',
      notice_months: noticeMonths,
      notice_rule: options.noticeRule ?? 'same-date',
    },
    evaluation: { due: answers.end, completed: null },
    extensions: [],
    termination: null,
    meetings: {
      per_year: perYear,
      level: 'administrative',
      convener: answers.convener,
      rotation: { roles: options.roles ?? 'together', first: options.first ?? answers.convener },
      notice_days: 14,
      documents_days: 7,
      avoid: ['fellesferie', 'romjul'],
    },
    focus_areas: {},
    obligations: [],
    consultations: [],
    deviations: [],
  });
  const comment = (path: string[], text: string) => {
    const node = document.getIn(path, true) as Scalar | undefined;
    if (node) node.comment = ` ${text}`;
  };
  document.commentBefore = say(message('init/comment-created', { today }));
  comment(['clauses'], say(message('init/comment-clauses')));
  comment(['term', 'extension_years'], say(message('init/comment-extension-years')));
  comment(['term', 'notice_rule'], say(message('init/comment-notice-rule')));
  comment(['meetings', 'per_year'], say(message('init/comment-per-year')));
  comment(['meetings', 'rotation', 'roles'], say(message('init/comment-roles')));
  comment(['focus_areas'], say(message('init/comment-focus-areas')));
  return `---\n${document.toString({ lineWidth: 0 })}---\n${placeholderText(answers.title, language)}`;
}
