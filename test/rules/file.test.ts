/**
 * The `file` rule: what is read from the repository, and what is not. Every case is a real file in a
 * temporary copy of the fixture, read through the same reader validate uses.
 */
import { execFileSync } from 'node:child_process';
import { rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { say } from '../../src/messages/catalogue.js';
import { loadRecords } from '../../src/records/load.js';
import { readRepository } from '../../src/records/repository.js';
import { copyFixture, temporaryFolder } from '../helpers/repository.js';

function fileFindings(folder: string) {
  return loadRecords(readRepository(folder))
    .findings.filter((finding) => finding.rule === 'file')
    .map(({ file, line, column, message }) => ({ file, line, column, message: say(message, 'en') }));
}

const MEETING = '---\ndate: 2018-10-20\n---\n';

describe('file', () => {
  it('finds nothing in the 2018 records', () => {
    expect(fileFindings(copyFixture())).toEqual([]);
  });

  it('never reads a link out of the repository, a FIFO or a device, and says so at the path', () => {
    const folder = copyFixture();
    const secret = join(temporaryFolder(), 'secret.md');
    writeFileSync(secret, `${MEETING}HEMMELIG\n`);
    symlinkSync(secret, join(folder, 'meetings/2018-12-01.md'));
    symlinkSync('/dev/zero', join(folder, 'meetings/2018-12-02.md'));
    execFileSync('mkfifo', [join(folder, 'meetings/2018-12-03.md')]);
    rmSync(join(folder, 'templates/agenda.md.hbs'));
    symlinkSync(secret, join(folder, 'templates/agenda.md.hbs'));
    const findings = fileFindings(folder);
    expect(findings.map(({ file, message }) => [file, message.replace(/, and was not read.*/, '')])).toEqual([
      ['meetings/2018-12-01.md', 'the file is a link to a file outside the repository'],
      ['meetings/2018-12-02.md', 'the file is a link to a file outside the repository'],
      ['meetings/2018-12-03.md', 'the file is a FIFO, not a regular file'],
      ['templates/agenda.md.hbs', 'the file is a link to a file outside the repository'],
    ]);
    expect(JSON.stringify(loadRecords(readRepository(folder)))).not.toContain('HEMMELIG');
  });

  it('reads a link that stays inside the repository', () => {
    const folder = copyFixture();
    symlinkSync('2018-09-20.md', join(folder, 'meetings/2018-09-20-2.md'));
    expect(fileFindings(folder)).toEqual([]);
  });

  it('does not follow a records folder that is a link out of the repository', () => {
    const folder = copyFixture();
    const elsewhere = temporaryFolder();
    writeFileSync(join(elsewhere, '2018.md'), 'HEMMELIG');
    rmSync(join(folder, 'annual-plans'), { recursive: true });
    symlinkSync(elsewhere, join(folder, 'annual-plans'));
    expect(fileFindings(folder)).toEqual([
      {
        file: 'annual-plans',
        line: 1,
        column: 1,
        message:
          'the folder is a link to a folder outside the repository, and was not read: replace the link with the folder itself',
      },
    ]);
    expect(readRepository(folder).some((file) => file.text.includes('HEMMELIG'))).toBe(false);
  });

  it('reports a file that is not UTF-8, UTF-16 or holds NUL bytes, with its line', () => {
    const folder = copyFixture();
    writeFileSync(
      join(folder, 'meetings/2018-10-20.md'),
      Buffer.from('---\ndate: 2018-10-20\nplace: Avdelingsdirekt\xf8r\n---\n', 'latin1'),
    );
    writeFileSync(join(folder, 'meetings/2018-10-21.md'), Buffer.from(`\ufeff${MEETING}`, 'utf16le'));
    writeFileSync(join(folder, 'meetings/2018-10-22.md'), `${MEETING}\n\0`);
    expect(fileFindings(folder)).toEqual([
      {
        file: 'meetings/2018-10-20.md',
        line: 3,
        column: 1,
        message:
          'the file has a byte (0xF8) that is not UTF-8, as in a file saved as Latin-1 or Windows-1252: save it as UTF-8',
      },
      { file: 'meetings/2018-10-21.md', line: 1, column: 1, message: 'the file is saved as UTF-16: save it as UTF-8' },
      {
        file: 'meetings/2018-10-22.md',
        line: 5,
        column: 1,
        message:
          'the file holds a NUL byte, so it is not a text file (it may be saved as UTF-16): save it as UTF-8 text',
      },
    ]);
  });

  it('reports control characters and lone carriage returns at their line and column', () => {
    const folder = copyFixture();
    writeFileSync(join(folder, 'meetings/2018-10-20.md'), `${MEETING}Referat\n\u001b]0;pwned\u0007 og \u202eopp ned\n`);
    writeFileSync(join(folder, 'meetings/2018-10-21.md'), '---\rdate: 2018-10-21\r---\r');
    expect(fileFindings(folder)).toEqual([
      {
        file: 'meetings/2018-10-20.md',
        line: 5,
        column: 1,
        message:
          'the file holds an invisible control character (U+001B) (and 2 more in the file), which can change how a terminal or a log shows the text: remove it',
      },
      {
        file: 'meetings/2018-10-21.md',
        line: 1,
        column: 4,
        message:
          'the file ends its lines with a carriage return alone (old Mac line endings), so it reads as one line: save it with ordinary (LF or CRLF) line endings',
      },
    ]);
  });

  it('does not read a file over 10 MB', () => {
    const folder = copyFixture();
    writeFileSync(join(folder, 'meetings/2018-10-20.md'), `${MEETING}${'x'.repeat(10 * 1024 * 1024)}`);
    expect(fileFindings(folder)).toEqual([
      expect.objectContaining({
        file: 'meetings/2018-10-20.md',
        message: expect.stringMatching(/^the file is 10.0 MB, more than the 10 MB a record may be, and was not read/),
      }),
    ]);
  });
});
