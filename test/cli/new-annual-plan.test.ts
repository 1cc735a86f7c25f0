import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { copyFixture } from '../helpers/repository.js';

describe('partnership new annual-plan', () => {
  it("writes a draft for the next year from last year's unfinished priorities and the focus areas, and it validates", async () => {
    const folder = copyFixture();
    expect((await runCli(['renew', '--year', '2019', '--today', '2018-10-01', '--write'], { cwd: folder })).code).toBe(
      0,
    );
    const { code, stdout, stderr } = await runCli(['new', 'annual-plan', '--today', '2018-10-01'], { cwd: folder });
    expect(code, stderr).toBe(0);
    expect(stdout).toBe(
      'Wrote annual-plans/2019.md: a draft annual plan for 2019. 1 unfinished priority from 2018 to start from.\nAdd the priorities for each focus area, and record the meeting that adopts it (status: adopted, adopted_in).\n',
    );
    const plan = readFileSync(join(folder, 'annual-plans/2019.md'), 'utf8');
    expect(plan).toBe(`---
year: 2019
status: draft # adopted, with adopted_in, once a held meeting adopts it
adopted_in: null
priorities:
  # Not finished in 2018: keep, change or remove them
  - title: Styrke rekrutteringen til planutdanningene
    focus: B
    responsible: [ ks ]
    due: null
    status: ongoing
---

# Årsplan 2019

Årsplanen er et vedlegg til samarbeidsavtalen (avtalens punkt 2) og viser partenes prioriterte samarbeidsoppgaver for 2019, ordnet etter avtalens fokusområder.

## Fokusområde A: Utfordringer knyttet til kommunesektorens kapasitet og kompetanse innen samfunnsplanlegging og arealplanlegging

## Fokusområde B: Felles innsats som bidrag til å utvikle planlegging som utdanningstilbud og profesjon og å øke attraktivitet og rekruttering til de aktuelle utdanningstilbud

## Fokusområde C: Økt kunnskapstilfang på feltet gjennom samarbeid om ulike FoU-tiltak, utredninger, prosjekter og konferanser
`);
    const validate = await runCli(['validate', '--today', '2018-10-01', '--strict'], { cwd: folder });
    expect(validate.stdout).toBe('✔ 7 records checked: no problems\n');
  });

  it('refuses a year not in force, naming the renew command, and a year that has a plan', async () => {
    const folder = copyFixture();
    const early = await runCli(['new', 'annual-plan', '--year', '2019', '--today', '2018-10-01'], { cwd: folder });
    expect(early.code).toBe(1);
    expect(early.stderr).toBe(
      'partnership: the agreement is not in force in 2019 (from 2017-09-07 to 2018-12-31): if the parties extend it, record the extension first with partnership renew --year 2019 (§7)\n',
    );
    expect(existsSync(join(folder, 'annual-plans/2019.md'))).toBe(false);
    const twice = await runCli(['new', 'annual-plan', '--year', '2018', '--today', '2018-10-01'], { cwd: folder });
    expect(twice.code).toBe(1);
    expect(twice.stderr).toMatch(/annual-plans\/2018.md already exists and is left as it is/);
  });

  it("writes the second agreement's plan with its own focus areas and clause", async () => {
    const folder = copyFixture('ks-kdd-digital');
    const { code, stderr } = await runCli(['new', 'annual-plan', '--today', '2025-06-01'], { cwd: folder });
    expect(code, stderr).toBe(0);
    const plan = readFileSync(join(folder, 'annual-plans/2025.md'), 'utf8');
    expect(plan).toMatch(
      /^---\nyear: 2025\nstatus: draft .*\nadopted_in: null\npriorities:\n {2}# Not finished in 2024/,
    );
    expect(plan).toContain('  - title: Felles løsning for digital post\n');
    expect(plan).toContain('## Fokusområde D: Deling av data mellom forvaltningsnivåene');
    expect(plan).toContain('(avtalens punkt 3.1)');
    expect((await runCli(['validate', '--today', '2025-06-01'], { cwd: folder })).code).toBe(0);
  });
});
