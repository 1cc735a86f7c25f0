import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

/**
 * The date-sensitive tests run again as if on machines in other time zones:
 * "today" is Oslo's date and meetings are at Oslo's times wherever the tool
 * runs. A zone the machine is already in is not run twice.
 */
const OTHER_ZONES = ['UTC', 'America/New_York'];
// Where the machine's zone could leak in: "today" from the clock, and dates turned into instants and clock
// times (calendars, the meeting-time rule). Date arithmetic is done in integers on day numbers (lib/dates.ts
// builds no Date for it), so the deadlines, holidays, the scheduler's cases, the rules and the term's dates,
// which go through it alone, run once; the CLI's calendar and clock tests set the machine's zone themselves.
const DATE_SENSITIVE = [
  'test/schedule/time-zone.test.ts',
  'test/schedule/oslo-instant.test.ts',
  // The Oslo date of any instant, and the scheduler from a clock's today.
  'test/schedule/properties.test.ts',
  'test/rules/meeting-time.test.ts',
];

/**
 * The suites that work the machine rather than the code: npm installs of the packed tool, the workflow's
 * emulation, Chromium, poppler and qpdf reading the PDFs back, processes racing or killed mid-write,
 * and Node 20's code cache on disk. `npm run test:system` runs them, and CI runs it
 * beside `npm test`, which stays under a minute on two cores without them.
 */
const SYSTEM_SUITES = [
  'test/cli/init-install.test.ts',
  'test/workflow.test.ts',
  'test/evaluation/browser.test.ts',
  'test/html-payloads.test.ts',
  'test/site-browser.test.ts',
  'test/cli/code-cache.test.ts',
  'test/cli/killed-renew.test.ts',
  'test/cli/killed-writes.test.ts',
  'test/cli/concurrent-writes.test.ts',
  'test/document-pdf.test.ts',
  'test/evaluation/report-files.test.ts',
];
const systemRun = process.env.PARTNERSHIP_TESTS === 'system';
// An npm install of the packed tool takes 15 s on a quiet machine and twice that on a busy one.
const SYSTEM_TEST_TIMEOUT_MS = 120_000;

const UTC = new Set(['UTC', 'Etc/UTC', 'Etc/Universal', 'Universal', 'Etc/GMT', 'GMT', 'Etc/Zulu', 'Zulu']);
const machineZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
const isMachineZone = (zone: string) => zone === machineZone || (UTC.has(zone) && UTC.has(machineZone));

export default defineConfig({
  test: {
    testTimeout: 30_000,
    // A test's vi.stubEnv ends with it: with isolate off, one file's stubs would otherwise reach the next.
    unstubEnvs: true,
    pool: 'forks',
    isolate: false,
    // One worker more than the cores: tests still wait on the git and CLI processes they spawn, and the
    // extra worker fills that wait; with npm, Chromium, poppler and the racing writers in the system
    // suites, a second one only adds its own transform and imports (on the 2-core machine, in a fresh
    // clone with the type check beside them: 3 workers 59 s and 53 s, 4 workers 64 s and 61 s).
    maxWorkers: Math.max(2, availableParallelism()) + 1,
    globalSetup: ['./test/helpers/fresh-bundle.ts'],
    reporters: ['default', './test/summary-reporter.ts'],
    projects: [
      systemRun
        ? {
            extends: true as const,
            test: { name: 'system', include: SYSTEM_SUITES, testTimeout: SYSTEM_TEST_TIMEOUT_MS },
          }
        : { extends: true as const, test: { name: 'all', include: ['test/**/*.test.ts'], exclude: SYSTEM_SUITES } },
      ...(systemRun ? [] : OTHER_ZONES)
        .filter((zone) => !isMachineZone(zone))
        .map((zone) => ({
          extends: true as const,
          test: { name: `TZ=${zone}`, include: DATE_SENSITIVE, env: { TZ: zone } },
        })),
    ],
  },
});
