/**
 * The agreement init writes: its front matter from the answers, with comments saying what each field
 * is for, and a body that asks for the signed text to be pasted in.
 */
import { Document, type Scalar } from 'yaml';
import type { IsoDate } from '../lib/dates.js';
import { placeholderText } from '../model/agreement-text.js';
import { parseSignatories } from '../session/signatories.js';
import { type Answers, agreementId } from './answers.js';

export interface AgreementOptions {
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

export function agreementFile(answers: Answers, options: AgreementOptions, today: IsoDate): string {
  const perYear = options.perYear ?? 2;
  const noticeMonths = options.noticeMonths ?? 1;
  const signatories = parseSignatories({ parties: answers.parties }, options.signatory);
  const document = new Document({
    id: agreementId(answers.parties),
    title: answers.title,
    parties: answers.parties.map((party) => ({
      ...party,
      ...(signatories[party.id] ? { signatory: signatories[party.id] } : {}),
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
  document.commentBefore = ` Created by partnership init on ${today}. The fields are described in the guide (docs/brukerveiledning.md)\n and, for editors, in the JSON Schemas that partnership schema writes.`;
  comment(['clauses'], 'where the agreement says what, e.g. meetings: "2", term: "7"');
  comment(['term', 'extension_years'], 'an extension runs this many years');
  comment(['term', 'notice_rule'], 'same-date, or end-of-month');
  comment(['meetings', 'per_year'], 'meetings a year, at least');
  comment(['meetings', 'rotation', 'roles'], 'together: one party chairs and takes minutes; split: one each');
  comment(['focus_areas'], 'the focus areas, by letter: A: …');
  return `---\n${document.toString({ lineWidth: 0 })}---\n${placeholderText(answers.title)}`;
}
