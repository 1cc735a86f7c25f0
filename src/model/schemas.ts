/**
 * The three kinds of record, as zod strict objects: unknown keys fail, dates
 * must be real calendar dates. Cross-file references (a party id, a focus
 * letter, a meeting id) are checked by the `references` rule, not here.
 */
import * as z from 'zod';
import { isRealDate } from '../dates.js';
import { AVOIDABLE_PERIODS } from '../schedule/holidays.js';

// zod compiles a parser per object schema on first use; measured here, plain parsing is faster both
// for a handful of records (~8 ms of start-up) and for 5,000 (1.55 s → 1.35 s in npm run bench).
z.config({ jitless: true });

export const isoDate = z
  .string({ error: 'expected a date written as YYYY-MM-DD, e.g. 2018-03-14' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { abort: true, error: (issue) => `expected a date written as YYYY-MM-DD, e.g. 2018-03-14, not "${String(issue.input)}"` })
  .refine(isRealDate, { error: (issue) => `${String(issue.input)} is not a real calendar date: check the month and the day` })
  .meta({ description: 'A calendar date, YYYY-MM-DD', format: 'date' });

export const clockTime = z
  .string({ error: 'expected a time written as "HH:MM" (in quotes), e.g. "10:00"' })
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: (issue) => `expected a time as HH:MM between 00:00 and 23:59, not "${String(issue.input)}"` })
  .meta({ description: 'Local time in Europe/Oslo, HH:MM' });

const identifier = (what: string) =>
  z
    .string({ error: `expected ${what}: lower-case letters, digits and hyphens` })
    .regex(/^[a-z0-9][a-z0-9-]*$/, { error: (issue) => `expected ${what} of lower-case letters, digits and hyphens, not "${String(issue.input)}"` });

export const partyId = identifier('a party id such as "kmd" or "ks"').meta({ description: 'A party, by the id declared in the agreement' });
export const focusLetter = z
  .string({ error: 'expected a focus area letter such as "A"' })
  .regex(/^[A-Z]$/, { error: (issue) => `expected a focus area letter such as "A", not "${String(issue.input)}"` })
  .meta({ description: 'A focus area, by its letter in the agreement (§2)' });
export const meetingId = z
  .string({ error: 'expected a meeting id: the meeting file name without .md, e.g. 2018-03-14' })
  .regex(/^\d{4}-\d{2}-\d{2}(-\d+)?$/, { error: (issue) => `expected a meeting id such as 2018-03-14 or 2018-03-14-2, not "${String(issue.input)}"` })
  .meta({ description: 'A meeting, by its file name without .md' });

const text = (what: string) => z.string({ error: `expected ${what} as text` }).trim().min(1, { error: `${what} must not be empty` });
const wholeNumber = (what: string, min: number) =>
  z.int({ error: `expected ${what} as a whole number` }).min(min, { error: `${what} must be at least ${min}` });

export const MEETING_STATUSES = ['planned', 'held', 'cancelled'] as const;
export const ROTATION_MODES = ['together', 'split'] as const;
export const NOTICE_RULES = ['same-date', 'end-of-month'] as const;

const party = z.strictObject({
  id: partyId,
  name: text('the party\'s full name'),
  short: text('the party\'s short name'),
  signatory: z.strictObject({ name: text('the signatory\'s name'), title: text('the signatory\'s title') }),
});

const extension = z.strictObject({
  year: wholeNumber('the year the term is extended to', 1900),
  decided: isoDate,
  notice: text('the path of the renewal protocol'),
});

const termination = z.strictObject({
  by: partyId,
  notified: isoDate.meta({ description: 'The date the other party received the notice' }),
  effective: isoDate.meta({ description: 'The date the agreement ends' }),
  notice: text('the path of the termination notice'),
});

const relatedAgreement = z.strictObject({
  id: identifier('an id'),
  title: text('the title'),
  start: isoDate,
  end: isoDate,
  parties: z.array(text('a party name')),
});

const obligation = z.strictObject({
  id: identifier('an id'),
  clause: z.string({ error: 'expected the clause as text in quotes, e.g. "4"' }),
  text: text('what the duty is'),
  due: isoDate,
  done: isoDate.nullable().default(null),
});

