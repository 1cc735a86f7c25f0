/**
 * The three kinds of record, as zod strict objects: unknown keys fail, dates
 * must be real calendar dates. Cross-file references (a party id, a focus
 * letter, a meeting id) are checked by the `references` rule, not here.
 *
 * Written with zod/mini, zod 4's functional API: every command loads these
 * schemas, and the chainable API took twice as long to load (14 ms).
 */
import * as z from 'zod/mini';
import { FIRST_YEAR, isInSupportedYears, isRealDate, LAST_YEAR } from '../lib/dates.js';
import { isoFromNorwegianDate } from '../lib/norwegian.js';

// zod compiles a parser per object schema on first use; measured here, plain parsing is faster both
// for a handful of records (~8 ms of start-up) and for 5,000 (1.55 s → 1.35 s in npm run bench).
z.config({ jitless: true });

const quoted = (issue: { input?: unknown }) => `"${String(issue.input)}"`;

const isoDate = z.string({ error: 'expected a date written as YYYY-MM-DD, e.g. 2018-03-14' }).check(
  z.regex(/^\d{4}-\d{2}-\d{2}$/, {
    abort: true,
    error: (issue) => {
      const iso = isoFromNorwegianDate(String(issue.input));
      return iso
        ? `expected a date written as YYYY-MM-DD, not ${quoted(issue)}: did you mean ${iso}?`
        : `expected a date written as YYYY-MM-DD, e.g. 2018-03-14, not ${quoted(issue)}`;
    },
  }),
  z.refine(isRealDate, {
    abort: true,
    error: (issue) => `${String(issue.input)} is not a real calendar date: check the month and the day`,
  }),
  z.refine(isInSupportedYears, {
    error: (issue) => `${String(issue.input)} is outside the years ${FIRST_YEAR}–${LAST_YEAR}: check the year`,
  }),
  z.meta({ description: 'A calendar date, YYYY-MM-DD', format: 'date' }),
);

const clockTime = z.string({ error: 'expected a time written as "HH:MM" (in quotes), e.g. "10:00"' }).check(
  z.regex(/^([01]\d|2[0-3]):[0-5]\d$/, {
    error: (issue) => `expected a time as HH:MM between 00:00 and 23:59, not ${quoted(issue)}`,
  }),
  z.meta({ description: 'Local time in Europe/Oslo, HH:MM' }),
);

const identifier = (what: string, description?: string) =>
  z.string({ error: `expected ${what}: lower-case letters, digits and hyphens` }).check(
    z.regex(/^[a-z0-9][a-z0-9-]*$/, {
      error: (issue) => `expected ${what} of lower-case letters, digits and hyphens, not ${quoted(issue)}`,
    }),
    ...(description ? [z.meta({ description })] : []),
  );

const partyId = identifier('a party id such as "kmd" or "ks"', 'A party, by the id declared in the agreement');
const focusLetter = z
  .string({ error: 'expected a focus area letter such as "A"' })
  .check(
    z.regex(/^[A-Z]$/, { error: (issue) => `expected a focus area letter such as "A", not ${quoted(issue)}` }),
    z.meta({ description: 'A focus area, by its letter in the agreement' }),
  );
const meetingId = z
  .string({ error: 'expected a meeting id: the meeting file name without .md, e.g. 2018-03-14' })
  .check(
    z.regex(/^\d{4}-\d{2}-\d{2}(-\d+)?$/, {
      error: (issue) => `expected a meeting id such as 2018-03-14 or 2018-03-14-2, not ${quoted(issue)}`,
    }),
    z.meta({ description: 'A meeting, by its file name without .md' }),
  );

const text = (what: string) =>
  z
    .string({ error: `expected ${what} as text` })
    .check(z.trim(), z.minLength(1, { error: `${what} must not be empty` }));
/** A whole number within the bounds a real agreement needs: absurd values are errors, not NaN dates. */
const wholeNumber = (what: string, min: number, max: number) =>
  z
    .int({ error: `expected ${what} as a whole number` })
    .check(
      z.minimum(min, { error: `${what} must be at least ${min}` }),
      z.maximum(max, { error: `${what} must be at most ${max}` }),
    );
const described = <T extends z.ZodMiniType>(schema: T, description: string) =>
  schema.check(z.meta({ description })) as T;
/** A value that may be left out or written as null, and is null then. */
const orNull = <T extends z.ZodMiniType>(schema: T) => z._default(z.nullable(schema), null);

const MEETING_STATUSES = ['planned', 'held', 'cancelled'] as const;
const MINUTES_APPROVALS = ['meeting', 'email'] as const;
export type MinutesApproval = (typeof MINUTES_APPROVALS)[number];
const ROTATION_MODES = ['together', 'split'] as const;
const NOTICE_RULES = ['same-date', 'end-of-month'] as const;
/** The topics an agreement's `clauses` give numbers for: where it says what. */
export const CLAUSE_TOPICS = [
  'related_agreements',
  'meetings',
  'consultation',
  'inform',
  'announce',
  'evaluation',
  'term',
] as const;
export type ClauseTopic = (typeof CLAUSE_TOPICS)[number];

