/**
 * What an archive reviewer reads in an innkalling or a referat: the time span, dates and times that do
 * not break over a line, the chair and the minutes by the party's short name, titles in lower case,
 * each focus area's text once, the oppfølgingspunkter as a table, and a warning for a letter no person
 * signs. In Word, the access marking stands at the head of every page and the Tid/Sted labels in a
 * narrow column.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { copyFixture } from '../helpers/repository.js';
import { unzipSync } from '../helpers/unzip.js';

function edit(folder: string, file: string, change: (text: string) => string): void {
  const path = join(folder, file);
  writeFileSync(path, change(readFileSync(path, 'utf8')));
}

const TODAY = ['--today', '2025-09-01'];

describe('the wording of a letter', () => {
  it.each([
    ['ks-kdd-digital', '2025-09-16', '09:30', '11:45', '2025-09-01', 'tirsdag', 'tysdag', '16.\u00a0september 2025'],
    ['ks-kmd-2018', '2018-09-20', '10:00', '12:00', '2018-09-01', 'torsdag', 'torsdag', '20.\u00a0september 2018'],
  ] as const)(
    '%s: gives the time span when the record has an end, and calendars the meeting that long',
    async (fixture, id, start, end, today, weekday, nynorsk, day) => {
      const folder = copyFixture(fixture);
      const dot = (time: string) => time.replace(':', '.');
      const render = async (...more: string[]) =>
        (await runCli([...more, 'render', 'agenda', id, '--today', today], { cwd: folder })).stdout;
      expect(await render()).toContain(`| Tid | ${weekday} ${day} kl.\u00a0${dot(start)} |`);
      edit(folder, `meetings/${id}.md`, (text) => text.replace(`time: "${start}"`, `time: "${start}"\nend: "${end}"`));
      expect(await render()).toContain(`| Tid | ${weekday} ${day} kl.\u00a0${dot(start)}–${dot(end)} |`);
      expect(await render('--lang', 'nn')).toContain(`| Tid | ${nynorsk} ${day} kl.\u00a0${dot(start)}–${dot(end)} |`);

      // The calendar of upcoming dates, seen from before the meeting: it lasts from start to end.
      const calendar = await runCli(['calendar', '--ics', 'cal.ics', '--today', today], { cwd: folder });
      expect(calendar.code, calendar.stderr).toBe(0);
      const events = new ICAL.Component(ICAL.parse(readFileSync(join(folder, 'cal.ics'), 'utf8')))
        .getAllSubcomponents('vevent')
        .map((event) => new ICAL.Event(event))
        .filter((event) => event.startDate.toString().startsWith(id));
      const minutes = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3));
      expect(events).toHaveLength(1);
      const [event] = events;
      // In September Oslo is two hours ahead of UTC, in which the feed gives its times.
      const utc = `${String(Number(start.slice(0, 2)) - 2).padStart(2, '0')}${start.slice(2)}`;
      expect(event?.startDate.toString()).toBe(`${id}T${utc}:00Z`);
      expect(((event?.endDate.toUnixTime() ?? 0) - (event?.startDate.toUnixTime() ?? 0)) / 60).toBe(
        minutes(end) - minutes(start),
      );
    },
  );

  it('warns of an end that does not come after the start', async () => {
    const folder = copyFixture('ks-kdd-digital');
    edit(folder, 'meetings/2025-09-16.md', (text) => text.replace('time: "09:30"', 'time: "09:30"\nend: "09:00"'));
    const { code, stdout } = await runCli(['validate', '--format', 'json', ...TODAY], { cwd: folder });
    expect(code).toBe(0);
    expect(JSON.parse(stdout).findings).toContainEqual(
      expect.objectContaining({
        file: 'meetings/2025-09-16.md',
        line: 4,
        rule: 'meeting-time',
        severity: 'warning',
        message_id: 'meeting-time/end-not-after-start',
      }),
    );
  });

  it('names the chair and the minutes by short name, writes titles in lower case and a focus area once', async () => {
    const folder = copyFixture('ks-kdd-digital');
    edit(folder, 'meetings/2024-10-22.md', (text) =>
      text.replace(
        'ks: [Fagdirektør digitalisering]',
        'ks: [Fagdirektør digitalisering, "Kari Nordmann, Seniorrådgiver"]',
      ),
    );
    const referat = (await runCli(['render', 'minutes', '2024-10-22', ...TODAY], { cwd: folder })).stdout;
    expect(referat).toContain('| Møteleder | KS |\n| Referent | DFD |');
    expect(referat).toContain(
      '- KS: fagdirektør digitalisering; Kari Nordmann, seniorrådgiver\n- DFD: avdelingsdirektør',
    );

    const agenda = (await runCli(['render', 'agenda', '2025-09-16', ...TODAY], { cwd: folder })).stdout;
    const [, saksliste = ''] = agenda.split('## Saksliste');
    expect(saksliste).toMatch(/^\n\nFokusområder i avtalen:\n\n- Fokusområde A: .+\n- Fokusområde B: .+\n\n### Sak/);
    expect(saksliste.match(/Fokusområde A\b/g)).toHaveLength(2);
    expect(saksliste).toContain('\nFokusområde A.\n');
  });

  it('lists the oppfølgingspunkter as a table, whatever their text holds', async () => {
    const folder = copyFixture('ks-kdd-digital');
    edit(folder, 'meetings/2024-10-22.md', (text) =>
      text.replace('DFD sender ut rapporten', 'DFD | sender ut rapporten'),
    );
    const referat = await runCli(['render', 'minutes', '2024-10-22', '--format', 'html', ...TODAY], { cwd: folder });
    const table = /<table>\s*<thead>\s*<tr>\s*<th>Sak<\/th>[\s\S]*?<\/table>/.exec(referat.stdout)?.[0] ?? '';
    expect([...table.matchAll(/<th>([^<]*)<\/th>/g)].map((cell) => cell[1])).toEqual([
      'Sak',
      'Oppfølgingspunkt',
      'Ansvar',
      'Frist',
    ]);
    expect([...table.matchAll(/<td>([^<]*)<\/td>/g)].map((cell) => cell[1])).toEqual([
      '14/24',
      'DFD | sender ut rapporten om digital sårbarhet til kommunene',
      'DFD',
      '31.\u00a0desember 2024',
    ]);
  });

  it('warns of a letter no named person signs, and says nothing when the party has a contact', async () => {
    const unsigned = await runCli(['render', 'agenda', '2018-09-20', '--today', '2018-09-01'], {
      cwd: copyFixture(),
    });
    expect(unsigned.code).toBe(0);
    expect(unsigned.stderr).toContain(
      'Warning: the document is signed by the party alone, with no person named: letters and referater between a ministry and KS are signed by a named officer. Give party kmd a contact (name and title) in agreement/agreement.md.',
    );
    const signed = await runCli(['render', 'minutes', '2024-10-22', ...TODAY], { cwd: copyFixture('ks-kdd-digital') });
    expect(signed.stderr).not.toContain('Warning');
  });

  it('in Word: the marking at the head of every page and not again in the text, the labels in a narrow column', async () => {
    const folder = copyFixture('ks-kdd-digital');
    const written = await runCli(['render', 'agenda', '2025-09-16', '-o', 'innkalling.docx', ...TODAY], {
      cwd: folder,
    });
    expect(written.code, written.stderr).toBe(0);
    const parts = unzipSync(readFileSync(join(folder, 'innkalling.docx')));
    const marking = 'Unntatt offentlighet, jf. offl. § 13 jf. fvl. § 13 første ledd nr. 1';
    expect(parts.get('word/header1.xml')).toContain(marking);
    const document = parts.get('word/document.xml') ?? '';
    expect(document).not.toContain(marking);
    const widths = (grid: string) => [...grid.matchAll(/w:w="(\d+)"/g)].map((match) => Number(match[1]));
    const grids = [...document.matchAll(/<w:tblGrid>(.*?)<\/w:tblGrid>/g)].map((match) => widths(match[1] ?? ''));
    // The references in three equal columns, then Tid/Sted: a quarter of the 9,241 twips of text width for the labels.
    expect(grids[0]).toEqual([3080, 3080, 3080]);
    expect(grids[1]).toEqual([2310, 6931]);
  });
});
