/**
 * The portfolio: the list of records repositories `partnership portfolio --from FILE` reads, and the
 * JSON it answers with (`--format json`), each a schema of its own, so the field reference documents
 * the answer as it documents the records and a test holds the answer to it.
 */
import * as z from 'zod/mini';

const text = (description: string) => z.string().check(z.minLength(1), z.meta({ description }));
const date = (description: string) => z.iso.date().check(z.meta({ description }));
const count = (description: string) => z.int().check(z.minimum(0), z.meta({ description }));
const described = <T extends z.ZodMiniType>(schema: T, description: string) =>
  schema.check(z.meta({ description })) as T;

const source = z.union([
  z.strictObject({
    path: text('A records repository on this machine, relative to the list'),
    name: z.optional(text('What to call it where its title cannot be read')),
  }),
  z.strictObject({
    url: text('A git URL to clone read-only into the cache (https, ssh, git or a local path)'),
    branch: z._default(text('The branch to read'), 'main'),
    name: z.optional(text('What to call it where its title cannot be read')),
  }),
]);

export const portfolioListSchema = z
  .strictObject({
    agreements: described(
      z.array(source),
      'The records repositories: each { path: FOLDER } (relative to the list) or { url: GIT-URL, branch: BRANCH } (branch main when not given), either with an optional name',
    ),
  })
  .check(z.meta({ title: 'Portfolio list', description: 'The repositories partnership portfolio --from FILE reads' }));

export type PortfolioSource = z.output<typeof source>;

const nullable = <T extends z.ZodMiniType>(schema: T) => z.nullable(schema);

const entry = z.strictObject({
  source: text('The folder or git URL as given'),
  state: described(
    z.enum(['ok', 'errors', 'unreadable']),
    'ok; errors: it reads but validate finds errors; unreadable: no records could be read',
  ),
  problem: described(nullable(text('The reason')), 'Why it cannot be read, or its first error; null when ok'),
  errors: count('The errors validate finds'),
  warnings: count('The warnings validate finds'),
  agreement: described(
    nullable(
      z.strictObject({
        id: text("The agreement's id"),
        title: text('Its title'),
        parties: described(
          z.array(
            z.strictObject({
              id: text('The id'),
              name: text('The name in force today'),
              short: text('The short name'),
            }),
          ),
          'The parties, by the names in force today',
        ),
        in_force: described(z.boolean(), 'Whether it is in force today'),
        last_day: date('Its last day in force, with the extensions and a termination'),
        extensions: described(
          z.array(z.strictObject({ year: count('The first year it covers'), decided: date('When it was agreed') })),
          'The extensions recorded',
        ),
        renewal: described(
          nullable(
            z.strictObject({
              year: count('The first year the next extension would cover'),
              decide_by: date('The day the parties must have decided by: the term’s last day'),
              due: described(z.boolean(), 'Whether the decision is due now (within the notice period)'),
            }),
          ),
          'The next renewal decision; null when the agreement cannot be extended',
        ),
        evaluation: described(
          z.strictObject({
            due: date('When the evaluation is due'),
            completed: nullable(date('When it was completed')),
          }),
          'The evaluation (§6 in the first agreement)',
        ),
      }),
    ),
    'The agreement; null when it cannot be read',
  ),
  meetings_this_year: described(
    nullable(
      z.strictObject({
        year: count('This year'),
        required: count('Meetings the agreement requires this year (pro rata in a part year)'),
        held: count('Meetings held'),
        planned: count('Meetings planned ahead'),
      }),
    ),
    "This year's meetings against the requirement; null when the agreement cannot be read",
  ),
  next_meeting: described(
    nullable(
      z.strictObject({
        date: date('Its date'),
        source: described(z.enum(['planned', 'proposed']), 'planned, or proposed by next-meeting'),
        notice_by: date('The last day to send the notice'),
        documents_by: date('The last day to send the case documents'),
      }),
    ),
    'The next meeting and its deadlines; null when none is due',
  ),
  minutes_awaiting_approval: described(
    z.array(z.string()),
    'The meetings whose minutes both parties have yet to approve',
  ),
  open_actions: count('Follow-up points not yet done'),
  overdue_actions: count('Of those, past their due date'),
  open_obligations: count('Obligations not yet done'),
  next_due: described(
    nullable(
      z.strictObject({
        date: date('The day it is due by'),
        kind: text('What kind of duty, as remind names it'),
        subject: text('What it is about'),
        overdue: described(z.boolean(), 'Whether its day has passed'),
      }),
    ),
    'The duty that comes due first (an overdue one first of all), as remind lists it; the table is sorted by it',
  ),
});

export const portfolioReportSchema = z
  .strictObject({
    today: date('The day the portfolio was made for'),
    agreements: described(
      z.array(entry),
      'Every repository, sorted by what comes due first; those that cannot be read last',
    ),
  })
  .check(z.meta({ title: 'Portfolio', description: 'What partnership portfolio --format json answers with' }));

export type PortfolioReport = z.output<typeof portfolioReportSchema>;
export type PortfolioEntry = PortfolioReport['agreements'][number];
