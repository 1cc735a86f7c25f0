/**
 * The date-sensitive tests again, on machines in other time zones: "today" is
 * Oslo's date and meetings are at Oslo's times wherever the tool runs.
 */
import { spawnSync } from 'node:child_process';

const ZONES = ['UTC', 'America/New_York'];
const TESTS = ['test/schedule', 'test/cli/schedule.test.ts', 'test/documents.test.ts', 'test/rules'];

for (const zone of ZONES) {
  console.log(`\nDate-sensitive tests with TZ=${zone}`);
  const result = spawnSync(process.execPath, ['node_modules/vitest/vitest.mjs', 'run', ...TESTS], {
    stdio: 'inherit',
    env: { ...process.env, TZ: zone },
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
