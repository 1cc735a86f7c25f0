/**
 * A property over what a pull request can put into meetings/ and templates/:
 * random bytes, random names, and every kind of file (links in and out of the
 * repository, a device, a FIFO, a folder). Whatever arrives, validate and render
 * end promptly with exit 0, 1 or 2, print no stack trace, and never show a byte
 * of a file outside the repository.
 */

import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { VALIDATE_FORMATS } from '../../src/report/formats.js';
import { hasStackTrace, runCli } from '../helpers/cli.js';
import { copyFixture, temporaryFolder } from '../helpers/repository.js';

const SECRET = 'HEMMELIG-9f3a';

const fragment = fc.constantFrom(
  '---\n',
  'date: 2018-10-20\n',
  'status: held\n',
  'chair: kmd\n',
  'agenda:\n  - title: x\n',
  '"\\e[2J": 1\n',
  'a: &a [*a]\n',
  '!!js/function f\n',
  '{{agreement.title}}',
  '{{#each meeting.items}}',
  '{{> x}}',
  '\r',
  '\t',
  '\u001b]0;x\u0007',
  '\u202e',
  'ø',
);

const content = fc.oneof(
  fc.uint8Array({ maxLength: 512 }).map((bytes) => Buffer.from(bytes)),
  fc.array(fragment, { maxLength: 12 }).map((parts) => Buffer.from(parts.join(''))),
);

const name = fc
  .string({
    minLength: 1,
    maxLength: 12,
    unit: fc.constantFrom('a', 'Z', '1', '-', ' ', '\n', '\u001b', 'ø', '.', ':'),
  })
  .filter((text) => text !== '.' && text !== '..');

const entry = fc.record({
  folder: fc.constantFrom('meetings', 'templates'),
  name,
  ending: fc.constantFrom('.md', '.MD', '.md.hbs'),
  kind: fc.constantFrom('file', 'link-out', 'link-in', 'dev-zero', 'fifo', 'folder', 'dangling'),
  content,
});

describe('whatever a pull request puts into meetings/ and templates/', () => {
  it('validate and render end with exit 0, 1 or 2, no stack trace, and nothing from outside', async () => {
    const secret = join(temporaryFolder(), 'secret.md');
    writeFileSync(secret, `---\ndate: 2018-10-20\n---\n${SECRET}\n`);
    await fc.assert(
      fc.asyncProperty(
        fc.array(entry, { minLength: 1, maxLength: 3 }),
        fc.constantFrom(...VALIDATE_FORMATS),
        async (entries, format) => {
          const folder = copyFixture();
          for (const { folder: where, name: base, ending, kind, content: bytes } of entries) {
            const path = join(folder, where, `${base}${ending}`);
            try {
              if (kind === 'file') writeFileSync(path, bytes);
              else if (kind === 'link-out') symlinkSync(secret, path);
              else if (kind === 'link-in') symlinkSync('../agreement/agreement.md', path);
              else if (kind === 'dev-zero') symlinkSync('/dev/zero', path);
              else if (kind === 'fifo') execFileSync('mkfifo', [path]);
              else if (kind === 'folder') mkdirSync(path);
              else symlinkSync(join(folder, 'nothing-here'), path);
            } catch {
              // The name is taken by an earlier entry: keep that one.
            }
          }
          for (const args of [
            ['validate', '--format', format, '--today', '2019-06-01'],
            ['render', 'agenda', '2018-09-20'],
          ]) {
            // A FIFO or /dev/zero that were waited on or read to the end would hang the run: the test's own timeout catches it, no wall clock.
            const { code, stdout, stderr } = await runCli(args, { cwd: folder });
            expect([0, 1, 2]).toContain(code);
            expect(hasStackTrace(stdout + stderr)).toBe(false);
            expect(stderr).not.toMatch(/internal error/);
            expect(stdout + stderr).not.toContain(SECRET);
            expect(['\u001b', '\u202e'].some((character) => (stdout + stderr).includes(character))).toBe(false);
          }
        },
      ),
      { numRuns: 30 },
    );
  });
});
