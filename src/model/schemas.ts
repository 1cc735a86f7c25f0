/**
 * The three kinds of record, as zod strict objects: unknown keys fail, dates
 * must be real calendar dates. Cross-file references (a party id, a focus
 * letter, a meeting id) are checked by the `references` rule, not here.
 *
 * Written with zod/mini, zod 4's functional API: every command loads these
 * schemas, and the chainable API took twice as long to load (14 ms).
 */
import * as z from 'zod/mini';
import { CLOCK_TIME, FIRST_YEAR, isInSupportedYears, isRealDate, LAST_YEAR } from '../lib/dates.js';
import { clockTimeFrom, isoFromNorwegianDate } from '../lib/norwegian.js';
import { DOCUMENT_LANGUAGES } from '../messages/language.js';
import { schemaError } from './schema-message.js';

// zod compiles a parser per object schema on first use; measured here, plain parsing is faster both
// for a handful of records (~8 ms of start-up) and for 5,000 (1.55 s → 1.35 s in npm run bench).
z.config({ jitless: true });

const isoDate = z.string({ error: schemaError('schema/date-expected') }).check(
  z.regex(/^\d{4}-\d{2}-\d{2}$/, {
    abort: true,
    error: (issue) => {
      const input = String(issue.input);
      return schemaError('schema/date-format', { input, meant: isoFromNorwegianDate(input) ?? null });
    },
  }),
  z.refine(isRealDate, {
    abort: true,
    error: (issue) => schemaError('schema/not-a-real-date', { input: String(issue.input) }),
  }),
  z.refine(isInSupportedYears, {
    error: (issue) =>
      schemaError('schema/date-out-of-range', { input: String(issue.input), first: FIRST_YEAR, last: LAST_YEAR }),
  }),
  z.meta({ description: 'A calendar date, YYYY-MM-DD', format: 'date' }),
);

const clockTime = z
  .string({
    error: (issue) => {
      // 10.30 without quotes is the number 10.3 in YAML: read back as written, it is a time.
      const written = typeof issue.input === 'number' ? issue.input.toFixed(2) : String(issue.input);
      const meant = clockTimeFrom(written);
      return schemaError('schema/time-expected', { meant: meant ?? null });
    },
  })
  .check(
    z.regex(CLOCK_TIME, {
      error: (issue) => {
        const input = String(issue.input);
        return schemaError('schema/time-format', { input, meant: clockTimeFrom(input) ?? null });
      },
    }),
    z.meta({ description: 'Local time in Europe/Oslo, HH:MM' }),
  );

const identifier = (what: string, description?: string) =>
  z.string({ error: schemaError('schema/identifier-expected', { what }) }).check(
    z.regex(/^[a-z0-9][a-z0-9-]*$/, {
      error: (issue) => schemaError('schema/identifier-format', { what, input: String(issue.input) }),
    }),
    ...(description ? [z.meta({ description })] : []),
  );

const partyId = identifier(
  'a party id (the id the agreement gives the party, such as "ks")',
  'A party, by the id declared in the agreement',
);
const focusLetter = z.string({ error: schemaError('schema/focus-letter-expected') }).check(
  z.regex(/^[A-Z]$/, {
    error: (issue) => schemaError('schema/focus-letter-format', { input: String(issue.input) }),
  }),
  z.meta({ description: 'A focus area, by its letter in the agreement' }),
);
const meetingId = z.string({ error: schemaError('schema/meeting-id-expected') }).check(
  z.regex(/^\d{4}-\d{2}-\d{2}(-\d+)?$/, {
    error: (issue) => schemaError('schema/meeting-id-format', { input: String(issue.input) }),
  }),
  z.meta({ description: 'A meeting, by its file name without .md' }),
);

/** A case as the saksliste numbers it: "3/25". */
const caseNumber = z.string().check(
  z.regex(/^\d{1,3}\/\d{2}$/, {
    error: (issue) => schemaError('schema/case-number-format', { input: String(issue.input) }),
  }),
);

