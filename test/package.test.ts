/**
 * The package as a user installs it: packed as a tarball, installed in an empty folder, and run on a
 * records folder elsewhere. Everything it runs is in its bundles, so it brings no other package.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyFixture, PROJECT_ROOT, temporaryFolder } from './helpers/repository.js';

/**
 * npm on its own: a cache of its own (no other npm on the machine shares it), no network, no
 * settings inherited from the npm that runs the tests, and a bound on how long it may take.
 */
function npm(cwd: string, cache: string, ...args: string[]): string {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !name.toLowerCase().startsWith('npm_')),
  );
  return execFileSync('npm', [...args, '--cache', cache, '--offline', '--no-audit', '--no-fund', '--loglevel=error'], {
    cwd,
    env,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: 60_000,
  });
}

describe('the packed package', () => {
  it('installs with no other package, and its command validates and renders a records folder elsewhere', () => {
    const [packs, cache, project] = [temporaryFolder(), temporaryFolder(), temporaryFolder()];
    // --ignore-scripts: pack the bundle npm test built, without rebuilding it under the other tests' feet.
    const packing = npm(PROJECT_ROOT, cache, 'pack', '--ignore-scripts', '--json', '--pack-destination', packs);
    const [packed] = JSON.parse(packing) as Array<{ filename: string }>;
    writeFileSync(join(project, 'package.json'), '{ "private": true }\n');
    npm(project, cache, 'install', join(packs, packed!.filename));

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
