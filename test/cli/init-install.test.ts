/**
 * The install routes on a repository made by init: this very tool packed under vendor/ or installed
 * globally, each installed offline and run as the records repository would run it.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateWorkflow } from '@action-validator/core';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { BIN, runCli } from '../helpers/cli.js';
import { GIT_IDENTITY, INIT_OPTIONS, INIT_TODAY } from '../helpers/init.js';
import { npm, npmFreeEnvironment } from '../helpers/npm.js';
import { copyFixture, temporaryFolder } from '../helpers/repository.js';

const OPTIONS = [...INIT_OPTIONS, '--per-year', '3'];
const TODAY = INIT_TODAY;

beforeEach(() => {
  // init commits as whoever git says; the machine that runs the tests may have no identity.
  for (const [name, value] of Object.entries(GIT_IDENTITY)) vi.stubEnv(name, value);
});

describe('the install routes, on a repository made by init', () => {
  it('tarball (the default) and global: this very tool packed under vendor/, installed alone, run with npx --no-install; then installed globally', async () => {
    const parent = temporaryFolder();
    // The default packs the tool that runs: here the built package in the project.
    const packed = spawnSync(process.execPath, [BIN, 'init', 'avtale', ...OPTIONS, ...TODAY], {
      cwd: parent,
      encoding: 'utf8',
      env: npmFreeEnvironment(),
    });
    expect(packed.status, packed.stderr).toBe(0);
    const folder = join(parent, 'avtale');
    npm(folder, temporaryFolder(), 'install');
    // Everything it runs is in its bundles: installing it brings no other package.
    expect(readdirSync(join(folder, 'node_modules')).filter((name) => !name.startsWith('.'))).toEqual([
      '@ks-samarbeid',
    ]);
    expect(readdirSync(join(folder, 'node_modules', '@ks-samarbeid'))).toEqual(['partnership']);
    // The source map (two thirds of the installed size) stays in the project, for its own debugging.
    expect(readdirSync(join(folder, 'node_modules', '@ks-samarbeid', 'partnership', 'dist')).sort()).toEqual([
      'chart-images.cjs',
      'data',
      'evaluation.cjs',
      'formats.cjs',
      'formats.cjs.LEGAL.txt',
      'handlebars.cjs',
      'partnership.cjs',
      'partnership.cjs.LEGAL.txt',
      'pdf.cjs',
      'pdf.cjs.LEGAL.txt',
      'prompts.cjs',
      'resvg.wasm',
      'smtp.cjs',
    ]);
    // As CI runs it: npx --no-install, which finds the pinned tool and never fetches one.
    const validated = spawnSync('npx', ['--no-install', 'partnership', 'validate', ...TODAY], {
      cwd: folder,
      encoding: 'utf8',
      env: npmFreeEnvironment(),
    });
    expect(validated.stdout + validated.stderr).toBe('✔ 1 record checked: no problems\n');
    expect(validated.status).toBe(0);

    // The installed tool on other records: a template of their own is compiled by the compiler bundled beside it.
    const records = copyFixture();
    writeFileSync(
      join(records, 'templates', 'agenda.md.hbs'),
      'Innkalling {{date meeting.date}}: {{#each meeting.items}}{{number}} {{/each}}\n',
    );
    const installed = join(folder, 'node_modules', '.bin', 'partnership');
    const rendered = spawnSync(installed, ['render', 'agenda', '2018-09-20', '--repo', records], { encoding: 'utf8' });
    // The fixture's ministry has no named contact: the one thing said on standard error.
    expect(rendered.stderr).toMatch(/^Warning: the document is signed by the party alone[^\n]*\n$/);
    expect(rendered.stdout).toBe('Innkalling 20.\u00a0september 2018: 7/18 8/18 9/18 10/18 11/18 12/18 \n');
    // PDF/A from the installed package alone: its bundle, its fonts and its colour profile.
    const pdf = spawnSync(
      installed,
      ['render', 'minutes', '2018-09-20', '--repo', records, '-o', join(records, 'r.pdf')],
      {
        encoding: 'utf8',
      },
    );
    expect(pdf.status, pdf.stderr).toBe(0);
    const bytes = readFileSync(join(records, 'r.pdf'));
    expect(bytes.subarray(0, 8).toString('latin1')).toBe('%PDF-1.7');
    expect(bytes.toString('latin1')).toMatch(/\/FontFile2 \d+ 0 R/);
    expect(bytes.toString('latin1')).toContain('/S /GTS_PDFA1');

    // global: the same tarball installed once with npm install --global, the source the workflow names.
    const vendored = join(folder, 'vendor', 'ks-samarbeid-partnership-0.1.0.tgz');
    const made = await runCli(['init', 'global', ...OPTIONS, '--install', `global=${vendored}`, ...TODAY], {
      cwd: parent,
    });
    expect(made.code, made.stderr).toBe(0);
    const global = join(parent, 'global');
    const workflow = readFileSync(join(global, '.github/workflows/records.yml'), 'utf8');
    expect(workflow).toContain(
      `run: npm install --global --ignore-scripts --no-audit --no-fund ${JSON.stringify(vendored)}`,
    );
    expect(validateWorkflow(workflow).errors).toEqual([]);
    expect(JSON.parse(readFileSync(join(global, 'package.json'), 'utf8')).devDependencies).toBeUndefined();
    const prefix = temporaryFolder();
    npm(global, temporaryFolder(), 'install', '--global', '--prefix', prefix, vendored);
    const globally = spawnSync(join(prefix, 'bin', 'partnership'), ['validate', ...TODAY], {
      cwd: global,
      encoding: 'utf8',
    });
    expect(globally.stdout).toBe('✔ 1 record checked: no problems\n');
  });

  it('git: a git dependency pinned in package.json, built on install (installed for real in CI: .ci/install-routes)', async () => {
    const parent = temporaryFolder();
    const url = 'https://github.com/ks-samarbeid/partnership.git#v0.1.0';
    const { code, stderr } = await runCli(['init', 'avtale', ...OPTIONS, '--install', `git=${url}`, ...TODAY], {
      cwd: parent,
    });
    expect(code, stderr).toBe(0);
    const folder = join(parent, 'avtale');
    expect(JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')).devDependencies).toEqual({
      '@ks-samarbeid/partnership': `git+${url}`,
    });
    const workflow = readFileSync(join(folder, '.github/workflows/records.yml'), 'utf8');
    expect(workflow).toMatch(/working-directory: trusted\n {8}run: npm install --no-audit --no-fund\n/);
    expect(validateWorkflow(workflow).errors).toEqual([]);
    expect(existsSync(join(folder, 'vendor'))).toBe(false);
  });
});
