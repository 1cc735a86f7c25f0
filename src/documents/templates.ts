/**
 * Templates are Handlebars, compiled for Markdown (noEscape), strictly (a
 * misspelt variable is an error, not a blank) and with only our helpers.
 * Prototype access stays off: a template sees the view's own fields only.
 */

import runtimeModule from 'handlebars/runtime.js';
import type { IsoDate } from '../lib/dates.js';
import { norwegianDate, norwegianDateTime } from '../lib/norwegian.js';
import { type Message, message, say } from '../messages/catalogue.js';
import type { DocumentLanguage } from '../messages/language.js';
import { partyFullName, partyShortName } from '../model/parties.js';
import type { Agreement } from '../model/schemas.js';
import { COMPILE_OPTIONS } from './compile-options.js';
import { type HandlebarsEnvironment, loadHandlebarsCompiler } from './handlebars-compiler.js';
import { PRECOMPILED } from './precompiled.js';

export const TEMPLATE_NAMES = ['agenda', 'cancellation', 'minutes', 'renewal', 'termination'] as const;
export type TemplateName = (typeof TEMPLATE_NAMES)[number];

export const templateFileName = (name: TemplateName) => `${name}.md.hbs`;

/** The built-in templates in each written standard: builtin-templates/ holds bokmål, builtin-templates/nn/ nynorsk. */
export type BuiltinTemplates = Readonly<Record<DocumentLanguage, ReadonlyMap<TemplateName, string>>>;

/** A built-in template's key among the precompiled ones, and its path under builtin-templates/. */
export const builtinPath = (name: TemplateName, language: DocumentLanguage) =>
  language === 'nb' ? templateFileName(name) : `${language}/${templateFileName(name)}`;

export interface TemplateSource {
  name: TemplateName;
  /** The written standard it is in, for the dates it writes. */
  language: DocumentLanguage;
  /** Where a user finds it: templates/agenda.md.hbs, or "(built-in) agenda.md.hbs". */
  file: string;
  source: string;
}

export interface TemplateProblem {
  file: string;
  line: number;
  column: number;
  message: Message;
}

export class TemplateError extends Error {
  constructor(readonly problem: TemplateProblem) {
    super(`${problem.file}:${problem.line}:${problem.column}: ${say(problem.message, 'en')}`);
  }
}

// handlebars/runtime's type file declares nothing; the runtime is the full API less the compiler.
const runtime = runtimeModule as unknown as HandlebarsEnvironment;

/** Our helpers only: Handlebars' own `log` writes to the console and `lookup` reaches past the documented fields. */
function withDateHelpers(environment: HandlebarsEnvironment): HandlebarsEnvironment {
  // Handlebars tells of a denied property on the console; a template's problems are findings, never library noise.
  (environment as unknown as { logger: { log: () => void } }).logger.log = () => undefined;
  environment.unregisterHelper('log');
  environment.unregisterHelper('lookup');
  return environment;
}

const precompiledRuntime = withDateHelpers(runtime.create());
/** The compiler's module (its parser and AST visitor) and an environment of our own from it. */
let handlebars: HandlebarsEnvironment | undefined;
let compiler: HandlebarsEnvironment | undefined;
const compiled = new Map<string, HandlebarsTemplateDelegate>();

/**
 * A built-in template, or a copy of one, runs from its precompiled spec on the
 * small runtime; any other template loads the compiler the first time one is
 * needed.
 */
function templateFunction(template: TemplateSource): HandlebarsTemplateDelegate {
  const cached = compiled.get(template.source);
  if (cached) return cached;
  const precompiled = PRECOMPILED[builtinPath(template.name, template.language)];
  let render: HandlebarsTemplateDelegate;
  if (precompiled && precompiled.source === template.source) {
    render = precompiledRuntime.template(precompiled.spec);
  } else {
    refuseDeepNesting(template.source);
    handlebars ??= loadHandlebarsCompiler();
    compiler ??= withDateHelpers(handlebars.create());
    refuseUnsupported(handlebars, template.source);
    render = compiler.compile(template.source, COMPILE_OPTIONS);
  }
  compiled.set(template.source, render);
  return render;
}

type AstNode = { type: string; loc?: { start: { line: number; column: number } }; path?: { original?: unknown } };

