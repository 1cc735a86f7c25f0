/**
 * A document's date and its access marking come from the record, so writing it again gives the same
 * document: the referat is dated the day it went out (`minutes_sent`) until it is approved, and each of a
 * meeting's documents carries its own marking, or none.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { copyFixture } from '../helpers/repository.js';

function edit(folder: string, file: string, change: (text: string) => string): void {
  const path = join(folder, file);
  writeFileSync(path, change(readFileSync(path, 'utf8')));
}

describe("a document's date and marking", () => {
  it('dates an unapproved referat the day it went out, whatever day it is written, and says when it has none', async () => {
    const folder = copyFixture('ks-kdd-digital');
    const undated = await runCli(['render', 'minutes', '2025-02-11', '--today', '2025-02-14'], { cwd: folder });
    expect(undated.stdout).toContain('| 22/00456 | 14.\u00a0februar 2025 |');
    expect(undated.stderr).toBe(
      'Note: dated today (2025-02-14), as the record has no minutes_sent: record the day it goes out in minutes_sent, and it keeps that date whenever it is written again.\n',
    );
    edit(folder, 'meetings/2025-02-11.md', (text) =>
      text.replace('minutes_approved: null', 'minutes_sent: 2025-02-13\nminutes_approved: null'),
    );
    for (const today of ['2025-02-14', '2025-03-01']) {
      const { stdout, stderr } = await runCli(['render', 'minutes', '2025-02-11', '--today', today], { cwd: folder });
      expect(stdout).toContain('| 22/00456 | 13.\u00a0februar 2025 |');
      expect(stderr).toBe('');
    }
  });

  it('refuses a referat sent before the meeting it records', async () => {
    const folder = copyFixture('ks-kdd-digital');
    edit(folder, 'meetings/2025-02-11.md', (text) =>
      text.replace('minutes_approved: null', 'minutes_sent: 2025-02-10\nminutes_approved: null'),
    );
    const { code, stdout } = await runCli(['validate', '--today', '2025-02-14', '--format', 'json'], { cwd: folder });
    expect(code).toBe(1);
    expect(JSON.parse(stdout).findings).toContainEqual(
      expect.objectContaining({
        file: 'meetings/2025-02-11.md',
        rule: 'minutes',
        message_id: 'minutes/sent-before-meeting',
      }),
    );
  });

  it("marks each of a meeting's documents by its own basis, and leaves a public one unmarked", async () => {
    const folder = copyFixture('ks-kdd-digital');
    edit(
      folder,
      'meetings/2024-10-22.md',
      (text) => `${text.replace(/\n---\n/, '\nexempt_from_access:\n  minutes: offl. § 14 første ledd\n---\n')}`,
    );
    const minutes = await runCli(['render', 'minutes', '2024-10-22'], { cwd: folder });
    expect(minutes.code, minutes.stderr).toBe(0);
    expect(minutes.stdout).toMatch(/^\*\*Unntatt offentlighet, jf\. offl\. § 14 første ledd\*\*/);
    const agenda = await runCli(['render', 'agenda', '2024-10-22'], { cwd: folder });
    expect(agenda.code, agenda.stderr).toBe(0);
    expect(agenda.stdout).not.toContain('Unntatt offentlighet');
  });
});
