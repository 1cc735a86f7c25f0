/** One finding shape for every stage and rule; reporters only format these. */
import type { Message, MessageId } from '../messages/catalogue.js';
import type { ClauseTopic } from './schemas.js';
export type Severity = 'error' | 'warning';

export interface Location {
  /** Relative to the repository root, with forward slashes. */
  file: string;
  line: number;
  column: number;
  /** The offending line and how much of it to underline, for syntax and schema findings. */
  excerpt?: { text: string; length: number };
}

/** What a finding is about, for matching it with a deviation the parties accepted. */
export interface Subject {
  year?: number;
  meeting?: string;
}

export interface Finding extends Location {
  severity: Severity;
  rule: string;
  /** What is wrong, as an id and its facts: the reporters word it in the reader's language. */
  message: Message;
  /** The agreement's clause, e.g. "§2", from its `clauses`; null for rules about the files, or when it gives none. */
  clause: string | null;
  subject?: Subject;
}

/** A finding the parties accepted, with their reason. */
export interface ExplainedFinding extends Finding {
  reason: string;
}

/** What a rule is, next to its logic; the README's table of rules is generated from these. */
export interface RuleMeta {
  id: string;
  /** The topic of the agreement's clause the rule enforces, numbered by the agreement's `clauses`; null for rules about the files. */
  clause: ClauseTopic | null;
  /** The severity of the rule's findings. */
  severity: Severity;
  /** Every message the rule may report, after eslint's `meta.messages`: the README's table lists them. */
  messages: readonly MessageId[];
  /** An error rule that reports some findings as warnings, as its description says. */
  mayWarn?: true;
  /** What it checks, as the README's table of rules says it. */
  description: string;
  /** False for a rule whose findings no deviation may explain (the history of final records). */
  explainable?: false;
}
