import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Document, type YAMLMap, type YAMLSeq } from 'yaml';
import { yearOf } from '../lib/dates.js';
import { PreconditionError } from '../lib/errors.js';
import { message } from '../messages/catalogue.js';
import { WORDS } from '../messages/words.js';
import { clauseNumber, clauseReference } from '../model/clauses.js';
import type { CommandContext } from '../session/context.js';
import { writeNewRecord } from '../session/documents.js';
import { type CleanRecords, readCleanRecords } from '../session/records.js';
import { holdingTheLock } from '../session/write-session.js';
import { notInForceIn } from '../term/extension.js';
import { yearInForce } from '../term/term.js';

export interface NewAnnualPlanOptions {
  year?: number;
}

/**
 * Writes annual-plans/<year>.md as a draft: the priorities last year's plan left unfinished (planned or
 * ongoing) to start from, and a section for each focus area in the text.
 */
export async function newAnnualPlan(options: NewAnnualPlanOptions, context: CommandContext): Promise<number> {
  return holdingTheLock(context, () => writeNewAnnualPlan(options, context));
}

function writeNewAnnualPlan(options: NewAnnualPlanOptions, context: CommandContext): number {
  const records = readCleanRecords(context);
  const agreement = records.agreement.data;
  const year = options.year ?? firstYearWithoutAPlan(records, yearOf(context.today));
  const file = `annual-plans/${year}.md`;
  const path = join(context.repositoryRoot(), file);
  if (existsSync(path)) throw new PreconditionError(message('new-annual-plan/exists', { file }));
  if (!yearInForce(agreement, year))
    throw new PreconditionError(
      message('new-annual-plan/not-in-force', {
        reason: notInForceIn(agreement, year),
        clause: clauseReference(agreement, 'term'),
      }),
    );

  const previous = records.annualPlans.find((plan) => plan.data.year === year - 1);
  const unfinished = (previous?.data.priorities ?? []).filter(
    (priority) => priority.status === 'planned' || priority.status === 'ongoing',
  );
  const document = new Document({
    year,
    status: 'draft',
    adopted_in: null,
    priorities: unfinished.map(({ title, focus, responsible, status }) => ({
      title,
      focus,
      responsible,
      due: null,
      status,
    })),
  });
  (document.get('status', true) as YAMLMap).comment = context.say(message('new-annual-plan/comment-status'));
  const priorities = document.get('priorities', true) as YAMLSeq;
  if (unfinished.length > 0)
    priorities.commentBefore = context.say(message('new-annual-plan/comment-unfinished', { year: year - 1 }));
  for (const item of priorities.items) ((item as YAMLMap).get('responsible', true) as unknown as YAMLSeq).flow = true;
  const text = `---\n${document.toString({ lineWidth: 0 })}---\n\n${planText(records, year)}`;

  writeNewRecord(records, file, text, context);
  const wrote = message('new-annual-plan/wrote', {
    file,
    year,
    unfinished: unfinished.length,
    previous: previous !== undefined,
  });
  context.io.stdout(`${context.say(wrote)}\n`);
  return 0;
}

function firstYearWithoutAPlan(records: CleanRecords, from: number): number {
  const planned = new Set(records.annualPlans.map((plan) => plan.data.year));
  let year = from;
  while (planned.has(year)) year += 1;
  return year;
}

function planText(records: CleanRecords, year: number): string {
  const agreement = records.agreement.data;
  const words = WORDS[agreement.language].annualPlan;
  const sections = Object.entries(agreement.focus_areas).map(
    ([letter, text]) => `## ${words.focusArea(letter, text)}\n\n`,
  );
  const introduction = words.introduction(year, clauseNumber(agreement, 'meetings'));
  return `# ${words.title(year)}\n\n${introduction}\n\n${sections.join('')}`.replace(/\n+$/, '\n');
}
