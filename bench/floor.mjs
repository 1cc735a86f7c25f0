/**
 * The floor: read every record and parse its front matter with js-yaml, the fastest YAML parser in the
 * tool, and nothing else: what validate cannot do without.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';

const root = process.argv[2];
const files = ['agreement/agreement.md', ...readdirSync(join(root, 'meetings')).map((name) => `meetings/${name}`)];
let parsed = 0;
for (const file of files) {
  const text = readFileSync(join(root, file), 'utf8');
  const end = text.indexOf('\n---', 4);
  if (load(text.slice(4, end))) parsed += 1;
}
process.stdout.write(`${parsed}\n`);
