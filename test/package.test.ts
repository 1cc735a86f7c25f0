/**
 * The package as a user installs it: packed as a tarball, installed in an empty folder, and run on a
 * records folder elsewhere. Everything it runs is in its bundles, so it brings no other package.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyFixture, PROJECT_ROOT, temporaryFolder } from './helpers/repository.js';

const npm = (cwd: string, ...args: string[]) =>
  execFileSync('npm', [...args, '--no-audit', '--no-fund', '--loglevel=error'], { cwd, encoding: 'utf8' });

describe('the packed package', () => {
  it('installs with no other package, and its command validates and renders a records folder elsewhere', () => {
    const packs = temporaryFolder();
    // --ignore-scripts: pack the bundle npm test built, without rebuilding it under the other tests' feet.
    const [packed] = JSON.parse(
      npm(PROJECT_ROOT, 'pack', '--ignore-scripts', '--json', '--pack-destination', packs),
    ) as Array<{ filename: string }>;
    const project = temporaryFolder();
    writeFileSync(join(project, 'package.json'), '{ "private": true }\n');
    npm(project, 'install', '--offline', join(packs, packed!.filename));

    expect(readdirSync(join(project, 'node_modules')).filter((name) => !name.startsWith('.'))).toEqual(['partnership']);

    const records = copyFixture();
    const run = (...args: string[]) =>
      spawnSync(join(project, 'node_modules', '.bin', 'partnership'), [...args, '--repo', records], {
        cwd: project,
        encoding: 'utf8',
      });
    const validated = run('validate', '--today', '2018-12-31');
    expect(validated.stdout + validated.stderr).toMatch(/6 records checked: no problems/);
    expect(validated.status).toBe(0);

    // A template of the records' own is compiled by the compiler bundled beside the CLI.
    writeFileSync(
      join(records, 'templates', 'agenda.md.hbs'),
      'Innkalling {{date meeting.date}}: {{#each meeting.items}}{{number}} {{/each}}\n',
    );
    const rendered = run('render', 'agenda', '2018-09-20');
    expect(rendered.stderr).toBe('');
    expect(rendered.stdout).toBe('Innkalling 20. september 2018: 7/18 8/18 9/18 10/18 11/18 12/18 \n');
  });
});
