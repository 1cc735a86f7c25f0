/**
 * Folding an iCalendar line (RFC 5545 §3.1) so that no physical line of it starts with "::": GitHub
 * reads such a line of a CI log as a workflow command, space or none before it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldLines } from '../../src/schedule/ics.js';

const octets = (line: string) => new TextEncoder().encode(line).length;

describe('folding calendar lines', () => {
  it('never starts a folded line with "::", keeps every line within 75 octets, and unfolds to the same text', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('a', ':', 'ø', ' ', '€', '::error::', '𝄞'), { minLength: 60, maxLength: 400 }),
        (pieces) => {
          const line = `LOCATION:${pieces.join('')}`;
          const folded = foldLines(line);
          const physical = folded.split('\r\n').slice(0, -1);
          for (const part of physical) {
            expect(part.trimStart().startsWith('::'), part).toBe(false);
            expect(octets(part)).toBeLessThanOrEqual(75);
          }
          expect(folded.replace(/\r\n /g, '')).toBe(`${line}\r\n`);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('folds a place of 66 characters and a workflow command after it earlier than 75 octets', () => {
    const line = `LOCATION:${'x'.repeat(66)}::error::Godkjent`;
    const [first, second] = foldLines(line).split('\r\n');
    expect(first).toBe(`LOCATION:${'x'.repeat(65)}`);
    expect(second).toBe(' x::error::Godkjent');
  });
});
