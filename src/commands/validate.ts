import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { readBuiltinTemplates } from '../documents/builtin.js';
import { nearest } from '../lib/did-you-mean.js';
import { UsageError } from '../lib/errors.js';
import { type Message, message } from '../messages/catalogue.js';
import { type Approvals, approvalsFromReviews } from '../model/approvals.js';
import { checkRepository } from '../pipeline/check.js';
import { decodeText, readRepository } from '../records/repository.js';
import type { SourceFile } from '../records/types.js';
import { REPORTERS, type ReportFormat } from '../report/index.js';
import type { CommandContext } from '../session/context.js';

export interface ValidateOptions {
  format: ReportFormat;
  strict: boolean;
  /** A git ref: what was final there must stay final (the history rule). */
  base?: string;
  /** The pull request's reviews, as GitHub's API lists them: each party must approve a change to a final record. */
  approvals?: string;
}

/** The folders whose files the history rule compares with the base. */
const FINAL_FOLDERS = ['agreement', 'meetings'];

/** Exit 0 when there are no errors (and, with --strict, no warnings); 1 otherwise. */
export async function validate(options: ValidateOptions, context: CommandContext): Promise<number> {
  const root = context.repositoryRoot();
  if (options.approvals !== undefined && options.base === undefined) {
    throw new UsageError(message('validate/approvals-without-base'));
  }
  const approvals = options.approvals === undefined ? null : readApprovals(options.approvals, context.io.cwd);
  const files = readRepository(root);
  const baseFiles = options.base === undefined ? null : await filesAtBase(root, options.base, files);
  const report = checkRepository(files, context.today, readBuiltinTemplates(), baseFiles, approvals);
  context.io.stdout(REPORTERS[options.format](report, context.color, context.language));
  const { findings } = report;
  const errors = findings.filter((finding) => finding.severity === 'error').length;
  const failing = options.strict ? findings.length : errors;
  return failing > 0 ? 1 : 0;
}

/**
 * The agreement and the meetings as they were at `ref`, read from git; nothing of them is run or
 * followed. A file whose content is the same now (by blob id, however git's index flags it) is the very
 * file already read, so it is parsed once; the others are read in one git process.
 */
async function filesAtBase(root: string, ref: string, current: readonly SourceFile[]): Promise<SourceFile[]> {
  // git is loaded only here: a plain validate, the one CI runs on every push, never pays for it.
  const { GitRepository } = await import('../git/repository.js');
  if (/\.\.|^-/.test(ref)) throw new UsageError(message('validate/base-not-one-commit', { ref }));
  const git = await GitRepository.open(root);
  if (!git) throw new UsageError(message('validate/base-without-git', { ref, root }));
  // Resolved once: every read below names the commit, whatever the ref comes to mean meanwhile.
  const commit = await git.commitOf(ref);
  if (!commit) throw new UsageError(unknownBase(ref, await git.refNames()));
  const atBase = (await git.blobsAt(commit, FINAL_FOLDERS)).filter(({ path }) => path.toLowerCase().endsWith('.md'));
  const now = await git.currentBlobs(atBase.map(({ path }) => path));
  const read = new Map(current.map((file) => [file.path, file]));
  const same = (path: string, blob: string) => now.get(path) === blob && read.has(path);
  const contents = await git.readBlobs(atBase.filter(({ path, blob }) => !same(path, blob)).map(({ blob }) => blob));
  return atBase.map(({ path, blob }) => {
    if (same(path, blob)) return read.get(path) as SourceFile;
    const decoded = decodeText(contents.get(blob) ?? Buffer.alloc(0));
    return 'text' in decoded ? { path, text: decoded.text } : { path, text: '', problem: decoded.problem };
  });
}

/** The approvals in a file of reviews from GitHub's API; a file that is not one is a usage error (exit 2). */
function readApprovals(file: string, cwd: string): Approvals {
  let reviews: unknown;
  try {
    reviews = JSON.parse(readFileSync(resolve(cwd, file), 'utf8'));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new UsageError(message('validate/approvals-missing', { file }));
    }
    const reason =
      error instanceof SyntaxError ? error.message : String((error as NodeJS.ErrnoException).code ?? error);
    throw new UsageError(message('validate/approvals-unreadable', { file, reason }));
  }
  const approvals = approvalsFromReviews(reviews);
  if ('problem' in approvals) throw new UsageError(message('validate/approvals-not-reviews', { file }));
  return approvals;
}

/** Why --base names no commit, and what to name instead: a near name (mian → main), or the branches there are. */
function unknownBase(ref: string, names: readonly string[]): Message {
  const remote = ref.includes('/') ? ref.slice(0, ref.indexOf('/')) : undefined;
  const hasRemote = remote !== undefined && names.some((name) => name.startsWith(`${remote}/`));
  const meant = remote === undefined || hasRemote ? nearest(ref, names) : undefined;
  if (meant) return message('validate/base-did-you-mean', { ref, meant });
  return message('validate/base-unknown', {
    ref,
    remote: remote !== undefined && !hasRemote ? remote : null,
    branches: names.slice(0, 5),
    more: names.length > 5,
  });
}
