/** What the killed-writes tests share: the commands they stop, and what an unbroken run leaves. */
import { readdirSync } from 'node:fs';
import { expect } from 'vitest';
import { git } from './repository.js';

export const RENEW = ['renew', '--year', '2019', '--decided', '2018-11-15', '--today', '2018-11-15', '--commit'];
export const TERMINATE = ['terminate', '--by', 'ks', '--notified', '2018-11-20', '--today', '2018-11-20', '--commit'];

export const RENEW_STEPS = [
  'intent recorded',
  'switched',
  'journaled',
  'renamed agreement/notices/2019-forlengelse.md',
  'renamed agreement/agreement.md',
  'written',
  'committed',
];

/** What an unbroken run leaves: one commit on the new branch, on main's, holding the two files, and nothing else. */
export function expectDone(folder: string, branch: string, paths: string[]) {
  expect(git(folder, 'branch', '--show-current').trim()).toBe(branch);
  expect(git(folder, 'rev-parse', `${branch}^`)).toBe(git(folder, 'rev-parse', 'main'));
  expect(git(folder, 'show', '--name-only', '--format=', branch).trim().split('\n').sort()).toEqual(paths.sort());
  expect(git(folder, 'status', '--porcelain', '--untracked-files=all')).toBe('');
  expect(readdirSync(folder).filter((name) => name.startsWith('.partnership'))).toEqual([]);
  expect(git(folder, 'branch', '--list', '--format=%(refname:short)').trim().split('\n').sort()).toEqual(
    [branch, 'main'].sort(),
  );
}
