import { describe, expect, it } from 'vitest';
import { readFrontMatter } from '../src/records/front-matter.js';
import { appendListItem, setMap, verifyEdit } from '../src/writing/edit-front-matter.js';

function frontMatterOf(text: string) {
  const result = readFrontMatter(text);
  if (!result.ok) throw new Error('does not parse');
  return result.frontMatter;
}

const BODY =
  '\n# Avtaleteksten\n\nEn lang linje som ikke skal brytes om, selv om den er lengre enn åtti tegn, fordi det er brukerens tekst.\n';
const item = { year: 2019, decided: '2018-11-15', notice: 'agreement/notices/2019-forlengelse.md' };

describe('editing the agreement front matter', () => {
  it('turns an empty list into a block list, keeping comments, alignment, quoting and the body byte for byte', () => {
    const text = `---\nid: avtale   # aligned comment\ntitle: "En tittel: med kolon"\nextensions: []            # written by partnership renew\ntermination: null\n---${BODY}`;
    const edited = appendListItem(text, frontMatterOf(text), 'extensions', item);
    expect(edited).toBe(
      `---\nid: avtale   # aligned comment\ntitle: "En tittel: med kolon"\nextensions:\n  - { year: 2019, decided: 2018-11-15, notice: agreement/notices/2019-forlengelse.md }            # written by partnership renew\ntermination: null\n---${BODY}`,
    );
    verifyEdit(text, edited, { ...frontMatterOf(text).data, extensions: [item] });
  });

  it('appends to a block list after its last line, leaving the items there as they are', () => {
    const text = `---\nextensions:\n    - {year: 2019, decided: 2018-11-15, notice: a.md}   # first\ntermination: null\n---${BODY}`;
    const edited = appendListItem(text, frontMatterOf(text), 'extensions', { ...item, year: 2020 });
    expect(edited).toBe(
      `---\nextensions:\n    - {year: 2019, decided: 2018-11-15, notice: a.md}   # first\n    - { year: 2020, decided: 2018-11-15, notice: agreement/notices/2019-forlengelse.md }\ntermination: null\n---${BODY}`,
    );
  });

  it('adds a missing key at the end of the front matter', () => {
    const text = `---\nid: avtale\n---${BODY}`;
    expect(appendListItem(text, frontMatterOf(text), 'extensions', item)).toBe(
      `---\nid: avtale\nextensions:\n  - { year: 2019, decided: 2018-11-15, notice: agreement/notices/2019-forlengelse.md }\n---${BODY}`,
    );
  });

  it('sets termination from null, or from nothing, as a block map', () => {
    const termination = {
      by: 'ks',
      notified: '2019-01-31',
      effective: '2019-02-28',
      notice: 'agreement/notices/2019-01-31-oppsigelse.md',
    };
    const text = `---\ntermination: null   # written by partnership terminate\nmeetings:\n  per_year: 2\n---${BODY}`;
    expect(setMap(text, frontMatterOf(text), 'termination', termination)).toBe(
      `---\ntermination:\n  by: ks\n  notified: 2019-01-31\n  effective: 2019-02-28\n  notice: agreement/notices/2019-01-31-oppsigelse.md   # written by partnership terminate\nmeetings:\n  per_year: 2\n---${BODY}`,
    );
    const empty = `---\ntermination:\nmeetings: {}\n---${BODY}`;
    expect(setMap(empty, frontMatterOf(empty), 'termination', { by: 'ks' })).toBe(
      `---\ntermination:\n  by: ks\nmeetings: {}\n---${BODY}`,
    );
  });

  it('keeps CRLF line endings', () => {
    const text = `---\r\nid: avtale\r\nextensions: []\r\n---\r\nTekst\r\n`;
    expect(appendListItem(text, frontMatterOf(text), 'extensions', item)).toBe(
      `---\r\nid: avtale\r\nextensions:\r\n  - { year: 2019, decided: 2018-11-15, notice: agreement/notices/2019-forlengelse.md }\r\n---\r\nTekst\r\n`,
    );
  });

  it('refuses to overwrite a termination already set', () => {
    const text = `---\ntermination: { by: ks }\n---\n`;
    expect(() => setMap(text, frontMatterOf(text), 'termination', { by: 'kmd' })).toThrow('termination is already set');
  });
});
