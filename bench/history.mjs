/**
 * A records repository with a long history, built in one `git fast-import` (thousands of commits in a
 * second): the synthetic meetings committed at once, then one commit a change to a meeting, round and
 * round, so each meeting's file has several commits behind it.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export function commitHistory(folder, commits) {
  const files = ['agreement/agreement.md', ...readdirSync(join(folder, 'meetings')).map((name) => `meetings/${name}`)];
  const meetings = files.filter((file) => file.startsWith('meetings/'));
  const texts = new Map(files.map((file) => [file, readFileSync(join(folder, file), 'utf8')]));
  const chunks = [];
  const data = (text) => `data ${Buffer.byteLength(text)}\n${text}\n`;
  const commit = (index, changes) => {
    chunks.push(
      `commit refs/heads/main\nmark :${index + 1}\ncommitter Bench <bench@example.org> ${1_000_000_000 + index} +0000\n${data(`Change ${index}`)}`,
      ...(index > 0 ? [`from :${index}\n`] : []),
      ...changes.map(([file, text]) => `M 100644 inline ${file}\n${data(text)}`),
    );
  };
  commit(0, [...texts]);
  for (let index = 1; index < commits; index += 1) {
    const file = meetings[index % meetings.length];
    const text = `${texts.get(file)}\nEndring ${index}.\n`;
    texts.set(file, text);
    commit(index, [[file, text]]);
  }
  spawnSync('git', ['init', '--quiet', '--initial-branch=main'], { cwd: folder });
  const imported = spawnSync('git', ['fast-import', '--quiet'], { cwd: folder, input: chunks.join('') });
  if (imported.status !== 0) throw new Error(`git fast-import failed: ${imported.stderr}`);
  spawnSync('git', ['reset', '--quiet', '--hard', 'main'], { cwd: folder });
}
