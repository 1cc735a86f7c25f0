/**
 * The YAML mistakes people actually make, each with the plain message a secretariat officer can act on,
 * at its line, through validate on a copy of the records.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { copyFixture } from '../helpers/repository.js';

interface Finding {
  file: string;
  line: number;
  column: number;
  rule: string;
  message: string;
}

async function findingsAfter(path: string, from: string | RegExp, to: string, today = '2018-10-01') {
  const folder = copyFixture();
  const text = readFileSync(join(folder, path), 'utf8');
  const changed = text.replace(from, to);
  expect(changed, `${path} has no ${String(from)}`).not.toBe(text);
  writeFileSync(join(folder, path), changed);
  const { code, stdout } = await runCli(['validate', '--format', 'json', '--today', today], { cwd: folder });
  expect(code).toBe(1);
  return (JSON.parse(stdout) as { findings: Finding[] }).findings;
}

const MEETING = 'meetings/2018-09-20.md';

describe('plain advice for common mistakes', () => {
  it('a colon in an unquoted title: put it in quotes', async () => {
    const findings = await findingsAfter(MEETING, '- title: Rekruttering til', '- title: Rekruttering: til');
    expect(findings).toEqual([
      expect.objectContaining({
        line: 19,
        column: 12,
        rule: 'syntax',
        message:
          'the value of title holds a colon followed by a space, which YAML reads as the start of another key: put the value in quotes, title: "Rekruttering: til planutdanningene"',
      }),
    ]);
  });

  it('a tab: one finding, not a cascade', async () => {
    const findings = await findingsAfter(MEETING, '    focus: B', '\t  focus: B');
    expect(findings).toEqual([
      expect.objectContaining({
        line: 20,
        column: 1,
        rule: 'syntax',
        message: expect.stringMatching(/^the line is indented with a tab: YAML indents with spaces only/),
      }),
    ]);
  });

  it('a non-breaking space where YAML needs a space', async () => {
    const findings = await findingsAfter(MEETING, 'place: KMD', 'place:\u00a0KMD');
    expect(findings).toEqual([
      expect.objectContaining({
        line: 4,
        column: 7,
        message: expect.stringMatching(/^a non-breaking space \(often pasted from Word or a web page\)/),
      }),
    ]);
  });

  it('curly quotes around a value', async () => {
    const findings = await findingsAfter(MEETING, 'time: "10:00"', 'time: “10:00”');
    expect(findings).toEqual([
      expect.objectContaining({
        line: 3,
        rule: 'schema',
        message: expect.stringMatching(
          /The value is in curly quotes \(“ ”\), which YAML keeps as part of the text: write straight ones, time: "10:00"$/,
        ),
      }),
    ]);
  });

  it.each([
    [
      MEETING,
      'status: held',
      'status: avholdt',
      'status: expected one of planned, held, cancelled, not "avholdt": did you mean held?',
    ],
    [MEETING, 'status: held', 'status: Planlagt', 'did you mean planned?'],
    ['meetings/2018-06-12.md', 'status: cancelled', 'status: avlyst', 'did you mean cancelled?'],
    ['annual-plans/2018.md', 'status: adopted', 'status: vedtatt', 'did you mean adopted?'],
    ['annual-plans/2018.md', 'status: adopted', 'status: utkast', 'did you mean draft?'],
    ['annual-plans/2018.md', /status: (ongoing|planned|done)/, 'status: pågår', 'did you mean ongoing?'],
    ['annual-plans/2018.md', /status: (ongoing|planned|done)/, 'status: ferdig', 'did you mean done?'],
    [MEETING, 'status: held', 'status: hled', 'did you mean held?'],
  ])('a Norwegian or misspelt value in %s: %s → %s', async (path, from, to, message) => {
    const findings = await findingsAfter(path, from, to);
    expect(findings).toEqual([expect.objectContaining({ rule: 'schema', message: expect.stringContaining(message) })]);
  });

  it('a Norwegian date: 15.03.2019 is 2019-03-15', async () => {
    const findings = await findingsAfter(MEETING, 'notice_sent: 2018-09-06', 'notice_sent: 06.09.2018');
    expect(findings).toEqual([
      expect.objectContaining({
        line: 8,
        column: 14,
        message: 'notice_sent: expected a date written as YYYY-MM-DD, not "06.09.2018": did you mean 2018-09-06?',
      }),
    ]);
  });

  it('a record for a year not yet in force names the renew command', async () => {
    const folder = copyFixture();
    writeFileSync(
      join(folder, 'annual-plans/2019.md'),
      '---\nyear: 2019\nstatus: draft\nadopted_in: null\npriorities: []\n---\n',
    );
    const { stdout } = await runCli(['validate', '--format', 'json', '--today', '2018-11-01'], { cwd: folder });
    expect((JSON.parse(stdout) as { findings: Finding[] }).findings).toContainEqual(
      expect.objectContaining({
        file: 'annual-plans/2019.md',
        rule: 'annual-plan',
        message:
          'the agreement is not in force in 2019 (from 2017-09-07 to 2018-12-31): if the parties extend it, record the extension first with partnership renew --year 2019',
      }),
    );
  });

  it('a missing "- " before an agenda item: begin its line with "- ", once, not "keep one"', async () => {
    const findings = await findingsAfter(
      MEETING,
      '  - title: Rekruttering til planutdanningene',
      '    title: Rekruttering til planutdanningene',
    );
    expect(findings).toEqual([
      expect.objectContaining({
        line: 19,
        column: 5,
        rule: 'syntax',
        message:
          'the key "title" appears twice in one item of the list: if a new item starts here, begin its line with "- " (- title: …), indented as the items above; otherwise keep one',
      }),
    ]);
  });

  it('a single value where a list belongs, a list where a map belongs, a name where a signatory belongs', async () => {
    expect(await findingsAfter('annual-plans/2018.md', 'responsible: [kmd, ks]', 'responsible: ks')).toEqual([
      expect.objectContaining({
        rule: 'schema',
        message:
          'priorities[1].responsible: expected a list, not a single value: write it in square brackets, responsible: [ks] (one value is a list of one)',
      }),
    ]);
    expect(
      await findingsAfter(MEETING, /attendees:\n {2}kmd: .*\n {2}ks: .*\n/, 'attendees: ["Avdelingsdirektør"]\n'),
    ).toEqual([
      expect.objectContaining({
        message:
          'attendees: expected a map, not a list: write it by party, as attendees: { ks: [Spesialrådgiver] }, one line for each party',
      }),
    ]);
    expect(
      await findingsAfter(
        'agreement/agreement.md',
        'signatory: { name: Jan Tore Sanner, title: Kommunal- og moderniseringsminister }',
        'signatory: Jan Tore Sanner',
      ),
    ).toEqual([
      expect.objectContaining({
        message:
          'parties[1].signatory: expected a map of name, title, not a single value: write it as signatory: { name: …, title: … }',
      }),
    ]);
  });

  it('an unknown clause topic: the topics there are', async () => {
    expect(
      await findingsAfter(
        'agreement/agreement.md',
        '  related_agreements: "1.1"',
        '  informasjon: "3"\n  related_agreements: "1.1"',
      ),
    ).toEqual([
      expect.objectContaining({
        message:
          'unknown key "informasjon" in clauses: the keys allowed here are related_agreements, meetings, consultation, inform, announce, evaluation, term',
      }),
    ]);
  });

  it('an item indented one space too far, and a field indented too far', async () => {
    expect(
      await findingsAfter(
        MEETING,
        '  - title: Rekruttering til planutdanningene\n    focus: B',
        '   - title: Rekruttering til planutdanningene\n     focus: B',
      ),
    ).toEqual([
      expect.objectContaining({
        line: 19,
        message: expect.stringMatching(/^the items of this list start at different columns: indent this "- " exactly/),
      }),
      expect.objectContaining({
        message: expect.stringMatching(/^this line is indented as an item of the list above, but has no "- "/),
      }),
    ]);
    expect(await findingsAfter(MEETING, '    focus: B', '     focus: B')).toEqual([
      expect.objectContaining({
        line: 19,
        message: expect.stringMatching(/^the line after this one is indented further than the fields beside it/),
      }),
    ]);
  });

  it('a time written the Norwegian way, or without its leading zero', async () => {
    for (const [written, meant] of [
      ['10.00', '10:00'],
      ['"10.30"', '10:30'],
      ['9:00', '09:00'],
    ]) {
      const findings = await findingsAfter(MEETING, 'time: "10:00"', `time: ${written}`);
      expect(findings).toEqual([
        expect.objectContaining({ rule: 'schema', message: expect.stringContaining(`did you mean time: "${meant}"?`) }),
      ]);
    }
  });

  it('--today written as a Norwegian date: the ISO date it means', async () => {
    const { code, stderr } = await runCli(['status', '--today', '10.02.2025'], { cwd: copyFixture() });
    expect(code).toBe(2);
    expect(stderr).toMatch(
      /--today must be a real date written as YYYY-MM-DD, not "10\.02\.2025": did you mean --today 2025-02-10\?/,
    );
  });

  it('an avoided period the tool does not know: the names there are, and how to give one of your own', async () => {
    const findings = await findingsAfter(
      'agreement/agreement.md',
      'avoid: [fellesferie, romjul]',
      'avoid: [fellesferie, vinterferie]',
    );
    expect(findings).toEqual([
      expect.objectContaining({
        rule: 'schema',
        message: expect.stringMatching(
          /expected fellesferie, romjul, påske, or a period of your own: \{ name: vinterferie, weeks: \[8\] \} or \{ name: høstferie, from: "10-01", to: "10-07" \}, not "vinterferie"/,
        ),
      }),
    ]);
  });
});