const text = (what: string) =>
  z
    .string({ error: schemaError('schema/text-expected', { what }) })
    .check(z.trim(), z.minLength(1, { error: schemaError('schema/text-empty', { what }) }));
/** A whole number within the bounds a real agreement needs: absurd values are errors, not NaN dates. */
const wholeNumber = (what: string, min: number, max: number) =>
  z
    .int({ error: schemaError('schema/number-expected', { what }) })
    .check(
      z.minimum(min, { error: schemaError('schema/number-at-least', { what, min }) }),
      z.maximum(max, { error: schemaError('schema/number-at-most', { what, max }) }),
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

/**
 * The periods the scheduler never proposes, by name: fellesferie, ISO weeks 28–30; romjul, 24 December –
 * 1 January; påske, palmesøndag to 2. påskedag (computed each year).
 */
export const AVOIDABLE_PERIODS = ['fellesferie', 'romjul', 'påske'] as const;
export type NamedPeriod = (typeof AVOIDABLE_PERIODS)[number];
/** A period of the parties' own, every year: days of the year (which may wrap into January), or ISO weeks. */
export type OwnPeriod = { name: string; from: string; to: string } | { name: string; weeks: number[] };
export type AvoidablePeriod = NamedPeriod | OwnPeriod;

const monthDay = z.string().check(
  z.regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, {
    error: (issue) => schemaError('schema/month-day-format', { input: String(issue.input) }),
  }),
);

const avoidablePeriod = z.union(
  [
    z.enum(AVOIDABLE_PERIODS),
    z.strictObject({
      name: described(text("the period's name"), 'What the period is called, e.g. vinterferie'),
      from: described(monthDay, 'Its first day each year, MM-DD'),
      to: described(monthDay, 'Its last day each year, MM-DD (before from: it runs into the next year)'),
    }),
    z.strictObject({
      name: described(text("the period's name"), 'What the period is called, e.g. vinterferie'),
      weeks: described(
        z.array(wholeNumber('an ISO week', 1, 53)).check(z.minLength(1, { error: schemaError('schema/weeks-empty') })),
        'Its ISO weeks each year, e.g. [8] (vinterferie in Oslo and Viken)',
      ),
    }),
  ],
  {
    error: (issue) => schemaError('schema/avoid-period', { input: JSON.stringify(issue.input) }),
  },
);

const signatory = z.strictObject({
  name: described(text("the signatory's name"), 'The name, as it is signed'),
  title: described(
    text("the signatory's title"),
    'The title after the name, e.g. kommunal- og distriktsminister (documents write it in lower case)',
  ),
});

const contact = described(
  z.strictObject({
    name: described(text("the contact person's name"), 'The name, as the documents give it'),
    title: z.optional(described(text("the contact person's title"), 'The title, e.g. seniorrådgiver')),
    email: z.optional(described(text("the contact person's e-mail address"), 'The e-mail address')),
    phone: z.optional(described(text("the contact person's telephone number"), 'The telephone number')),
  }),
  'The person who writes and signs the meeting documents for the party (saksbehandler)',
);
const unit = described(text("the party's unit"), 'The unit that writes the documents, e.g. Planavdelingen');
const address = described(text("the party's postal address"), 'The postal address a letter to the party carries');

/** A name on GitHub: a user's login, or an organisation's team as CODEOWNERS writes it (@org/team). */
const githubName = (what: string, pattern: RegExp, example: string) =>
  z.string({ error: schemaError('schema/text-expected', { what }) }).check(
    z.regex(pattern, {
      error: (issue) => schemaError('schema/github-name-format', { what, example, input: String(issue.input) }),
    }),
  );
