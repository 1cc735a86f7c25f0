/**
 * The built-in templates that ship with the package, in bokmål (builtin-templates/) and nynorsk
 * (builtin-templates/nn/). The bundle carries them precompiled (build.mjs); run from the sources, as the
 * tests do, they are read from the project's builtin-templates/ folder.
 */
import { readFileSync } from 'node:fs';
import type { DOCUMENT_LANGUAGES } from '../messages/language.js';
import { PRECOMPILED } from './precompiled.js';
import { type BuiltinTemplates, builtinPath, TEMPLATE_NAMES } from './templates.js';

export function readBuiltinTemplates(): BuiltinTemplates {
  const inLanguage = (language: (typeof DOCUMENT_LANGUAGES)[number]) =>
    new Map(
      TEMPLATE_NAMES.map((name) => {
        const path = builtinPath(name, language);
        return [
          name,
          PRECOMPILED[path]?.source ??
            readFileSync(new URL(`../../builtin-templates/${path}`, import.meta.url), 'utf8'),
        ];
      }),
    );
  return { nb: inLanguage('nb'), nn: inLanguage('nn') };
}
