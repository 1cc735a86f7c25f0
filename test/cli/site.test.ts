/**
 * partnership site on both agreements in the fixtures: the pages, the feeds and the data; what the
 * public site leaves out (a document exempt from public access, every personal name outside a published
 * document) and the internal one keeps, with its banner; the calendar's UIDs as `calendar` writes them.
 * The pages in Chromium (axe-core, search, print) are test/site-browser.test.ts.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { copyFixture, type FixtureName, temporaryFolder } from '../helpers/repository.js';
import { SITE_PAGES } from '../helpers/site.js';

const CASES: Array<{ fixture: FixtureName; today: string; exempt: string; kept: string }> = [
  { fixture: 'ks-kmd-2018', today: '2018-12-31', exempt: '2018-09-20', kept: '2018-03-14' },
  { fixture: 'ks-kdd-digital', today: '2025-09-01', exempt: '2024-10-22', kept: '2024-06-11' },
];
const BASIS = 'offl. § 13 jf. fvl. § 13 første ledd nr. 1';

/** The fixture with one held meeting's referat marked exempt from public access. */
function records(fixture: FixtureName, exempt: string): string {
  const folder = copyFixture(fixture);
  const path = join(folder, 'meetings', `${exempt}.md`);
  const text = readFileSync(path, 'utf8');
  writeFileSync(
    path,
    text
      .replace(/^exempt_from_access:.*\n/m, '')
      .replace(/^---\n/, `---\nexempt_from_access: { minutes: "${BASIS}" }\n`),
  );
  return folder;
}

function files(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(folder, join(entry.parentPath, entry.name)))
    .sort();
}

async function build(folder: string, today: string, ...options: string[]) {
  const out = join(temporaryFolder(), 'site');
  const result = await runCli(['site', '--out', out, '--today', today, ...options], { cwd: folder });
  return { out, ...result };
}

describe.each(CASES)('$fixture: partnership site', ({ fixture, today, exempt, kept }) => {
  it('writes every page kind, the feeds and the data, and leaves out in public what is exempt', async () => {
    const folder = records(fixture, exempt);
    const site = await build(folder, today);
    expect(site.code, site.stderr).toBe(0);
    expect(site.stdout).toMatch(/^Wrote the public site, \d+ pages, to .*site: nothing exempt from public access/);
    const written = files(site.out);
    for (const page of [...SITE_PAGES, 'kalender.ics', 'endringer.atom', 'data.json', 'sok.json', 'sok.js', 'stil.css'])
      expect(written, page).toContain(page);
    expect(written).toContain(`moter/${kept}/referat.html`);
    expect(written).not.toContain(`moter/${exempt}/referat.html`);
    expect(readFileSync(join(site.out, 'moter/index.html'), 'utf8')).toContain(`unntatt offentlighet (${BASIS})`);
    const data = JSON.parse(readFileSync(join(site.out, 'data.json'), 'utf8'));
    expect(
      data.meetings
        .find((meeting: { id: string }) => meeting.id === exempt)
        .documents.map((d: { kind: string }) => d.kind),
    ).not.toContain('minutes');
    expect(JSON.stringify(data)).not.toMatch(/attendees/);
    const index = JSON.parse(readFileSync(join(site.out, 'sok.json'), 'utf8')) as Array<{ url: string }>;
    expect(index.map((entry) => entry.url)).not.toContain(`moter/${exempt}/referat.html`);

    const internal = await build(folder, today, '--internal');
    expect(internal.code, internal.stderr).toBe(0);
    expect(files(internal.out)).toContain(`moter/${exempt}/referat.html`);
    for (const page of files(internal.out).filter((file) => file.endsWith('.html')))
      expect(readFileSync(join(internal.out, page), 'utf8'), page).toContain(
        'Intern versjon: inneholder opplysninger som er unntatt offentlighet.',
      );
    expect(readFileSync(join(site.out, 'index.html'), 'utf8')).not.toContain('Intern versjon');
  });

  it('names no person in public outside the documents that were published', async () => {
    const folder = records(fixture, exempt);
    const site = await build(folder, today);
    const agreement = readFileSync(join(folder, 'agreement/agreement.md'), 'utf8');
    const meetings = readdirSync(join(folder, 'meetings')).map((file) =>
      readFileSync(join(folder, 'meetings', file), 'utf8'),
    );
    // Every person the records name: contacts, signatories and attendees.
    const people = new Set(
      [agreement, ...meetings].flatMap((text) =>
        [...text.matchAll(/(?:name: |^\s+- )([A-ZÆØÅ][a-zæøå]+(?: [A-ZÆØÅ][a-zæøå]+)+)\s*(?:[,}]|$)/gm)].map(
          (match) => match[1] as string,
        ),
      ),
    );
    expect(people.size).toBeGreaterThan(0);
    // The documents that went out, and the agreement, its protocols and the evaluation basis, which are published as they are.
    const documents = files(site.out).filter(
      (file) =>
        (file.startsWith('moter/') && file !== 'moter/index.html') ||
        ['avtalen.html', 'forlengelser.html', 'evaluering.html'].includes(file),
    );
    const published = documents.map((file) => readFileSync(join(site.out, file), 'utf8')).join('\n');
    for (const file of files(site.out).filter((each) => !documents.includes(each))) {
      const text = readFileSync(join(site.out, file), 'utf8');
      for (const person of people) {
        if (text.includes(person)) expect(published, `${person} in ${file}`).toContain(person);
      }
    }
  });

  it('gives the calendar feed the UIDs calendar writes, and an Atom feed of the documents as they went out', async () => {
    const folder = records(fixture, exempt);
    const site = await build(folder, today);
    const feed = new ICAL.Component(ICAL.parse(readFileSync(join(site.out, 'kalender.ics'), 'utf8')));
    const calendar = await runCli(['calendar', '--ics', '-', '--today', today], { cwd: folder });
    const expected = new ICAL.Component(ICAL.parse(calendar.stdout));
    const uids = (component: ICAL.Component) =>
      component.getAllSubcomponents('vevent').map((event) => event.getFirstPropertyValue('uid'));
    expect(uids(feed)).toEqual(uids(expected));
    const atom = readFileSync(join(site.out, 'endringer.atom'), 'utf8');
    expect(atom).toMatch(/^<\?xml version="1\.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www\.w3\.org\/2005\/Atom"/);
    expect(atom).toContain(`/moter/${kept}/referat.html`.slice(1));
    expect(atom).not.toContain(`moter/${exempt}/referat.html`);
    expect(atom.match(/<entry>/g)?.length).toBe(atom.match(/<\/entry>/g)?.length);
  });
});