const githubLogin = githubName('a GitHub login', /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/, 'kari-ks');
const github = described(
  z.strictObject({
    team: z.optional(
      described(
        githubName('a GitHub team', /^@[A-Za-z0-9][A-Za-z0-9-]*\/[A-Za-z0-9][A-Za-z0-9._-]*$/, '@ks-no/plansamarbeid'),
        "The party's team in the repository's organisation, as CODEOWNERS names it: @org/team",
      ),
    ),
    team_id: z.optional(
      described(
        wholeNumber("the team's id", 1, Number.MAX_SAFE_INTEGER),
        "The team's number on GitHub (gh api orgs/ORG/teams/TEAM --jq .id): the ruleset requires the team's approval by it",
      ),
    ),
    reviewers: described(
      z._default(z.array(githubLogin), []),
      'The GitHub logins of those who approve pull requests for the party: validate --approvals counts their approvals',
    ),
  }),
  'Who approves changes to the records for the party in GitHub, the team or named people (CODEOWNERS, the ruleset, validate --approvals)',
);

const partyChange = z.strictObject({
  from: described(isoDate, 'The first day the change is in force'),
  name: z.optional(described(text("the party's new full name"), 'The full name from that day')),
  short: z.optional(described(text("the party's new short name"), 'The short name from that day')),
  signatory: z.optional(described(signatory, 'Who signs for the party from that day')),
  unit: z.optional(unit),
  address: z.optional(address),
  contact: z.optional(contact),
});

const party = z.strictObject({
  id: described(partyId, "The party's id, which every other record uses for it; it never changes"),
  name: described(text("the party's full name"), 'The full name, e.g. Kommunal- og distriktsdepartementet'),
  short: described(text("the party's short name"), 'The short name, e.g. KDD'),
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
  github: z.optional(github),
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
  year: described(wholeNumber('the year the extension starts', FIRST_YEAR, LAST_YEAR), 'The first year it covers'),
  decided: described(isoDate, 'When the parties agreed it, before the term it extends ran out'),
  notice: described(
    z.optional(text('the path of the renewal protocol')),
    'The protocol under agreement/notices/; none when the extension was agreed by letter',
  ),
});

const termination = z.strictObject({
  by: described(partyId, 'The party that gave notice'),
  notified: described(isoDate, 'The date the other party received the notice'),
  effective: described(isoDate, "The last day in force: the notice rule's date, or the term's end if that comes first"),
  notice: described(
    z.optional(text('the path of the termination notice')),
    'The notice under agreement/notices/; none when it was given by a letter the tool did not write',
  ),
});

const relatedAgreement = z.strictObject({
  id: identifier('an id', "The related agreement's id"),
  title: described(text('the title'), 'Its title'),
  start: described(isoDate, 'The first day it runs'),
  end: described(isoDate, 'The last day it runs'),
  parties: described(z.array(text('a party name')), 'Its parties, by name'),
});

const obligation = z.strictObject({
  id: identifier('an id', "The duty's id"),
  clause: described(
    z.string({ error: schemaError('schema/clause-expected') }),
    'The clause that sets the duty, in quotes, e.g. "4"',
  ),
  text: described(text('what the duty is'), 'What is to be done'),
  due: described(isoDate, 'When it is due'),
  done: described(orNull(isoDate), 'The date it was done; null while open'),
});

const consultation = z.strictObject({
  id: identifier('an id', "The question's id, which an agenda item's consultation names"),
  question: described(text('the question'), 'The question for konsultasjonsordningen'),
  raised_by: described(partyId, 'The party that raised it'),
  notified_in: described(meetingId, 'The meeting whose agenda first gave notice of the question'),
  brought: described(orNull(isoDate), 'When it was brought to konsultasjonsordningen; null while not yet'),
});

const deviation = z
  .strictObject({
    rule: described(
      text('the id of the rule whose finding is accepted'),
      'The id of the rule whose finding is accepted',
    ),
    year: z.optional(
      described(wholeNumber('the year the finding is about', FIRST_YEAR, LAST_YEAR), 'The year the finding is about'),
    ),
    meeting: z.optional(described(meetingId, 'The meeting the finding is about')),
    reason: described(text('why the parties accept it'), 'Why the parties accept it'),
    agreed_in: z.optional(described(meetingId, 'The meeting where the parties agreed to it')),
  })
  .check(
    z.refine((value) => (value.year === undefined) !== (value.meeting === undefined), {
      error: schemaError('schema/deviation-year-or-meeting'),
    }),
  );