const consultation = z.strictObject({
  id: identifier('an id'),
  question: text('the question'),
  raised_by: partyId,
  notified_in: meetingId.meta({ description: 'The meeting whose agenda first gave notice of the question' }),
  brought: isoDate.nullable().default(null).meta({ description: 'When it was brought to konsultasjonsordningen; null while not yet' }),
});

export const agreementSchema = z
  .strictObject({
    id: identifier('the agreement\'s id'),
    title: text('the agreement\'s title'),
    parties: z.array(party).min(2, { error: 'an agreement needs at least two parties' }),
    signed: isoDate.meta({ description: 'Signing date; §7: in force from the signing date' }),
    term: z.strictObject({
      end: isoDate.meta({ description: 'The end of the original term' }),
      extension_years: wholeNumber('extension_years', 1),
      extension_requires: z.enum(['evaluation-pending']),
      notice_months: wholeNumber('notice_months', 0),
      notice_rule: z.enum(NOTICE_RULES),
    }),
    evaluation: z.strictObject({ due: isoDate, completed: isoDate.nullable().default(null) }),
    extensions: z.array(extension).default([]),
    termination: termination.nullable().default(null),
    meetings: z.strictObject({
      per_year: wholeNumber('per_year', 1),
      level: text('the meeting level'),
      convener: partyId,
      rotation: z.strictObject({ roles: z.enum(ROTATION_MODES), first: partyId }),
      notice_days: wholeNumber('notice_days', 0),
      documents_days: wholeNumber('documents_days', 0),
      avoid: z.array(z.enum(AVOIDABLE_PERIODS)).default([]),
    }),
    focus_areas: z.record(focusLetter, text('the focus area')),
    related_agreements: z.array(relatedAgreement).default([]),
    obligations: z.array(obligation).default([]),
    consultations: z.array(consultation).default([]),
  })
  .meta({ title: 'Agreement', description: 'agreement/agreement.md: the agreement\'s rules in front matter' });

const agendaItem = z.strictObject({
  title: text('the item\'s title'),
  focus: focusLetter.optional(),
  proposed_by: partyId,
  consultation: identifier('a consultation id').optional().meta({
    description: '§2: this item gives notice of a question for konsultasjonsordningen',
  }),
});

const peopleByParty = z.record(partyId, z.array(text('a role or name')));

export const meetingSchema = z
  .strictObject({
    date: isoDate,
    time: clockTime.nullable().default(null),
    place: text('the place').nullable().default(null),
    status: z.enum(MEETING_STATUSES),
    chair: partyId.meta({ description: 'Møteleder (party)' }),
    minutes: partyId.meta({ description: 'Referent (party)' }),
    notice_sent: isoDate.nullable().default(null),
    documents_sent: isoDate.nullable().default(null),
    attendees: peopleByParty.default({}),
    absent: peopleByParty.default({}),
    agenda: z.array(agendaItem).default([]),
    minutes_approved: isoDate.nullable().default(null),
    rotation_note: text('the rotation note').nullable().default(null),
  })
  .meta({ title: 'Meeting', description: 'meetings/YYYY-MM-DD.md: one collaboration meeting' });

export const annualPlanSchema = z
  .strictObject({
    year: wholeNumber('the plan\'s year', 1900),
    status: z.enum(['draft', 'adopted']),
    adopted_in: meetingId.nullable().default(null),
    priorities: z
      .array(
        z.strictObject({
          title: text('the priority\'s title'),
          focus: focusLetter,
          responsible: z.array(partyId).min(1, { error: 'name at least one responsible party' }),
          due: isoDate.nullable().default(null),
          status: z.enum(['planned', 'ongoing', 'done', 'dropped']),
        }),
      )
      .default([]),
  })
  .meta({ title: 'Annual plan', description: 'annual-plans/YYYY.md: årsplan, an appendix to the agreement (§2)' });

export type Agreement = z.output<typeof agreementSchema>;
export type Meeting = z.output<typeof meetingSchema>;
export type AnnualPlan = z.output<typeof annualPlanSchema>;
export type Party = Agreement['parties'][number];
export type MeetingStatus = (typeof MEETING_STATUSES)[number];

export const RECORD_SCHEMAS = {
  agreement: agreementSchema,
  meeting: meetingSchema,
  'annual-plan': annualPlanSchema,
} as const;

export type RecordKind = keyof typeof RECORD_SCHEMAS;
