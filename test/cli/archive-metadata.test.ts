/**
 * What an archivist registers, from the records: `--metadata` writes the Noark 5 journal fields beside
 * the document, for the sender's archive (outgoing) and each receiver's (incoming); Word carries the same
 * fields as custom properties. A PDF's every page carrying the access marking: document-pdf.test.ts.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { copyFixture } from '../helpers/repository.js';
import { unzipSync } from '../helpers/unzip.js';

const TODAY = ['--today', '2025-09-01'];

describe('the archive fields of a document', () => {
  it("registers an innkalling in the sender's archive as outgoing and in the receiver's as incoming", async () => {
    const folder = copyFixture('ks-kdd-digital');
    const written = await runCli(['render', 'agenda', '2025-09-16', '-o', 'innkalling.docx', '--metadata', ...TODAY], {
      cwd: folder,
    });
    expect(written.code, written.stderr).toBe(0);
    const metadata = JSON.parse(readFileSync(join(folder, 'innkalling.metadata.json'), 'utf8'));
    const file = readFileSync(join(folder, 'innkalling.docx'));
    expect(metadata).toEqual({
      format: 'partnership/noark5-journal/1',
      tittel: 'Innkalling til samarbeidsmøte 16.\u00a0september 2025',
      offentligTittel: 'Innkalling til samarbeidsmøte 16.\u00a0september 2025',
      dokumentetsDato: '2025-09-01',
      dokumenttype: 'Møteinnkalling',
      spraak: 'nb',
      skjerming: { tilgangsrestriksjon: '13', skjermingshjemmel: 'offl. § 13 jf. fvl. § 13 første ledd nr. 1' },
      journalposter: [
        {
          arkivskaper: 'KS – Kommunesektorens organisasjon',
          journalposttype: 'Utgående dokument',
          saksnummer: '22/00456',
          dokumentnummer: '77',
          korrespondansepart: [
            {
              korrespondanseparttype: 'Mottaker',
              korrespondansepartNavn: 'Digitaliserings- og forvaltningsdepartementet',
            },
            { korrespondanseparttype: 'Kopimottaker', korrespondansepartNavn: 'Digitaliseringsdirektoratet' },
          ],
          saksbehandler: 'Lars Moen',
          administrativEnhet: 'Avdeling for digitalisering',
        },
        {
          arkivskaper: 'Digitaliserings- og forvaltningsdepartementet',
          journalposttype: 'Inngående dokument',
          saksnummer: '22/1234',
          dokumentnummer: null,
          korrespondansepart: [
            { korrespondanseparttype: 'Avsender', korrespondansepartNavn: 'KS – Kommunesektorens organisasjon' },
            { korrespondanseparttype: 'Kopimottaker', korrespondansepartNavn: 'Digitaliseringsdirektoratet' },
          ],
          saksbehandler: null,
          administrativEnhet: expect.anything(),
        },
      ],
      vedlegg: [{ tittel: 'Notat om innbyggerdialog' }, { tittel: 'Utkast: veikart for fellesløsninger' }],
      dokumentobjekt: {
        filnavn: 'innkalling.docx',
        format: 'fmt/412',
        formatDetaljer: 'Microsoft Word for Windows 2007 onwards',
        mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        filstoerrelse: file.length,
        sjekksumAlgoritme: 'SHA-256',
        sjekksum: createHash('sha256').update(file).digest('hex'),
      },
    });
    const custom = unzipSync(file).get('docProps/custom.xml') ?? '';
    const properties = Object.fromEntries(
      [...custom.matchAll(/name="([^"]+)"><vt:lpwstr>([^<]*)</g)].map(([, name, value]) => [name, value]),
    );
    expect(properties).toEqual({
      tittel: 'Innkalling til samarbeidsmøte 16.\u00a0september 2025',
      dokumentetsDato: '2025-09-01',
      dokumenttype: 'Møteinnkalling',
      saksnummer: '22/00456',
      dokumentnummer: '77',
      saksbehandler: 'Lars Moen',
      administrativEnhet: 'Avdeling for digitalisering',
      tilgangsrestriksjon: '13',
      skjermingshjemmel: 'offl. § 13 jf. fvl. § 13 første ledd nr. 1',
    });
  });

  it('registers a public referat without restriction, a protocol from the convener, in the written standard asked for', async () => {
    const folder = copyFixture('ks-kmd-2018');
    await runCli(['render', 'minutes', '2018-09-20', '-o', 'referat.md', '--metadata'], { cwd: folder });
    const referat = JSON.parse(readFileSync(join(folder, 'referat.metadata.json'), 'utf8'));
    expect(referat).toMatchObject({ dokumenttype: 'Møtereferat', skjerming: null, dokumentetsDato: '2018-10-04' });
    expect(referat).not.toHaveProperty('offentligTittel');
    expect(referat.dokumentobjekt).toMatchObject({ format: 'fmt/1149', mimeType: 'text/markdown' });

    const renewed = await runCli(
      ['--lang', 'nn', 'renew', '--year', '2019', '--decided', '2018-11-15', '-o', 'protokoll.html', '--metadata'],
      { cwd: folder, env: { PARTNERSHIP_TODAY: '2018-11-15' } },
    );
    expect(renewed.code, renewed.stderr).toBe(0);
    const protocol = JSON.parse(readFileSync(join(folder, 'protokoll.metadata.json'), 'utf8'));
    expect(protocol).toMatchObject({ dokumenttype: 'Avtale', spraak: 'nn', dokumentetsDato: '2018-11-15' });
    expect(protocol.journalposter.map((entry: { journalposttype: string }) => entry.journalposttype)).toEqual([
      'Utgående dokument',
      'Inngående dokument',
    ]);
    expect(protocol.journalposter[0].arkivskaper).toBe('Kommunal- og moderniseringsdepartementet');
  });

  it('refuses --metadata without a file, and leaves no document when its fields cannot be written', async () => {
    const folder = copyFixture('ks-kdd-digital');
    const bare = await runCli(['render', 'agenda', '2025-09-16', '--metadata', ...TODAY], { cwd: folder });
    expect(bare.code).toBe(2);
    expect(bare.stderr).toContain('--metadata writes the archive fields beside the document');
    const pdf = await runCli(['render', 'agenda', '2025-09-16', '--format', 'pdf', ...TODAY], { cwd: folder });
    expect(pdf.code).toBe(2);
    expect(pdf.stderr).toContain('PDF is a binary file: name the file to write with -o');
    // A folder where the fields would go: the document is not left without them.
    mkdirSync(join(folder, 'innkalling.metadata.json'));
    const blocked = await runCli(['render', 'agenda', '2025-09-16', '-o', 'innkalling.pdf', '--metadata', ...TODAY], {
      cwd: folder,
    });
    expect(blocked.code).toBe(2);
    expect(existsSync(join(folder, 'innkalling.pdf'))).toBe(false);
  });
});
