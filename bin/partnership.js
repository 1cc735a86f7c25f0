#!/usr/bin/env node
import module from 'node:module';

// Node 22+ caches compiled code between runs; commands run by hand should feel instant.
module.enableCompileCache?.();

// Stack traces are printed only for bugs, with PARTNERSHIP_DEBUG; point them at the sources.
if (process.env.PARTNERSHIP_DEBUG) process.setSourceMapsEnabled(true);

// `partnership validate | head` closes the pipe early; that is not an error.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

const { main } = await import('../dist/main.js');
process.exitCode = await main(process.argv.slice(2), {
  cwd: process.cwd(),
  env: process.env,
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  stdoutIsTTY: Boolean(process.stdout.isTTY),
  now: () => new Date(),
});