export const agreementSchema = z
  .strictObject({
    id: identifier(
      "the agreement's id",
      "The agreement's id, e.g. ks-kdd-planlegging: in calendar identities and file names",
    ),
    title: described(text("the agreement's title"), 'The title, as the agreement gives it'),
    language: described(
      z._default(z.enum(DOCUMENT_LANGUAGES), 'nb'),
      "The written standard of the agreement's documents and report: nb (bokmål) or nn (nynorsk); --lang nb or --lang nn writes one document in the other",
    ),
    parties: described(
      z.array(party).check(z.minLength(2, { error: schemaError('schema/two-parties') })),
      'The parties, at least two',
    ),
    signed: described(isoDate, 'Signing date: the agreement is in force from it'),
    clauses: described(
      z._default(z.partialRecord(z.enum(CLAUSE_TOPICS), text('the clause number')), {}),
      'Where the agreement says what: its clause numbers, e.g. meetings: "2"; findings and documents cite these',
    ),
    term: described(
      z.strictObject({
        end: described(isoDate, 'The end of the original term'),
        extension_years: described(wholeNumber('extension_years', 1, 10), 'An extension runs this many years'),
        extension_requires: described(
          z.enum(['evaluation-pending']),
          'What an extension needs: evaluation-pending, it is extended only while the evaluation is pending',
        ),
        notice_months: described(wholeNumber('notice_months', 0, 36), 'The notice period, in months'),
        notice_rule: described(
          z.enum(NOTICE_RULES),
          'same-date: in force until the same date N months after the notice was received (the end of a shorter month); end-of-month: until the end of the Nth month after receipt',
        ),
      }),
      'The term, its extension and its notice',
    ),
    evaluation: described(
      z.strictObject({
        due: described(isoDate, 'When the evaluation is due'),
        completed: described(orNull(isoDate), 'The date it was done; null while pending'),
      }),
      'The evaluation of the cooperation',
    ),
    extensions: described(z._default(z.array(extension), []), 'The extensions agreed, in order'),
    termination: described(orNull(termination), 'The notice of termination, once given; null while none is'),
    meetings: described(
      z.strictObject({
        per_year: described(wholeNumber('per_year', 1, 52), 'Meetings a year, at least'),
        level: described(text('the meeting level'), 'The level the parties meet at, e.g. administrative'),
        convener: described(partyId, 'The party that sends the notice and the case documents'),
        rotation: described(
          z.strictObject({
            roles: described(
              z.enum(ROTATION_MODES),
              'together: one party both chairs and takes the minutes; split: one chairs, the other takes the minutes',
            ),
            first: described(partyId, 'Who has the turn at the first meeting'),
          }),
          'Who chairs and takes the minutes, meeting by meeting, in turn',
        ),
        notice_days: described(
          wholeNumber('notice_days', 0, 365),
          'The notice (innkalling) goes out this many days before',
        ),
        documents_days: described(
          wholeNumber('documents_days', 0, 365),
          'The case documents go out this many days before',
        ),
        avoid: described(
          z._default(z.array(avoidablePeriod), []),
          'Periods the scheduler never proposes: fellesferie (ISO weeks 28–30), romjul (24 December – 1 January), påske (palmesøndag to 2. påskedag), and periods of your own, { name, weeks: [8] } or { name, from: MM-DD, to: MM-DD }',
        ),
        reminders: described(
          z._default(
            z.strictObject({
              meeting: described(
                z._default(z.array(wholeNumber('days before a meeting', 0, 60)), [7, 1]),
                'Days before a meeting',
              ),
              deadline: described(
                z._default(z.array(wholeNumber('days before a deadline', 0, 60)), [2]),
                'Days before a deadline (the case documents, an obligation, the evaluation)',
              ),
              notice: described(
                z._default(z.array(wholeNumber('days before the notice deadline', 0, 60)), [7, 2]),
                "Days before the convener's deadline for the notice (innkalling)",
              ),
              renewal: described(
                z._default(z.array(wholeNumber('days before the renewal decision', 0, 366)), [56, 28]),
                'Days before the term runs out, to decide on an extension: two ministries need weeks for it',
              ),
            }),
            { meeting: [7, 1], deadline: [2], notice: [7, 2], renewal: [56, 28] },
          ),
          'Calendar reminders, in days before: meetings, deadlines, the notice deadline and the renewal decision',
        ),
      }),
      'How the parties meet: how often, who convenes, the rotation, the deadlines',
    ),
    focus_areas: described(z.record(focusLetter, text('the focus area')), 'The focus areas, by letter: A: …'),
    related_agreements: described(z._default(z.array(relatedAgreement), []), 'Other agreements this one names'),
    obligations: described(z._default(z.array(obligation), []), 'Duties with a date and a status'),
    consultations: described(
      z._default(z.array(consultation), []),
      'Questions for konsultasjonsordningen, raised first in a meeting',
    ),
    text_corrections: described(
      z._default(
        z.array(
          z.strictObject({
            date: described(isoDate, 'The day the text was corrected'),
            reason: described(text('why the text was corrected'), 'What was wrong, e.g. a transcription error in 3.2'),
          }),
        ),
        [],
      ),
      "Corrections of the agreement's text after it was recorded: a change of the text passes validate --base only with a new entry here",
    ),
    deviations: described(
      z._default(z.array(deviation), []),
      'Findings the parties have accepted, each with its reason: reported as explained, not as errors or warnings',
    ),
  })
  .check(z.meta({ title: 'Agreement', description: "agreement/agreement.md: the agreement's rules in front matter" }));