describe('partnership site', () => {
  it('anchors each clause of the agreement, and logs each conclusion and follow-up point at a stable address', async () => {
    const site = await build(copyFixture('ks-kmd-2018'), '2018-12-31');
    const agreement = readFileSync(join(site.out, 'avtalen.html'), 'utf8');
    expect(agreement).toContain('<h2 id="punkt-2">2. Avtalepartenes plikter</h2>');
    expect(agreement).toContain('<h3 id="punkt-1-1">1.1 Tilhørende avtaler</h3>');
    const decisions = readFileSync(join(site.out, 'beslutninger.html'), 'utf8');
    expect(decisions).toMatch(
      /<li id="sak-8-18"><a href="#sak-8-18">Sak 8\/18<\/a> Godkjenning av referat fra forrige møte: Referatet fra møtet 14\. mars 2018 ble godkjent\.<\/li>/,
    );
    const digital = await build(copyFixture('ks-kdd-digital'), '2025-09-01');
    expect(readFileSync(join(digital.out, 'beslutninger.html'), 'utf8')).toMatch(
      /<tr id="oppfolging-2024-10-22-1"><th scope="row"><a href="#oppfolging-2024-10-22-1">/,
    );
    const home = readFileSync(join(site.out, 'index.html'), 'utf8');
    expect(home).toMatch(/<html lang="nb">/);
    expect(home).toContain('<a class="skip" href="#innhold">Hopp til hovedinnholdet</a>');
    expect(readFileSync(join(site.out, 'tilgjengelighet.html'), 'utf8')).toContain(
      'Erklæringen ble sist oppdatert 31.\u00a0desember 2018.',
    );
  });

  it('writes nynorsk for a nynorsk agreement', async () => {
    const folder = copyFixture('ks-kmd-2018');
    const path = join(folder, 'agreement/agreement.md');
    writeFileSync(path, readFileSync(path, 'utf8').replace(/^title:/m, 'language: nn\ntitle:'));
    const site = await build(folder, '2018-12-31');
    expect(site.code, site.stderr).toBe(0);
    const home = readFileSync(join(site.out, 'index.html'), 'utf8');
    expect(home).toContain('<html lang="nn">');
    expect(home).toContain('Hopp til hovudinnhaldet');
    expect(home).toContain('Avtalen gjeld til og med 31.\u00a0desember 2018.');
  });

  it('replaces the site it built before, whole, and never a folder it did not build', async () => {
    const folder = copyFixture('ks-kmd-2018');
    const first = await build(folder, '2018-12-31');
    writeFileSync(join(first.out, 'moter', 'gammel.html'), 'old');
    expect((await runCli(['site', '--out', first.out, '--today', '2018-12-31'], { cwd: folder })).code).toBe(0);
    expect(existsSync(join(first.out, 'moter', 'gammel.html'))).toBe(false);
    expect(readdirSync(join(first.out, '..')).filter((name) => name.includes('partnership-'))).toEqual([]);

    const foreign = join(temporaryFolder(), 'mine');
    mkdirSync(foreign);
    writeFileSync(join(foreign, 'notes.txt'), 'keep');
    const refused = await runCli(['site', '--out', foreign, '--today', '2018-12-31'], { cwd: folder });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/is a folder the tool did not build: give --out a new folder/);
    expect(readdirSync(foreign)).toEqual(['notes.txt']);
    for (const inside of ['meetings', '.git/site']) {
      const into = await runCli(['site', '--out', inside, '--today', '2018-12-31'], { cwd: folder });
      expect(into.code, inside).toBe(2);
    }
    const both = await runCli(['site', '--public', '--internal'], { cwd: folder });
    expect(both.code).toBe(2);
    expect(both.stderr).toMatch(/give --public or --internal, not both/);
  });
});
