import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parse } from 'yaml';
import * as z from 'zod/mini';
import { readBuiltinTemplates } from '../documents/builtin.js';
import { isExpectedError, UsageError } from '../lib/errors.js';
import { outputFormat } from '../lib/output-format.js';
import { printable } from '../lib/printable.js';
import { message } from '../messages/catalogue.js';
import { type PortfolioSource, portfolioListSchema } from '../model/portfolio.js';
import {
  type PortfolioItem,
  portfolioEntries,
  portfolioHtml,
  portfolioItem,
  portfolioMarkdown,
  portfolioReport,
  portfolioText,
  unreadable,
} from '../portfolio/portfolio.js';
import { AGREEMENT_PATH } from '../records/paths.js';
import { readRepository } from '../records/repository.js';
import { toICalendar } from '../schedule/ics.js';
import { calendarFeed } from '../session/calendar-feed.js';
import type { CommandContext } from '../session/context.js';
import { writeUserFile } from '../writing/write.js';

export const PORTFOLIO_FORMATS = ['text', 'json', 'html', 'md'] as const;

export interface PortfolioOptions {
  from?: string;
  format?: (typeof PORTFOLIO_FORMATS)[number];
  output?: string;
  ics?: string;
}

/** A branch name git takes as one: no option, no range, nothing a shell or git would read as more. */
const BRANCH = /^(?!-)[A-Za-z0-9._/-]{1,200}$/;

/**
 * Every agreement at once, from records repositories given as folders or listed in a file (a path, or
 * a git URL and branch cloned read-only into the cache): exit 1 when any has errors, 2 when one cannot
 * be read; the others are reported all the same.
 */
export async function portfolio(
  folders: string[],
  options: PortfolioOptions,
  context: CommandContext,
): Promise<number> {
  const sources: Array<{ label: string; path?: string; url?: string; branch?: string }> = folders.map((folder) => ({
    label: printable(folder),
    path: resolve(context.io.cwd, folder),
  }));
  if (options.from !== undefined) sources.push(...listed(resolve(context.io.cwd, options.from), options.from));
  if (sources.length === 0) throw new UsageError(message('portfolio/nothing-to-read'));
  const format = outputFormat(options.format, options.output, PORTFOLIO_FORMATS, 'text');
  const cache = join(context.io.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'partnership');
  const builtins = readBuiltinTemplates();
  const { today, say } = context;

  const items: PortfolioItem[] = [];
  /** Where each repository that was read lies, for its calendar's sequences from git. */
  const roots = new Map<PortfolioItem, string>();
  for (const source of sources) {
    let root = source.path;
    if (source.url !== undefined) {
      try {
        const { cachedClone } = await import('../git/clone.js');
        root = await cachedClone(cache, source.url, source.branch ?? 'main');
      } catch (error) {
        items.push(
          unreadable(
            source.label,
            say(
              message('portfolio/clone-failed', {
                branch: source.branch ?? 'main',
                reason: printable((error as Error).message),
              }),
            ),
          ),
        );
        continue;
      }
    }
    if (root === undefined || !existsSync(join(root, AGREEMENT_PATH))) {
      items.push(unreadable(source.label, say(message('portfolio/not-a-repository', { path: source.label }))));
      continue;
    }
    try {
      const item = portfolioItem(source.label, readRepository(root), today, builtins, say);
      items.push(item);
      roots.set(item, root);
    } catch (error) {
      if (!isExpectedError(error)) throw error;
      items.push(unreadable(source.label, say(error.text)));
    }
  }

  const report = portfolioReport(items, today);
  const content =
    format === 'json'
      ? `${JSON.stringify(report, null, 2)}\n`
      : format === 'md'
        ? portfolioMarkdown(report, say)
        : format === 'html'
          ? portfolioHtml(report, say, context.language === 'en' ? 'en' : 'nb')
          : portfolioText(report, say);
  if (options.output === undefined || options.output === '-') context.io.stdout(content);
  else {
    writeUserFile(resolve(context.io.cwd, options.output), content);
    context.io.stdout(`${say(message('portfolio/wrote', { format, file: printable(options.output) }))}\n`);
  }
  if (options.ics !== undefined) {
    const calendars = [];
    for (const item of items) {
      const root = roots.get(item);
      if (!item.records || root === undefined) continue;
      const { agreement, meetings } = item.records;
      const { entries } = await calendarFeed(root, agreement, meetings, today, context.io.now());
      calendars.push({ agreement, entries });
    }
    const entries = portfolioEntries(calendars, today);
    const calendar = toICalendar(say(message('portfolio/calendar-name')), entries, context.io.now());
    if (options.ics === '-') context.io.stdout(calendar);
    else {
      writeUserFile(resolve(context.io.cwd, options.ics), calendar);
      // Beside a portfolio printed on standard output, what was written goes to standard error.
      const tell = options.output === undefined || options.output === '-' ? context.io.stderr : context.io.stdout;
      tell(`${say(message('portfolio/wrote-calendar', { count: entries.length, file: printable(options.ics) }))}\n`);
    }
  }
  if (report.agreements.some((entry) => entry.state === 'unreadable')) return 2;
  return report.agreements.some((entry) => entry.state === 'errors') ? 1 : 0;
}

/** The repositories a list names: paths relative to the list, URLs as they are. */
function listed(file: string, given: string): Array<{ label: string; path?: string; url?: string; branch?: string }> {
  let data: unknown;
  try {
    data = parse(readFileSync(file, 'utf8'));
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message.split('\n')[0] ?? '';
    throw new UsageError(message('portfolio/list-unreadable', { file: given, reason: printable(reason) }));
  }
  const checked = z.safeParse(portfolioListSchema, data);
  if (!checked.success) throw new UsageError(message('portfolio/list-invalid', { file: given }));
  return checked.data.agreements.map((source: PortfolioSource) => {
    if ('path' in source)
      return { label: printable(source.name ?? source.path), path: resolve(dirname(file), source.path) };
    if (source.url.startsWith('-') || !BRANCH.test(source.branch) || printable(source.url) !== source.url)
      throw new UsageError(message('portfolio/list-invalid', { file: given }));
    return {
      label: printable(source.name ?? `${source.url}#${source.branch}`),
      url: source.url,
      branch: source.branch,
    };
  });
}
