/** What the reading stage hands on: the files as read, and the records that passed their schemas. */
import type { Message } from '../messages/catalogue.js';
import type { Location } from '../model/finding.js';
import type { Agreement, AnnualPlan, Meeting } from '../model/schemas.js';
import type { FrontMatter, PropertyPath } from './front-matter.js';

export interface SourceFile {
  /** Relative to the repository root, with forward slashes. */
  path: string;
  /** The file's text; empty when it was not read. */
  text: string;
  /** Why the file was not read (a link out of the repository, a FIFO, too large, not UTF-8). */
  problem?: FileProblem;
}

export interface FileProblem {
  /** Where in the file, when the problem is in its bytes. */
  line?: number;
  message: Message;
}

export interface LoadedRecord<T> {
  file: string;
  text: string;
  data: T;
  frontMatter: FrontMatter;
  at(path: PropertyPath, part?: 'key' | 'value'): Location;
}

export interface MeetingRecord extends LoadedRecord<Meeting> {
  /** The file stem: YYYY-MM-DD, or YYYY-MM-DD-N for a further meeting that day. */
  id: string;
}

export type AgreementRecord = LoadedRecord<Agreement>;
export type AnnualPlanRecord = LoadedRecord<AnnualPlan>;

export interface Records {
  /** Null when agreement/agreement.md is missing or did not pass its schema. */
  agreement: AgreementRecord | null;
  /** Meetings that passed their schema, in date order (then id). */
  meetings: MeetingRecord[];
  annualPlans: AnnualPlanRecord[];
  /** The repository's own templates (templates/*.md.hbs), which override the built-in ones by name. */
  templates: SourceFile[];
  /** Every file path the repository holds, for references to notice files. */
  paths: ReadonlySet<string>;
  /** The notices under agreement/notices/, by path: what the history rule keeps final. */
  notices: ReadonlyMap<string, string>;
}
