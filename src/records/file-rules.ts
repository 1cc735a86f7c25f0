/**
 * The two rules about a file on its own, checked while it is read: its
 * syntax, and its schema. The rules across files are in src/rules/.
 */
import { type MessageId, recordMessageIds } from '../messages/catalogue.js';
import type { RuleMeta } from '../model/finding.js';

/** The per-file checks' messages are the catalogue's under their rule's name: file/…, syntax/…, schema/…. */
const messagesOf = (rule: string): MessageId[] => recordMessageIds().filter((id) => id.startsWith(`${rule}/`));

export const FILE_RULE: RuleMeta = {
  id: 'file',
  clause: null,
  severity: 'error',
  get messages() {
    return messagesOf('file');
  },
  description:
    'each record, template and notice is a regular file inside the repository (never a link out of it, a FIFO or a device), at most 10 MB, UTF-8 text without control characters',
};

export const SYNTAX_RULE: RuleMeta = {
  id: 'syntax',
  clause: null,
  severity: 'error',
  get messages() {
    return messagesOf('syntax');
  },
  description:
    'YAML parses; front matter present and closed; no duplicate keys, no `__proto__`, no tags; aliases capped; only YAML front matter (never executed code)',
};

export const SCHEMA_RULE: RuleMeta = {
  id: 'schema',
  clause: null,
  severity: 'error',
  get messages() {
    return messagesOf('schema');
  },
  description:
    'each file matches its schema; real calendar dates; times as `HH:MM`; no unknown keys (with a "did you mean")',
};
