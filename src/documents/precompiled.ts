/**
 * The built-in templates, precompiled. The build replaces this module with
 * their sources and Handlebars specs (see build.mjs), so the bundled CLI
 * neither reads nor compiles them; run from the sources, there are none and
 * templates are read and compiled when used.
 */

export interface PrecompiledTemplate {
  source: string;
  spec: TemplateSpecification;
}

/** By the template's path under builtin-templates/: agenda.md.hbs, nn/agenda.md.hbs. */
export const PRECOMPILED: Partial<Record<string, PrecompiledTemplate>> = {};