const agendaItem = z.strictObject({
  title: described(text("the item's title"), 'The title, as the saksliste gives it'),
  focus: z.optional(described(focusLetter, 'The focus area it belongs to, by letter')),
  proposed_by: described(partyId, 'The party that proposed it'),
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
  text: described(text('what is to be done'), 'What is to be done'),
  item: z.optional(
    described(
      z.union([wholeNumber('the agenda item', 1, 999), caseNumber], {
        error: (issue) => schemaError('schema/item-expected', { input: String(issue.input) }),
      }),
      'The case it was agreed under, as the saksliste and the referat number it, e.g. "3/25"; a plain number is the meeting\'s own agenda entry, counted from 1',
    ),
  ),
  responsible: described(
    z.array(partyId).check(z.minLength(1, { error: schemaError('schema/responsible-empty') })),
    'The parties responsible, by id',
  ),
  due: described(orNull(isoDate), 'When it is due, as agreed in the meeting; null when no date was agreed'),
  done: described(
    orNull(isoDate),
    'The date it was done; null while open. Follow-up: it may be recorded after the minutes are approved',
  ),
  rescheduled: z.optional(
    described(
      z.strictObject({
        due: described(isoDate, 'The new due date'),
        agreed: described(isoDate, 'The day the parties agreed it'),
      }),
      'A new due date the parties agreed after the meeting. Follow-up: later agendas carry it; the referat keeps the due date agreed in the meeting',
    ),
  ),
});

const person = z.union([
  text('a role or name'),
  z.strictObject({
    name: described(text("the attendee's name or role"), 'The name or role, as the referat lists it'),
    email: described(text("the attendee's e-mail address"), 'The address invite sends the invitation to'),
  }),
]);
const peopleByParty = z.record(partyId, z.array(person));

