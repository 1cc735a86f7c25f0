/**
 * The Handlebars compiler, for templates that are not precompiled built-ins,
 * loaded on first use. The bundle replaces this module (build.mjs) so that it
 * loads dist/handlebars.cjs, the compiler bundled on its own: the installed
 * package needs no node_modules, and commands that compile no template never
 * parse the compiler.
 */
import { createRequire } from 'node:module';

export type HandlebarsEnvironment = typeof import('handlebars');

export function loadHandlebarsCompiler(): HandlebarsEnvironment {
  return createRequire(import.meta.url)('handlebars') as HandlebarsEnvironment;
}