/** What a template may not use, though Handlebars has it: partials, decorators, and the `log` and `lookup` helpers. */
function refuseUnsupported(compiler: HandlebarsEnvironment, source: string): void {
  const refused: Array<[node: AstNode, what: Message]> = [];
  const visitor = new compiler.Visitor() as unknown as Record<string, (node: AstNode) => void> & {
    accept(node: unknown): void;
  };
  const mark = (kind: string, what: Message) => {
    const inherited = visitor[kind] as ((node: AstNode) => void) | undefined;
    visitor[kind] = function (this: unknown, node: AstNode) {
      refused.push([node, what]);
      inherited?.call(this, node);
    };
  };
  mark('PartialStatement', message('templates/partial', { syntax: '{{> name}}' }));
  mark('PartialBlockStatement', message('templates/partial', { syntax: '{{#> name}}' }));
  mark('Decorator', message('templates/decorator', { syntax: '{{* name}}' }));
  mark('DecoratorBlock', message('templates/decorator', { syntax: '{{#* name}}' }));
  const pathVisitor = visitor.PathExpression as ((node: AstNode) => void) | undefined;
  visitor.PathExpression = function (this: unknown, node: AstNode & { parts?: unknown[] }) {
    const own = node.parts?.find((part) => typeof part === 'string' && JAVASCRIPT_OWN.has(part));
    if (own !== undefined) refused.push([node, message('templates/javascript-property', { name: String(own) })]);
    pathVisitor?.call(this, node);
  };
  for (const kind of ['MustacheStatement', 'BlockStatement', 'SubExpression']) {
    const inherited = visitor[kind] as (node: AstNode) => void;
    visitor[kind] = function (this: unknown, node: AstNode) {
      const name = node.path?.original;
      if (name === 'log' || name === 'lookup')
        refused.push([node, message('templates/helper-not-supported', { name, helpers: HELPER_LIST })]);
      inherited.call(this, node);
    };
  }
  visitor.accept(compiler.parse(source));
  const [first] = refused;
  if (first) {
    const [node, problem] = first;
    throw Object.assign(new Error(problem.id), {
      problem,
      lineNumber: node.loc?.start.line,
      column: node.loc?.start.column,
    });
  }
}

const HELPER_LIST = 'date, datetime, cell, partyName or partyShort';

/**
 * What every object and list has from JavaScript, which a template would otherwise reach for and
 * Handlebars deny with a console warning: a finding at its place instead. A list's `length` is data.
 */
const JAVASCRIPT_OWN = new Set(
  [Object.prototype, Array.prototype]
    .flatMap((prototype) => Object.getOwnPropertyNames(prototype))
    .filter((name) => name !== 'length'),
);

/**
 * A template's budget, so that one in a pull request cannot hold CI for hours: blocks nest at most
 * MAX_BLOCK_DEPTH deep (a document's go three or four), and one rendering runs block bodies at most
 * MAX_ITERATIONS times (nested {{#each}} over the parties and the meetings multiply) and writes at most
 * MAX_OUTPUT characters.
 */
const MAX_BLOCK_DEPTH = 8;
const MAX_ITERATIONS = 100_000;
const MAX_OUTPUT = 20_000_000;

