#!/usr/bin/env node
'use strict';
// The entry point: the only place that sets the exit code. CommonJS (bin/package.json says so),
// like the bundle it loads, because on Node 20 that starts sooner than ES modules.
const { join } = require('node:path');

// Compiled code is cached between runs (Node's own cache on 22+, V8's code cache on 20): commands run by
// hand should feel instant, and compiling the bundle is a third of a short command's time.
require('./code-cache.js').useCodeCache(join(__dirname, '..', 'dist'), process.argv[2] ?? '');

// Stack traces are printed only for bugs, with PARTNERSHIP_DEBUG; point them at the sources.
if (process.env.PARTNERSHIP_DEBUG) process.setSourceMapsEnabled(true);

// A reader that stops reading (`partnership --help | head -1`) has what it wanted: the rest is not
// written, and the run ends quietly with the command's own exit status. Output that cannot be written
// (a full disk, /dev/full) ends the run with one plain line and exit 2, not a stack trace.
let readerGone = false;
process.stdout.on('error', (error) => {
  if (readerGone) return;
  if (error.code === 'EPIPE') {
    readerGone = true;
    return;
  }
  if (error.code !== 'ENOSPC') throw error;
  process.stderr.write(`partnership: cannot write to standard output (${error.code}): the output was cut short\n`);
  process.exit(2);
});
// Standard error closed too (`2>&1 | head`): nothing more can be said; the run still ends as cut short.
process.stderr.on('error', () => process.exit(2));

const { main } = require('../dist/partnership.cjs');
main(process.argv.slice(2), {
  cwd: process.cwd(),
  env: process.env,
  stdout: (text) => {
    if (!readerGone) process.stdout.write(text);
  },
  stderr: (text) => process.stderr.write(text),
  stdoutIsTTY: Boolean(process.stdout.isTTY),
  interactive: Boolean(process.stdin.isTTY && process.stdout.isTTY),
  now: () => new Date(),
  // The tests stop a writing run at a named step, as kill -9 would, to check that the next run recovers.
  checkpoint: (step) => {
    if (process.env.PARTNERSHIP_TEST_KILL_AT === step) process.kill(process.pid, 'SIGKILL');
  },
}).then((code) => {
  process.exitCode = code;
});
