/**
 * renew --commit killed (kill -9, as PARTNERSHIP_TEST_KILL_AT makes the CLI do itself) at every step it
 * has: the next run finishes or undoes what the killed one left, and the renewal is made once. In a file
 * of its own, beside killed-writes.test.ts, so the two run side by side.
 */
import { describe, expect, it } from 'vitest';
import { runCli, spawnCli } from '../helpers/cli.js';
import { expectDone, RENEW, RENEW_STEPS } from '../helpers/killed.js';
import { committedFixture } from '../helpers/repository.js';

describe('renew --commit killed at every step', () => {
  it.each(RENEW_STEPS)(
    'renew --commit killed at "%s": the next run recovers, and the change is made once',
    async (step) => {
      const folder = committedFixture();
      const killed = spawnCli(RENEW, { cwd: folder, env: { PARTNERSHIP_TEST_KILL_AT: step } });
      expect(killed.code, killed.stderr).toBe(-1);
      // The next run in-process: it recovers as the CLI does in a process of its own.
      const again = await runCli(RENEW, { cwd: folder });
      if (step === 'committed') {
        // The commit stood: the next run says so, and the renewal is recorded already.
        expect(again.stderr).toMatch(/An earlier run was stopped just after it committed \(Extend the agreement/);
        expect(again.code).toBe(1);
        expect(again.stderr).toMatch(/cannot renew for 2019/);
      } else {
        expect(again.stderr).toMatch(
          /^(Finished a change|Undid a change an earlier run was stopped in the middle of)/m,
        );
        expect(again.stderr).toMatch(
          /Undid a change an earlier run was stopped in the middle of \(Extend the agreement/,
        );
        expect(again.code, again.stderr).toBe(0);
      }
      expectDone(folder, 'renew-2019', ['agreement/agreement.md', 'agreement/notices/2019-forlengelse.md']);
      expect((await runCli(['validate', '--today', '2018-11-16'], { cwd: folder })).code).toBe(0);
    },
  );
});
