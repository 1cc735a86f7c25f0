/**
 * Templates are Handlebars, compiled for Markdown (noEscape), strictly (a
 * misspelt variable is an error, not a blank) and with only our helpers.
 * Prototype access stays off: a template sees the view's own fields only.
 */
import Handlebars from 'handlebars';
import type { Agreement } from '../model/schemas.js';
import { norwegianDate, norwegianDateTime } from './norwegian.js';

export const TEMPLATE_NAMES = ['agenda', 'minutes', 'renewal', 'termination'] as const;
export type TemplateName = (typeof TEMPLATE_NAMES)[number];

export const templateFileName = (name: TemplateName) => `${name}.md.hbs`;

export interface TemplateSource {
  name: TemplateName;
  /** Where a user finds it: templates/agenda.md.hbs, or "(built-in) agenda.md.hbs". */
  file: string;
  source: string;
}

export interface TemplateProblem {
  file: string;
  line: number;
  column: number;
  message: string;
}

export class TemplateError extends Error {
  constructor(readonly problem: TemplateProblem) {
    super(`${problem.file}:${problem.line}:${problem.column}: ${problem.message}`);
  }
}

const HELPERS = ['date', 'datetime', 'partyName', 'partyShort'] as const;

const handlebars = Handlebars.create();
handlebars.registerHelper('date', (date: unknown) => (typeof date === 'string' ? norwegianDate(date) : ''));
handlebars.registerHelper('datetime', (date: unknown, time: unknown) => (typeof date === 'string' ? norwegianDateTime(date, typeof time === 'string' ? time : null) : ''));

const compiled = new Map<string, HandlebarsTemplateDelegate>();

/** The built-in templates, replaced by name by the repository's templates/ files. */
export function templateSources(builtins: ReadonlyMap<TemplateName, string>, overrides: ReadonlyArray<{ path: string; text: string }>): TemplateSource[] {
  return TEMPLATE_NAMES.map((name) => {
    const override = overrides.find((file) => file.path === `templates/${templateFileName(name)}`);
    return override ? { name, file: override.path, source: override.text } : { name, file: `(built-in) ${templateFileName(name)}`, source: builtins.get(name) ?? '' };
  });
}

/** Renders a template with the view; a template that does not compile or render throws a TemplateError with its line. */
export function renderTemplate(template: TemplateSource, view: object, agreement: Agreement): string {
  const party = (id: unknown) => agreement.parties.find((candidate) => candidate.id === id);
  const helpers = {
    partyName: (id: unknown) => party(id)?.name ?? String(id),
    partyShort: (id: unknown) => party(id)?.short ?? String(id),
  };
  try {
    let render = compiled.get(template.source);
    if (!render) {
      render = handlebars.compile(template.source, {
        noEscape: true,
        strict: true,
        knownHelpersOnly: true,
        knownHelpers: Object.fromEntries(HELPERS.map((helper) => [helper, true])),
      });
      compiled.set(template.source, render);
    }
    return render(view, { helpers });
  } catch (error) {
    throw new TemplateError(locate(template, error));
  }
}

function locate(template: TemplateSource, error: unknown): TemplateProblem {
  const { message = String(error), lineNumber, column } = (error ?? {}) as { message?: string; lineNumber?: number; column?: number };
  const parse = /^Parse error on line (\d+):\n(.*)\n/.exec(message);
  const plain = parse
    ? `the template does not parse near "${parse[2]?.replace(/^\.\.\./, '')}": check that every {{ has its }} and every {{#block}} its {{/block}}`
    : message.replace(/ - \d+:\d+$/, '').replace(/ in \[object Object\]$/, ' in the data this template gets (see the README for the fields)');
  const parseLine = parse?.[1];
  return {
    file: template.file,
    line: lineNumber ?? (parseLine ? Number(parseLine) : 1),
    column: column === undefined ? 1 : column + 1,
    message: plain,
  };
}
