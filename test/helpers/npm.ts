/** npm as a user runs it, for the tests that pack, install and run the tool. */
import { execFileSync } from 'node:child_process';

/**
 * npm on its own: a cache of its own (no other npm on the machine shares it), no network, no
 * settings inherited from the npm that runs the tests, and a bound on how long it may take.
 */
export function npm(cwd: string, cache: string, ...args: string[]): string {
  return execFileSync('npm', [...args, '--cache', cache, '--offline', '--no-audit', '--no-fund', '--loglevel=error'], {
    cwd,
    env: npmFreeEnvironment(),
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: 60_000,
  });
}

/** The environment without the npm_* variables of the npm that runs the tests. */
export function npmFreeEnvironment(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.toLowerCase().startsWith('npm_')));
}
