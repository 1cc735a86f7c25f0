/**
 * npm run bench: validate on synthetic repositories against a js-yaml floor measured in the same run,
 * every command that reads all the records at three sizes, git's cost over a long history, and the
 * commands run by hand against a bare `node -e 0`.
 * Times are medians of several runs of the whole process, as a user waits for it.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { commitHistory } from './history.mjs';
import { writeSyntheticRepository } from './synthetic.mjs';

const projectRoot = fileURLToPath(new URL('..', import.meta.url));
const bin = join(projectRoot, 'bin/partnership.js');
// The records frozen for the tests, so the figures do not drift as the live records grow.
const records = join(projectRoot, 'test/fixtures/ks-kmd-2018');
const peakMemory = new URL('./peak-memory.mjs', import.meta.url).href;
const RUNS = Number(process.env.BENCH_RUNS ?? 9);

function spawn(args, options) {
  const result = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 28, ...options });
  if (result.status !== 0 && !options.allowFailure)
    throw new Error(`${args.join(' ')} exited ${result.status}: ${result.stderr}`);
  return result;
}

/**
 * Median wall time in ms of running `node args`, and in one more run, with a
 * preload that reports it, the peak resident memory in MiB: timed runs carry
 * no preload, so neither side of a ratio pays for the measuring.
 */
