/**
 * The built-in templates that ship with the package. The bundle carries them
 * precompiled (build.mjs); run from the sources, as the tests do, they are
 * read from the project's builtin-templates/ folder.
 */
import { readFileSync } from 'node:fs';
import { PRECOMPILED } from './precompiled.js';
import { TEMPLATE_NAMES, type TemplateName, templateFileName } from './templates.js';

export function readBuiltinTemplates(): Map<TemplateName, string> {
  return new Map(
    TEMPLATE_NAMES.map((name) => [
      name,
      PRECOMPILED[name]?.source ??
        readFileSync(new URL(`../../builtin-templates/${templateFileName(name)}`, import.meta.url), 'utf8'),
    ]),
  );
}