export const meetingSchema = z
  .strictObject({
    uid: described(
      z.optional(
        z.string({ error: schemaError('schema/uid-expected') }).check(
          z.regex(/^[a-z0-9][a-z0-9.-]{0,199}$/, {
            error: (issue) => schemaError('schema/uid-format', { input: String(issue.input) }),
          }),
        ),
      ),
      "The meeting's identity in calendars, kept when it moves to another date; new meeting writes one",
    ),
    date: described(isoDate, 'The day of the meeting; the file is named after it'),
    time: described(orNull(clockTime), 'When it starts, HH:MM in Oslo'),
    end: z.optional(
      described(
        z.nullable(clockTime),
        'When it ends, HH:MM in Oslo: the innkalling gives the time span and calendars the length (else two hours)',
      ),
    ),
    place: described(orNull(text('the place')), 'Where it is held'),
    status: described(z.enum(MEETING_STATUSES), 'planned, held or cancelled'),
    chair: described(partyId, 'Møteleder (party)'),
    minutes: described(partyId, 'Referent (party)'),
    notice_sent: described(orNull(isoDate), 'The day the convener sent the notice (innkalling)'),
    cancellation_sent: z.optional(
      described(z.nullable(isoDate), 'For a cancelled meeting: the day the cancellation notice (avlysning) went out'),
    ),
    documents_sent: described(orNull(isoDate), 'The day the case documents (saksdokumenter) went out'),
    minutes_sent: z.optional(
      described(
        z.nullable(isoDate),
        'The day the referat went out to the parties for approval: the date it carries until it is approved',
      ),
    ),
    attendees: described(
      z._default(peopleByParty, {}),
      'Who attended (or, while planned, is invited), by party: roles or names, or { name, email } for an attendee invite sends the invitation to',
    ),
    absent: described(z._default(peopleByParty, {}), 'Who sent apologies, by party: roles or names'),
    agenda: described(
      z._default(z.array(agendaItem), []),
      "The meeting's own items; the saksliste adds the standing ones",
    ),
    actions: described(
      z._default(z.array(action), []),
      'Oppfølging agreed in the meeting; open ones are carried to later agendas',
    ),
    minutes_approved: described(
      orNull(isoDate),
      'When both parties approved the minutes (on or after the meeting); from then on the record is final',
    ),
    minutes_approved_via: described(
      orNull(z.enum(MINUTES_APPROVALS)),
      'How both parties approved the minutes: in a later meeting (held on minutes_approved), or by e-mail',
    ),
    rotation_note: described(
      orNull(text('the rotation note')),
      'Why the chair or the minutes deviate from the rotation, when they do',
    ),
    references: described(
      z._default(
        z.strictObject({
          agenda: described(orNull(text('the reference')), "The innkalling's reference"),
          minutes: described(orNull(text('the reference')), "The referat's reference"),
        }),
        {
          agenda: null,
          minutes: null,
        },
      ),
      'The archive references (e.g. "17/4321-12") of the innkalling and the referat in the sender\'s archive',
    ),
    copy: described(z._default(z.array(text('a recipient')), []), 'Who receives a copy (kopi) of the documents'),
    exempt_from_access: described(
      orNull(
        z.union([
          text('the legal basis'),
          z.strictObject({
            agenda: z.optional(described(z.nullable(text('the legal basis')), "The innkalling's (and avlysning's)")),
            minutes: z.optional(described(z.nullable(text('the legal basis')), "The referat's")),
          }),
        ]),
      ),
      'Documents are public (offentleglova); the basis when one is not, as the sender assesses it (the receiving archive decides), e.g. "offl. § 13 jf. fvl. § 13 første ledd nr. 1": one for both documents, or { agenda: …, minutes: … } for each',
    ),
  })
  .check(z.meta({ title: 'Meeting', description: 'meetings/YYYY-MM-DD.md: one collaboration meeting' }));

export const annualPlanSchema = z
  .strictObject({
    year: described(
      wholeNumber("the plan's year", FIRST_YEAR, LAST_YEAR),
      'The year it plans; the file is named after it',
    ),
    status: described(z.enum(['draft', 'adopted']), 'draft or adopted'),
    adopted_in: described(orNull(meetingId), 'The meeting that adopted it'),
    priorities: described(
      z._default(
        z.array(
          z.strictObject({
            title: described(text("the priority's title"), 'What the parties will do'),
            focus: described(focusLetter, 'The focus area it belongs to, by letter'),
            responsible: described(
              z.array(partyId).check(z.minLength(1, { error: schemaError('schema/responsible-empty') })),
              'The parties responsible, by id',
            ),
            due: described(orNull(isoDate), 'When it is due'),
            status: described(z.enum(['planned', 'ongoing', 'done', 'dropped']), 'planned, ongoing, done or dropped'),
          }),
        ),
        [],
      ),
      'What the parties will do that year',
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
