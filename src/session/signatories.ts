/**
 * `--signatory PARTY=NAME, TITLE`: who signs one document for a party, when
 * the record's signatory is not the one who does (a state secretary signing
 * for the minister, a new board chair before the record is updated).
 */

import type { SignatoryOverrides } from '../documents/view-types.js';
import { UsageError } from '../lib/errors.js';
import { printable } from '../lib/printable.js';
import { message } from '../messages/catalogue.js';

export function parseSignatories(
  agreement: { parties: ReadonlyArray<{ id: string }> },
  given: readonly string[] = [],
): SignatoryOverrides {
  const parties = agreement.parties.map((party) => party.id);
  const signatories: Record<string, { name: string; title: string }> = {};
  for (const value of given) {
    if (printable(value) !== value) {
      throw new UsageError(message('option/signatory-control-character', { value: printable(value) }));
    }
    const match = /^([^=]+)=([^,]+),\s*(.+)$/.exec(value);
    const party = match?.[1]?.trim() ?? '';
    if (!match || !parties.includes(party)) {
      throw new UsageError(message('option/signatory-form', { parties, value: printable(value) }));
    }
    signatories[party] = { name: (match[2] ?? '').trim(), title: (match[3] ?? '').trim() };
  }
  return signatories;
}