/** Counted on the text, before the parser (which would take minutes over thousands of nested blocks) sees it. */
function refuseDeepNesting(source: string): void {
  let depth = 0;
  for (const match of source.matchAll(/\{\{~?\s*([#^/])/g)) {
    depth += match[1] === '/' ? -1 : 1;
    if (depth > MAX_BLOCK_DEPTH) {
      const before = source.slice(0, match.index);
      const lineNumber = before.split('\n').length;
      throw Object.assign(new Error('templates/nested-too-deep'), {
        problem: message('templates/nested-too-deep', { depth: MAX_BLOCK_DEPTH }),
        lineNumber,
        column: match.index - (before.lastIndexOf('\n') + 1),
      });
    }
  }
}

interface BlockOptions {
  fn: (context: unknown, options?: unknown) => string;
  loc?: { start: { line: number; column: number } };
}

/** Handlebars' own `each`, its body counted against the rendering's budget. */
function budgetedEach(each: (this: unknown, context: unknown, options: BlockOptions) => string) {
  let iterations = 0;
  let output = 0;
  return function (this: unknown, context: unknown, options: BlockOptions): string {
    const counted = (value: unknown, frame?: unknown) => {
      iterations += 1;
      const text = options.fn(value, frame);
      output += text.length;
      if (iterations > MAX_ITERATIONS || output > MAX_OUTPUT) {
        throw Object.assign(new Error('templates/over-budget'), {
          problem:
            iterations > MAX_ITERATIONS
              ? message('templates/too-many-iterations', { iterations: MAX_ITERATIONS })
              : message('templates/too-much-output', { millions: MAX_OUTPUT / 1_000_000 }),
          lineNumber: options.loc?.start.line,
          column: options.loc?.start.column,
          budget: true,
        });
      }
      return text;
    };
    return each.call(this, context, { ...options, fn: counted });
  };
}

/**
 * The templates a document in `language` is written from: the repository's templates/<language>/ file by
 * name, else its templates/ file when that is the agreement's own language, else the built-in one in that
 * language. A nynorsk letter of a bokmål agreement never takes the bokmål override.
 */
export function templateSources(
  builtins: BuiltinTemplates,
  overrides: ReadonlyArray<{ path: string; text: string }>,
  language: DocumentLanguage,
  agreementLanguage: DocumentLanguage,
): TemplateSource[] {
  return TEMPLATE_NAMES.map((name) => {
    const file = templateFileName(name);
    const override =
      overrides.find((candidate) => candidate.path === `templates/${language}/${file}`) ??
      (language === agreementLanguage
        ? overrides.find((candidate) => candidate.path === `templates/${file}`)
        : undefined);
    return override
      ? { name, language, file: override.path, source: override.text }
      : {
          name,
          language,
          file: `(built-in) ${builtinPath(name, language)}`,
          source: builtins[language].get(name) ?? '',
        };
  });
}

/**
 * Renders a template with the view; the helpers name the parties as they stand on the document's date,
 * `on`. A template that does not compile or render throws a TemplateError with its line.
 */
export function renderTemplate(template: TemplateSource, view: object, agreement: Agreement, on: IsoDate): string {
  const each = (precompiledRuntime.helpers as Record<string, Parameters<typeof budgetedEach>[0]>).each;
  const helpers = {
    date: (date: unknown) => (typeof date === 'string' ? norwegianDate(date) : ''),
    // Handlebars passes its options last: an end left out is that object, not a time.
    datetime: (date: unknown, time: unknown, end: unknown) =>
      typeof date === 'string'
        ? norwegianDateTime(
            date,
            typeof time === 'string' ? time : null,
            template.language,
            typeof end === 'string' ? end : null,
          )
        : '',
    cell: (value: unknown) => tableCell(value),
    partyName: (id: unknown) => partyFullName(agreement, String(id), on),
    partyShort: (id: unknown) => partyShortName(agreement, String(id), on),
    ...(each ? { each: budgetedEach(each) } : {}),
  };
  try {
    return templateFunction(template)(view, { helpers });
  } catch (error) {
    throw new TemplateError(locate(template, error));
  }
}

/** Text for a Markdown table's cell: a bar would start another cell, and a line break end the row. */
function tableCell(value: unknown): string {
  if (value === null || value === undefined || typeof value === 'object') return '';
  return String(value)
    .replace(/\s*[\r\n]+\s*/g, ' ')
    .replace(/\|/g, '\\|');
}

function locate(template: TemplateSource, error: unknown): TemplateProblem {
  const {
    message: text = String(error),
    problem,
    lineNumber,
    column,
  } = (error ?? {}) as { message?: string; problem?: Message; lineNumber?: number; column?: number };
  const parse = /^Parse error on line (\d+):\n(.*)\n/.exec(text);
  const helper = /^You specified knownHelpersOnly, but used the unknown helper (\S+)/.exec(text)?.[1];
  const decorator = /^Missing decorator: "(.*)"/.exec(text)?.[1];
  const plain =
    problem ??
    (parse
      ? message('templates/does-not-parse', { near: parse[2]?.replace(/^\.\.\./, '') ?? '' })
      : helper
        ? message('templates/unknown-helper', { name: helper, helpers: HELPER_LIST })
        : decorator
          ? message('templates/decorator', { syntax: `{{* ${decorator}}}` })
          : error instanceof TypeError || error instanceof RangeError
            ? message('templates/cannot-render')
            : message('templates/handlebars', {
                detail: text
                  .replace(/ - \d+:\d+$/, '')
                  .replace(
                    / in (\[object Object\]|undefined)$/,
                    ' in the data this template gets (see the README for the fields)',
                  ),
              }));
  const parseLine = parse?.[1];
  return {
    file: template.file,
    line: lineNumber ?? (parseLine ? Number(parseLine) : 1),
    column: column === undefined ? 1 : column + 1,
    message: plain,
  };
}
