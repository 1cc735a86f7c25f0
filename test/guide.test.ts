/**
 * The guide cannot go stale: every command in its shell examples runs, in the order it stands, on a copy
 * of the 2018 records in a git repository, on the day the comment before its block names
 * (`<!-- i dag: 2018-11-15 -->`), and succeeds. `init` runs in an empty folder of its own.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { runCli } from './helpers/cli.js';
import { committedFixture, PROJECT_ROOT, temporaryFolder } from './helpers/repository.js';

const GUIDE = readFileSync(join(PROJECT_ROOT, 'docs/brukerveiledning.md'), 'utf8');

interface Example {
  today: string;
  command: string;
  /** What the guide quotes of the command's answer (a ```text block marked `<!-- utskrift -->` after it). */
  quoted?: string;
}

/**
 * The `partnership …` lines of the guide's ```sh blocks, each with the day its block is run on; a block's
 * last command with the answer the guide quotes after it, if it quotes one.
 */
function examples(markdown: string): Example[] {
  const blocks = markdown.matchAll(
    /<!-- i dag: (\d{4}-\d{2}-\d{2}) -->\n```sh\n([\s\S]*?)```(?:\n+(?!```)[^\n<][^\n]*\n+<!-- utskrift -->\n```text\n([\s\S]*?)```)?/g,
  );
  return [...blocks].flatMap(([, today = '', body = '', quoted]) => {
    const commands = body.split('\n').filter((line) => line.startsWith('partnership '));
    return commands.map((command, index) => ({
      today,
      command,
      ...(quoted && index === commands.length - 1 ? { quoted } : {}),
    }));
  });
}

/** The guide's reader works in Norwegian: its commands run, and its quotes are checked, in bokmål. */
const NORWEGIAN = { LANG: 'nb_NO.UTF-8' };

/** The words of a command line as a shell splits them (double quotes only, as the guide writes them). */
function words(line: string): string[] {
  return [...line.matchAll(/"([^"]*)"|(\S+)/g)].map(([, quoted, bare]) => quoted ?? bare ?? '');
}

describe('the guide (docs/brukerveiledning.md)', () => {
  const all = examples(GUIDE);

  it('has a shell example, with its day, for every section that shows a command', () => {
    const blocks = GUIDE.match(/```sh\n[\s\S]*?```/g) ?? [];
    const runnable = blocks.filter((block) => block.includes('\npartnership '));
    expect(runnable.length).toBe(GUIDE.match(/<!-- i dag: /g)?.length);
    expect(all.length).toBeGreaterThanOrEqual(18);
  });

  it('shows a whole meeting that validates as it stands, with no finding', async () => {
    const example = /<!-- eksempel: møte -->\n```markdown\n([\s\S]*?)```/.exec(GUIDE)?.[1];
    expect(example).toBeDefined();
    const records = committedFixture();
    writeFileSync(join(records, 'meetings/2018-11-27.md'), example as string);
    const { code, stdout } = await runCli(['validate', '--today', '2018-11-28', '--format', 'json'], {
      cwd: records,
      env: NORWEGIAN,
    });
    expect(code, stdout).toBe(0);
    expect(
      JSON.parse(stdout).findings.filter((finding: { file: string }) => finding.file.includes('2018-11-27')),
    ).toEqual([]);
  });

  it('runs every command it shows, in order, and each succeeds', async () => {
    vi.stubEnv('GIT_AUTHOR_NAME', 'Sekretariatet');
    vi.stubEnv('GIT_AUTHOR_EMAIL', 'sekretariat@example.org');
    vi.stubEnv('GIT_COMMITTER_NAME', 'Sekretariatet');
    vi.stubEnv('GIT_COMMITTER_EMAIL', 'sekretariat@example.org');
    const records = committedFixture();
    const elsewhere = temporaryFolder();
    // init as the guide writes it, with a tarball to vendor given: packing this tool is init.test.ts's to check.
    const tarball = join(temporaryFolder(), 'ks-samarbeid-partnership-0.1.0.tgz');
    writeFileSync(tarball, 'the tarball init copies into vendor/');
    expect(all.filter((example) => example.quoted).length).toBeGreaterThanOrEqual(1);
    for (const { today, command, quoted } of all) {
      const written = words(command).slice(1);
      const args =
        written[0] === 'init' && !written.includes('--install')
          ? [...written, '--install', `tarball=${tarball}`]
          : written;
      const cwd = args[0] === 'init' ? elsewhere : records;
      const { code, stdout, stderr } = await runCli([...args, '--today', today], { cwd, env: NORWEGIAN });
      expect(code, `${command} (today ${today})\n${stdout}${stderr}`).toBe(0);
      expect(stderr).not.toMatch(/intern feil/);
      for (const line of quoted?.trimEnd().split('\n') ?? []) expect(stdout, command).toContain(line);
    }
  }, 60_000);

  it('quotes the messages of its common mistakes as the tool writes them in bokmål', async () => {
    const mistakes: Array<[from: string, to: string]> = [
      ['status: held', 'status: avholdt'],
      ['date: 2018-09-20', 'date: 15.03.2019'],
    ];
    for (const [from, to] of mistakes) {
      const records = committedFixture();
      const path = join(records, 'meetings/2018-09-20.md');
      writeFileSync(path, readFileSync(path, 'utf8').replace(from, to));
      const { stdout } = await runCli(['validate', '--today', '2018-10-05'], { cwd: records, env: NORWEGIAN });
      const message = / {2}schema {2}(.*)$/m.exec(stdout)?.[1] ?? stdout;
      expect(GUIDE.replace(/\n {3}/g, ' '), to).toContain(`\`${message}\``);
    }
  });
});
