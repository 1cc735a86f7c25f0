/**
 * The layout shows the pipeline: each folder of src/ is a stage, and imports
 * run down the stages only, so a rule never reaches into a command, nor the
 * model into the scheduler.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from './helpers/repository.js';
import { SOURCE, sourceFiles } from './helpers/sources.js';

/** From the bottom up: a folder may import from its own and the ones before it. */
const STAGES = [
  'messages',
  'lib',
  'model',
  'records',
  'writing',
  'term',
  'schedule',
  'documents',
  'rules',
  'pipeline',
  'evaluation',
  'site',
  'portfolio',
  'report',
  'git',
  'session',
  'setup',
  'commands',
  'cli',
];

const stageOf = (file: string) => relative(SOURCE, file).split('/')[0] ?? '';

describe('the source layout', () => {
  it('keeps no source file out of git: .gitignore ignores none of them', () => {
    const files = sourceFiles().map((file) => relative(PROJECT_ROOT, file));
    const ignored = spawnSync('git', ['check-ignore', '--no-index', '--stdin'], {
      cwd: PROJECT_ROOT,
      input: files.join('\n'),
      encoding: 'utf8',
    });
    expect(ignored.stdout.split('\n').filter(Boolean)).toEqual([]);
  });

  it('has every file in a stage folder', () => {
    const outside = sourceFiles().filter((file) => !STAGES.includes(stageOf(file)));
    expect(outside.map((file) => relative(SOURCE, file))).toEqual([]);
  });

  it('imports down the pipeline only', () => {
    const upward: string[] = [];
    for (const file of sourceFiles()) {
      const text = readFileSync(file, 'utf8');
      for (const [, specifier] of text.matchAll(/(?:from|import\()\s*'(\.{1,2}\/[^']+)'/g)) {
        const target = resolve(dirname(file), specifier!);
        if (STAGES.indexOf(stageOf(target)) > STAGES.indexOf(stageOf(file)))
          upward.push(`${relative(SOURCE, file)} imports ${relative(SOURCE, target)}`);
      }
    }
    expect(upward).toEqual([]);
  });

  it('holds only commands in commands/: each module there is one the command tree loads', () => {
    const tree = readFileSync(join(SOURCE, 'cli/main.ts'), 'utf8');
    const loaded = new Set([...tree.matchAll(/import\('\.\.\/commands\/([a-z-]+)\.js'\)/g)].map((match) => match[1]));
    const modules = readdirSync(join(SOURCE, 'commands')).map((name) => name.replace(/\.ts$/, ''));
    expect(modules.filter((name) => !loaded.has(name))).toEqual([]);
  });

  it('DEVELOPMENT.md names only source files that exist', () => {
    const guide = readFileSync(join(PROJECT_ROOT, 'DEVELOPMENT.md'), 'utf8');
    const names = new Set(sourceFiles().map((file) => relative(SOURCE, file).split('/').pop()));
    const missing = [...guide.matchAll(/`([a-z0-9/._-]+\.ts)`/g)]
      .map((match) => match[1] as string)
      .filter((path) =>
        path.includes('/')
          ? !existsSync(join(PROJECT_ROOT, path)) && !existsSync(join(SOURCE, path))
          : !names.has(path),
      );
    expect(missing).toEqual([]);
  });

  it("DEVELOPMENT.md's table of stages names every stage, in the order the imports run", () => {
    const guide = readFileSync(join(PROJECT_ROOT, 'DEVELOPMENT.md'), 'utf8');
    const table = [...guide.matchAll(/^\| `([a-z]+)\/` \|/gm)].map((match) => match[1]);
    expect(table).toEqual(STAGES);
  });
});
