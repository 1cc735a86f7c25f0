/** The floor: read every record and parse its front matter with `yaml`, nothing else. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

const root = process.argv[2];
const files = ['agreement/agreement.md', ...readdirSync(join(root, 'meetings')).map((name) => `meetings/${name}`)];
let parsed = 0;
for (const file of files) {
  const text = readFileSync(join(root, file), 'utf8');
  const end = text.indexOf('\n---', 4);
  if (parse(text.slice(4, end))) parsed += 1;
}
process.stdout.write(`${parsed}\n`);
