/** The portfolio the tests read: both agreements of the fixtures, and a copy of the first with an error. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { copyFixture, temporaryFolder } from './repository.js';

export function portfolioRepositories(): string {
  const parent = temporaryFolder();
  copyFixture('ks-kmd-2018', join(parent, 'kmd'));
  copyFixture('ks-kdd-digital', join(parent, 'digital'));
  const broken = copyFixture('ks-kmd-2018', join(parent, 'broken'));
  const agreement = join(broken, 'agreement/agreement.md');
  writeFileSync(agreement, readFileSync(agreement, 'utf8').replace('per_year: 2', 'per_year: two'));
  return parent;
}