/** The periods the scheduler never proposes: fellesferie, ISO weeks 28–30; romjul, 24 December – 1 January. */
export const AVOIDABLE_PERIODS = ['fellesferie', 'romjul'] as const;
export type AvoidablePeriod = (typeof AVOIDABLE_PERIODS)[number];

const signatory = z.strictObject({ name: text("the signatory's name"), title: text("the signatory's title") });

const contact = described(
  z.strictObject({
    name: text("the contact person's name"),
    title: z.optional(text("the contact person's title")),
    email: z.optional(text("the contact person's e-mail address")),
    phone: z.optional(text("the contact person's telephone number")),
  }),
  'The person who writes and signs the meeting documents for the party (saksbehandler)',
);
const unit = described(text("the party's unit"), 'The unit that writes the documents, e.g. Planavdelingen');
const address = described(text("the party's postal address"), 'The postal address a letter to the party carries');

const partyChange = z.strictObject({
  from: described(isoDate, 'The first day the change is in force'),
  name: z.optional(text("the party's new full name")),
  short: z.optional(text("the party's new short name")),
  signatory: z.optional(signatory),
  unit: z.optional(unit),
  address: z.optional(address),
  contact: z.optional(contact),
});

const party = z.strictObject({
  id: partyId,
  name: text("the party's full name"),
  short: text("the party's short name"),
  on_behalf_of: described(
    z.optional(text('whom the party acts for')),
    'Whom the party signs for, as the agreement names it: "regjeringen" gives "regjeringen ved <name>"',
  ),
  signatory: described(
    z.optional(signatory),
    'Who signs for the party (protocols, notices); a document leaves the name to be written in when none is given',
  ),
  unit: z.optional(unit),
  address: z.optional(address),
  contact: z.optional(contact),
  case_number: described(
    z.optional(text("the party's case number")),
    'The party\'s archive case number (saksnummer) for the agreement, e.g. "17/4321": «Vår ref.» in its letters',
  ),
  changes: described(
    z._default(z.array(partyChange), []),
    'From a date on, a new name, short name, signatory, unit, address or contact (only what changed); the id never changes',
  ),
});

const extension = z.strictObject({
  year: wholeNumber('the year the extension starts', FIRST_YEAR, LAST_YEAR),
  decided: isoDate,
  notice: described(
    z.optional(text('the path of the renewal protocol')),
    'The protocol under agreement/notices/; none when the extension was agreed by letter',
  ),
});

const termination = z.strictObject({
  by: partyId,
  notified: described(isoDate, 'The date the other party received the notice'),
  effective: described(isoDate, 'The date the agreement ends'),
  notice: described(
    z.optional(text('the path of the termination notice')),
    'The notice under agreement/notices/; none when it was given by a letter the tool did not write',
  ),
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
  done: orNull(isoDate),
});

const consultation = z.strictObject({
  id: identifier('an id'),
  question: text('the question'),
  raised_by: partyId,
  notified_in: described(meetingId, 'The meeting whose agenda first gave notice of the question'),
  brought: described(orNull(isoDate), 'When it was brought to konsultasjonsordningen; null while not yet'),
});

const deviation = z
  .strictObject({
    rule: text('the id of the rule whose finding is accepted'),
    year: z.optional(wholeNumber('the year the finding is about', FIRST_YEAR, LAST_YEAR)),
    meeting: z.optional(described(meetingId, 'The meeting the finding is about')),
    reason: text('why the parties accept it'),
    agreed_in: z.optional(described(meetingId, 'The meeting where the parties agreed to it')),
  })
  .check(
    z.refine((value) => (value.year === undefined) !== (value.meeting === undefined), {
      error: 'a deviation names either the year or the meeting the finding is about: one of year or meeting',
    }),
  );

export const agreementSchema = z
  .strictObject({
    id: identifier("the agreement's id"),
    title: text("the agreement's title"),
    parties: z.array(party).check(z.minLength(2, { error: 'an agreement needs at least two parties' })),
    signed: described(isoDate, 'Signing date: the agreement is in force from it'),
    clauses: described(
      z._default(z.partialRecord(z.enum(CLAUSE_TOPICS), text('the clause number')), {}),
      'Where the agreement says what: its clause numbers, e.g. meetings: "2"; findings and documents cite these',
    ),
    term: z.strictObject({
      end: described(isoDate, 'The end of the original term'),
      extension_years: wholeNumber('extension_years', 1, 10),
      extension_requires: z.enum(['evaluation-pending']),
      notice_months: wholeNumber('notice_months', 0, 36),
      notice_rule: z.enum(NOTICE_RULES),
    }),
    evaluation: z.strictObject({ due: isoDate, completed: orNull(isoDate) }),
    extensions: z._default(z.array(extension), []),
    termination: orNull(termination),
    meetings: z.strictObject({
      per_year: wholeNumber('per_year', 1, 52),
      level: text('the meeting level'),
      convener: partyId,
      rotation: z.strictObject({ roles: z.enum(ROTATION_MODES), first: partyId }),
      notice_days: wholeNumber('notice_days', 0, 365),
      documents_days: wholeNumber('documents_days', 0, 365),
      avoid: z._default(z.array(z.enum(AVOIDABLE_PERIODS)), []),
      reminders: described(
        z._default(
          z.strictObject({
            meeting: z._default(z.array(wholeNumber('days before a meeting', 0, 60)), [7, 1]),
            deadline: z._default(z.array(wholeNumber('days before a deadline', 0, 60)), [2]),
          }),
          { meeting: [7, 1], deadline: [2] },
        ),
        'Calendar reminders, in days before: meetings and deadlines',
      ),
    }),
    focus_areas: z.record(focusLetter, text('the focus area')),
    related_agreements: z._default(z.array(relatedAgreement), []),
    obligations: z._default(z.array(obligation), []),
    consultations: z._default(z.array(consultation), []),
    deviations: described(
      z._default(z.array(deviation), []),
      'Findings the parties have accepted, each with its reason: reported as explained, not as errors or warnings',
    ),
  })
  .check(z.meta({ title: 'Agreement', description: "agreement/agreement.md: the agreement's rules in front matter" }));

