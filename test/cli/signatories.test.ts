/**
 * renew and terminate say who signs for each party and why, and warn when the record's signatory may be
 * stale: not changed since the party took a new name, unchanged since a signing more than a year back, or
 * a minister of another ministry than the party is on the day.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { copyFixture } from '../helpers/repository.js';

/** The KS–KMD records carried past the 2022 rename, with the ministry's signatory never updated. */
function renamedMinistry(): string {
  const folder = copyFixture();
  const path = join(folder, 'agreement', 'agreement.md');
  const text = readFileSync(path, 'utf8')
    .replace(
      '    address: Postboks 8112 Dep, 0032 Oslo\n  - id: ks',
      '    address: Postboks 8112 Dep, 0032 Oslo\n    changes:\n      - { from: 2022-01-01, name: Kommunal- og distriktsdepartementet, short: KDD }\n  - id: ks',
    )
    .replace('end: 2018-12-31', 'end: 2022-12-31');
  writeFileSync(path, text);
  return folder;
}

describe('who signs a protocol or a notice', () => {
  it('says whose signatory it is and since when, and that one from a signing over a year back is to be checked', async () => {
    const folder = copyFixture('ks-kdd-digital');
    const recent = await runCli(['renew', '--year', '2026', '--decided', '2025-11-10', '--today', '2025-11-10'], {
      cwd: folder,
    });
    expect(recent.stderr).toContain(
      "Signed for DFD by Anne Hansen, digitaliserings- og forvaltningsminister: the record's signatory since 2024-01-01.",
    );
    expect(recent.stderr).not.toContain('Warning');
    const old = await runCli(['renew', '--year', '2019', '--decided', '2018-11-15', '--today', '2018-11-15'], {
      cwd: copyFixture(),
    });
    expect(old.stderr).toContain(
      "Warning: KS's signatory is the one from the signing on 2017-09-07, more than a year ago: check it is still who signs",
    );
    const given = await runCli(
      [
        'terminate',
        '--by',
        'ks',
        '--notified',
        '2018-10-31',
        '--today',
        '2018-10-30',
        '--signatory',
        'ks=Kari Nordmann, styreleder i KS',
      ],
      { cwd: copyFixture() },
    );
    expect(given.stderr).toContain('Signed for KS by Kari Nordmann, styreleder i KS: as --signatory gives it.');
    expect(given.stderr).not.toContain('Warning');
  });

  it('warns of a signatory unchanged since the party was renamed, whose title names the old ministry', async () => {
    const { code, stderr } = await runCli(
      ['terminate', '--by', 'kmd', '--notified', '2022-03-01', '--today', '2022-03-01'],
      {
        cwd: renamedMinistry(),
      },
    );
    expect(code, stderr).toBe(0);
    expect(stderr).toContain(
      "Signed for KDD by Jan Tore Sanner, kommunal- og moderniseringsminister: the record's signatory since 2017-09-07.",
    );
    expect(stderr).toContain(
      "Warning: KDD's signatory has not changed since the party took its present name on 2022-01-01",
    );
    expect(stderr).toContain(
      'Warning: KDD\'s signatory is "kommunal- og moderniseringsminister", a minister of another ministry than Kommunal- og distriktsdepartementet',
    );
  });
});
