/** The built-in templates that ship with the package, read from its builtin-templates/ folder. */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PRECOMPILED } from './precompiled.js';
import { TEMPLATE_NAMES, templateFileName, type TemplateName } from './templates.js';

/** src/documents/ when run from the sources, dist/chunks/ when bundled: look upwards for the folder. */
function builtinFolder(): string {
  for (let folder = dirname(fileURLToPath(import.meta.url)); ; folder = dirname(folder)) {
    const candidate = join(folder, 'builtin-templates');
    if (existsSync(candidate)) return candidate;
    if (dirname(folder) === folder) throw new Error('the package has no builtin-templates folder');
  }
}

export function readBuiltinTemplates(): Map<TemplateName, string> {
  const bundled = TEMPLATE_NAMES.map((name) => [name, PRECOMPILED[name]?.source] as const);
  if (bundled.every(([, source]) => source !== undefined)) return new Map(bundled as Array<[TemplateName, string]>);
  const folder = builtinFolder();
  return new Map(TEMPLATE_NAMES.map((name) => [name, readFileSync(join(folder, templateFileName(name)), 'utf8')]));
}