function measure(args, options = {}) {
  const times = [];
  for (let run = 0; run < RUNS; run += 1) {
    const started = process.hrtime.bigint();
    spawn(args, options);
    times.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  times.sort((a, b) => a - b);
  const peak = /peak-rss-kib (\d+)/.exec(spawn(['--import', peakMemory, ...args], options).stderr)?.[1];
  return { ms: times[Math.floor(times.length / 2)], peakMiB: Number(peak) / 1024 };
}

const format = (value, digits = 0) => value.toFixed(digits);
const rows = [];

/**
 * `args` against the floor, pair by pair (floor, command, floor, command, …), so that a machine whose
 * speed drifts shifts both sides of each ratio alike: the median of the ratios and of each side's times.
 */
function pairedWithFloor(args, floorArgs, options = {}) {
  const time = (command) => {
    const started = process.hrtime.bigint();
    spawn(command, options);
    return Number(process.hrtime.bigint() - started) / 1e6;
  };
  const ratios = [];
  const floors = [];
  const commands = [];
  for (let run = 0; run < RUNS; run += 1) {
    const floorMs = time(floorArgs);
    const commandMs = time(args);
    floors.push(floorMs);
    commands.push(commandMs);
    ratios.push(commandMs / floorMs);
  }
  const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  return { ratio: median(ratios), floorMs: median(floors), ms: median(commands) };
}

// The commands that read every record, at 1,000, 5,000 and 10,000 meetings: each must grow no worse than
// linearly (1,000 → 10,000 at most 11×) and peak under 200 MiB at 5,000.
const SCALED = {
  validate: (folder, today) => ['validate', '--repo', folder, '--today', today, '--format', 'json'],
  status: (folder, today) => ['status', '--repo', folder, '--today', today],
  calendar: (folder, today) => ['calendar', '--repo', folder, '--today', today, '--ics', join(folder, 'c.ics')],
  'report (html)': (folder, today) => ['report', '--repo', folder, '--today', today, '-o', join(folder, 'r.html')],
  'report (md)': (folder, today) => [
    'report',
    '--repo',
    folder,
    '--today',
    today,
    '--format',
    'md',
    '-o',
    join(folder, 'r.md'),
  ],
};
const scaled = {};
let floorAt5000;
for (const count of [1000, 5000, 10000]) {
  const folder = mkdtempSync(join(tmpdir(), `partnership-bench-${count}-`));
  try {
    const { today } = writeSyntheticRepository(folder, count, records);
    if (count === 5000) {
      // validate's floor: every record read and its front matter parsed by js-yaml, nothing else.
      floorAt5000 = pairedWithFloor(
        [bin, ...SCALED.validate(folder, today)],
        [join(projectRoot, 'bench/floor.mjs'), folder],
      );
      rows.push([
        'validate, 5,000 meetings',
        `${format(floorAt5000.ms)} ms`,
        `js-yaml floor ${format(floorAt5000.floorMs)} ms`,
        `${format(floorAt5000.ratio, 2)}× floor (median of pairs)`,
        '',
      ]);
    }
    for (const [name, args] of Object.entries(SCALED)) {
      const figures = measure([bin, ...args(folder, today)], { allowFailure: true });
      scaled[name] = { ...scaled[name], [count]: figures };
      rows.push([
        `${name}, ${count} meetings`,
        `${format(figures.ms)} ms`,
        '',
        '',
        `peak ${format(figures.peakMiB)} MiB`,
      ]);
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
for (const [name, figures] of Object.entries(scaled)) {
  rows.push([
    `${name}: growth 1,000 → 10,000`,
    `${format(figures[10000].ms / figures[1000].ms, 2)}×`,
    '(linear: 10×)',
    '',
    '',
  ]);
}

// A long history: 1,000 meetings and 3,000 commits. What git adds must cost one walk of it, not a git
// process a file: the calendar's SEQUENCE values, and validate --base's reading of the base.
const history = mkdtempSync(join(tmpdir(), 'partnership-bench-history-'));
const withoutGit = mkdtempSync(join(tmpdir(), 'partnership-bench-nogit-'));
let historyFigures;
try {
  const { today } = writeSyntheticRepository(history, 1000, records);
  commitHistory(history, 3000);
  cpSync(history, withoutGit, { recursive: true, filter: (source) => !source.includes('/.git') });
  const calendar = (folder) => [
    bin,
    'calendar',
    '--repo',
    folder,
    '--today',
    '2000-01-01',
    '--ics',
    join(folder, 'c.ics'),
  ];
  historyFigures = {
    calendarGit: measure(calendar(history)),
    calendarPlain: measure(calendar(withoutGit)),
    validatePlain: measure([bin, 'validate', '--repo', history, '--today', today], { allowFailure: true }),
    validateBase: measure([bin, 'validate', '--repo', history, '--today', today, '--base', 'HEAD~1'], {
      allowFailure: true,
    }),
  };
  const { calendarGit, calendarPlain, validatePlain, validateBase } = historyFigures;
  rows.push(
    [
      'calendar, 1,000 meetings, 3,000 commits',
      `${format(calendarGit.ms)} ms`,
      `without git ${format(calendarPlain.ms)} ms`,
      `${format(calendarGit.ms / calendarPlain.ms, 2)}× without git`,
      '',
    ],
    [
      'validate --base HEAD~1, the same',
      `${format(validateBase.ms)} ms`,
      `plain ${format(validatePlain.ms)} ms`,
      `${format(validateBase.ms / validatePlain.ms, 2)}× plain`,
      '',
    ],
  );
} finally {
  rmSync(history, { recursive: true, force: true });
  rmSync(withoutGit, { recursive: true, force: true });
}

// A hostile record: 20,000 keys in one meeting's front matter must cost time in proportion, not squared.
const hostile = mkdtempSync(join(tmpdir(), 'partnership-bench-keys-'));
let keys;
try {
  cpSync(records, hostile, { recursive: true });
  const meeting = join(hostile, 'meetings/2018-03-14.md');
  const extra = Array.from({ length: 20_000 }, (_, index) => `k${index}: v`).join('\n');
  writeFileSync(meeting, readFileSync(meeting, 'utf8').replace('rotation_note: null', `rotation_note: null\n${extra}`));
  keys = measure([bin, 'validate', '--repo', hostile], { allowFailure: true });
  rows.push(['validate, 20,000 keys in a record', `${format(keys.ms)} ms`, '', '', `peak ${format(keys.peakMiB)} MiB`]);
} finally {
  rmSync(hostile, { recursive: true, force: true });
}

// The portfolio: 30 agreements with 20 years of records each (a meeting a month), checked and summed up
// together, with the combined calendar, in under 5 s.
const portfolioParent = mkdtempSync(join(tmpdir(), 'partnership-bench-portfolio-'));
let portfolioFigures;
try {
  const folders = [];
  let portfolioToday;
  for (let index = 0; index < 30; index += 1) {
    const folder = join(portfolioParent, `avtale-${index + 1}`);
    portfolioToday = writeSyntheticRepository(folder, 240, records).today;
    folders.push(folder);
  }
  portfolioFigures = measure(
    [
      bin,
      'portfolio',
      ...folders,
      '--today',
      portfolioToday,
      '--format',
      'json',
      '--ics',
      join(portfolioParent, 'a.ics'),
    ],
    { allowFailure: true },
  );
  rows.push([
    'portfolio, 30 agreements × 20 years',
    `${format(portfolioFigures.ms)} ms`,
    '',
    '',
    `peak ${format(portfolioFigures.peakMiB)} MiB`,
  ]);
} finally {
  rmSync(portfolioParent, { recursive: true, force: true });
}

// Every command run by hand, on the 2018 records, in each output it has; `calendar` also in git.
const out = mkdtempSync(join(tmpdir(), 'partnership-bench-out-'));
const inGit = mkdtempSync(join(tmpdir(), 'partnership-bench-git-'));
cpSync(records, inGit, { recursive: true });
for (const args of [
  ['init', '--quiet'],
  ['add', '-A'],
  ['-c', 'user.name=Bench', '-c', 'user.email=bench@example.org', 'commit', '--quiet', '-m', 'Records'],
])
  spawnSync('git', args, { cwd: inGit });
const STARTUP = [
  ['--help'],
  ['schema', '--out', join(out, 'schemas')],
  ['validate', '--repo', records, '--today', '2018-12-31'],
  ['next-meeting', '--repo', records, '--today', '2018-10-01'],
  ['status', '--repo', records, '--today', '2018-10-01'],
  ['report', '--repo', records, '--today', '2018-12-31', '-o', join(out, 'evaluering.html')],
  ['report', '--repo', records, '--today', '2018-12-31', '--format', 'md'],
  ['render', 'agenda', '2018-09-20', '--repo', records, '--today', '2018-09-01'],
  [
    'render',
    'minutes',
    '2018-09-20',
    '--repo',
    records,
    '--today',
    '2018-10-05',
    '--format',
    'html',
    '-o',
    join(out, 'referat.html'),
  ],
  [
    'render',
    'agenda',
    '2018-09-20',
    '--repo',
    records,
    '--today',
    '2018-09-01',
    '--format',
    'docx',
    '-o',
    join(out, 'innkalling.docx'),
  ],
  ['calendar', '--repo', records, '--today', '2018-10-01', '--ics', join(out, 'a.ics')],
  ['calendar', '--repo', inGit, '--today', '2018-10-01', '--ics', join(out, 'b.ics')],
  ['renew', '--year', '2019', '--repo', records, '--today', '2018-11-15'],
  ['terminate', '--by', 'ks', '--notified', '2018-10-31', '--repo', records, '--today', '2018-10-30'],
];
const startup = {};
// A code cache of its own: the one the runs above left was written by a command's first run on thousands of
// records, not by the warm-up run below, which is what a user's first run on their own records would write.
const codeCache = mkdtempSync(join(tmpdir(), 'partnership-bench-cache-'));
const withCache = { env: { ...process.env, TMPDIR: codeCache, NODE_COMPILE_CACHE: codeCache } };
try {
  for (const command of STARTUP) {
    const name = command
      .filter((part) => !part.startsWith('/') && part !== '--repo' && part !== '--today' && !/^\d{4}-/.test(part))
      .join(' ')
      .concat(command.includes(inGit) ? ' (in git)' : '');
    // After a warm-up run that fills the code cache, as a user's first run does.
    spawn([bin, ...command], { allowFailure: true, ...withCache });
    const { ratio, ms } = pairedWithFloor([bin, ...command], ['-e', '0'], { allowFailure: true, ...withCache });
    startup[name] = ratio;
    rows.push([`${name}, 2018 records`, `${format(ms)} ms`, '', `${format(ratio, 2)}× node -e 0`, '']);
  }
} finally {
  rmSync(out, { recursive: true, force: true });
  rmSync(inGit, { recursive: true, force: true });
  rmSync(codeCache, { recursive: true, force: true });
}

const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
for (const row of rows)
  console.log(
    row
      .map((cell, column) => cell.padEnd(widths[column]))
      .join('  ')
      .trimEnd(),
  );

const failures = [];
if (floorAt5000.ratio > 2) failures.push('validate is over 2× the js-yaml floor at 5,000 records');
if (keys.ms > 1000) failures.push('validate takes over 1 s on a record with 20,000 keys');
if (portfolioFigures.ms > 5000) failures.push('portfolio takes over 5 s for 30 agreements with 20 years of records');
if (historyFigures.calendarGit.ms > 2 * historyFigures.calendarPlain.ms)
  failures.push('calendar in a history of 3,000 commits takes over 2× its time without git');
if (historyFigures.validateBase.ms > 1.5 * historyFigures.validatePlain.ms)
  failures.push('validate --base HEAD~1 takes over 1.5× plain validate in a history of 3,000 commits');
for (const [name, figures] of Object.entries(scaled)) {
  if (figures[10000].ms > 11 * figures[1000].ms)
    failures.push(`${name} grows worse than linearly from 1,000 to 10,000 records`);
  if (figures[5000].peakMiB > 200) failures.push(`${name} peaks over 200 MiB at 5,000 records`);
}
for (const [command, ratio] of Object.entries(startup)) {
  if (ratio > 2) failures.push(`${command} on the 2018 records takes over 2× node -e 0 (median of pairs)`);
}
if (failures.length > 0) {
  console.log(`\nTargets missed:\n- ${failures.join('\n- ')}`);
  process.exitCode = 1;
} else {
  console.log(
    '\nTargets met: validate ≤ 2× the js-yaml floor at 5,000; every command linear to 10,000 and under 200 MiB at 5,000; history costs; start-up ≤ 2× node -e 0.',
  );
}
