/**
 * `--signatory PARTY=NAME, TITLE`: who signs one document for a party, when
 * the record's signatory is not the one who does (a state secretary signing
 * for the minister, a new board chair before the record is updated).
 */
import type { SignatoryOverrides } from '../documents/view-types.js';
import { UsageError } from '../lib/errors.js';
import { printable } from '../lib/printable.js';

export function parseSignatories(
  agreement: { parties: ReadonlyArray<{ id: string }> },
  given: readonly string[] = [],
): SignatoryOverrides {
  const parties = agreement.parties.map((party) => party.id);
  const signatories: Record<string, { name: string; title: string }> = {};
  for (const value of given) {
    if (printable(value) !== value) {
      throw new UsageError(
        `--signatory holds a control or invisible character ("${printable(value)}"), which no document may carry: type the name and title plainly`,
      );
    }
    const match = /^([^=]+)=([^,]+),\s*(.+)$/.exec(value);
    const party = match?.[1]?.trim() ?? '';
    if (!match || !parties.includes(party)) {
      throw new UsageError(
        `--signatory takes PARTY=NAME, TITLE with a party of ${parties.join(', ')}, e.g. --signatory "${parties[0]}=Kari Nordmann, statssekretær"; not "${printable(value)}"`,
      );
    }
    signatories[party] = { name: (match[2] ?? '').trim(), title: (match[3] ?? '').trim() };
  }
  return signatories;
}