const agendaItem = z.strictObject({
  title: text("the item's title"),
  focus: z.optional(focusLetter),
  proposed_by: partyId,
  consultation: described(
    z.optional(identifier('a consultation id')),
    'This item gives notice of a question for konsultasjonsordningen',
  ),
  attachments: described(
    z._default(z.array(text('an attachment')), []),
    'The case documents sent with the item (vedlegg), by title',
  ),
});

const action = z.strictObject({
  text: text('what is to be done'),
  item: z.optional(described(wholeNumber('the agenda item', 1, 999), 'The agenda item (1-based) it came from')),
  responsible: z.array(partyId).check(z.minLength(1, { error: 'name at least one responsible party' })),
  due: orNull(isoDate),
  done: described(orNull(isoDate), 'The date it was done; null while open'),
});

const peopleByParty = z.record(partyId, z.array(text('a role or name')));

export const meetingSchema = z
  .strictObject({
    uid: described(
      z.optional(identifier("the meeting's calendar identity")),
      "The meeting's identity in calendars, kept when it moves to another date; new meeting writes one",
    ),
    date: isoDate,
    time: orNull(clockTime),
    place: orNull(text('the place')),
    status: z.enum(MEETING_STATUSES),
    chair: described(partyId, 'Møteleder (party)'),
    minutes: described(partyId, 'Referent (party)'),
    notice_sent: orNull(isoDate),
    documents_sent: orNull(isoDate),
    attendees: z._default(peopleByParty, {}),
    absent: z._default(peopleByParty, {}),
    agenda: z._default(z.array(agendaItem), []),
    actions: described(
      z._default(z.array(action), []),
      'Oppfølging agreed in the meeting; open ones are carried to later agendas',
    ),
    minutes_approved: orNull(isoDate),
    minutes_approved_via: described(
      orNull(z.enum(MINUTES_APPROVALS)),
      'How both parties approved the minutes: in a later meeting (held on minutes_approved), or by e-mail',
    ),
    rotation_note: orNull(text('the rotation note')),
    references: described(
      z._default(z.strictObject({ agenda: orNull(text('the reference')), minutes: orNull(text('the reference')) }), {
        agenda: null,
        minutes: null,
      }),
      'The archive references (e.g. "17/4321-12") of the innkalling and the referat in the sender\'s archive',
    ),
    copy: described(z._default(z.array(text('a recipient')), []), 'Who receives a copy (kopi) of the documents'),
    exempt_from_access: described(
      orNull(text('the legal basis')),
      'Documents are public (offentleglova); the basis when they are not, e.g. "offl. § 15 første ledd"',
    ),
  })
  .check(z.meta({ title: 'Meeting', description: 'meetings/YYYY-MM-DD.md: one collaboration meeting' }));

export const annualPlanSchema = z
  .strictObject({
    year: wholeNumber("the plan's year", FIRST_YEAR, LAST_YEAR),
    status: z.enum(['draft', 'adopted']),
    adopted_in: orNull(meetingId),
    priorities: z._default(
      z.array(
        z.strictObject({
          title: text("the priority's title"),
          focus: focusLetter,
          responsible: z.array(partyId).check(z.minLength(1, { error: 'name at least one responsible party' })),
          due: orNull(isoDate),
          status: z.enum(['planned', 'ongoing', 'done', 'dropped']),
        }),
      ),
      [],
    ),
  })
  .check(z.meta({ title: 'Annual plan', description: 'annual-plans/YYYY.md: årsplan, an appendix to the agreement' }));

export type Agreement = z.output<typeof agreementSchema>;
export type Meeting = z.output<typeof meetingSchema>;
export type AnnualPlan = z.output<typeof annualPlanSchema>;

export const RECORD_SCHEMAS = {
  agreement: agreementSchema,
  meeting: meetingSchema,
  'annual-plan': annualPlanSchema,
} as const;

export type RecordKind = keyof typeof RECORD_SCHEMAS;
