#!/usr/bin/env node
import module from 'node:module';

// Node 22+ caches compiled code between runs; commands run by hand should feel instant.
module.enableCompileCache?.();

const { main } = await import('../dist/cli/main.js');
process.exitCode = await main(process.argv.slice(2), {
  cwd: process.cwd(),
  env: process.env,
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  stdoutIsTTY: Boolean(process.stdout.isTTY),
  now: () => new Date(),
});
