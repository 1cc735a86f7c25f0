/**
 * `partnership init [DIR]`: a new records repository, ready to validate and to be checked in CI. The
 * agreement's front matter comes from the options or, in a terminal, from questions for what they
 * leave out. Everything is checked before anything is written, and the files are written all or none.
 */

import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { readBuiltinTemplates } from '../documents/builtin.js';
import { InputError, UsageError, writeFailureReason } from '../lib/errors.js';
import { printable } from '../lib/printable.js';
import { type Message, message } from '../messages/catalogue.js';
import { checkRepository } from '../pipeline/check.js';
import { FILE_RULE, SCHEMA_RULE, SYNTAX_RULE } from '../records/file-rules.js';
import { AGREEMENT_PATH } from '../records/paths.js';
import type { CommandContext } from '../session/context.js';
import { gitOptions } from '../session/write-session.js';
import { type AgreementOptions, agreementFile } from '../setup/agreement-file.js';
import { type AnswerOptions, agreementId, gatherAnswers } from '../setup/answers.js';
import { codeowners, parseApprovers, RULESET_PATH, ruleset } from '../setup/approvers.js';
import { firstCommit, refuseTakenFolder } from '../setup/folder.js';
import { GITIGNORE, type InstallRoute, packageJson, readme, workflow } from '../setup/repository-files.js';
import { installRoute, vendorTarball } from '../setup/vendor.js';
import { acquireLock, type RepositoryLock } from '../writing/lock.js';
import { type FileChange, writeFilesAtomically } from '../writing/write.js';

export interface InitOptions extends AnswerOptions, AgreementOptions {
  /** tarball (the default), tarball=FILE, git=URL or global=SOURCE. */
  install?: string;
  /** Make the first commit (default); --no-commit leaves the files uncommitted. */
  commit?: boolean;
  /** Write into a folder that already holds files, or a git repository with changes (never over a file). */
  allowExisting?: boolean;
}

export async function init(dir: string | undefined, options: InitOptions, context: CommandContext): Promise<number> {
  const root = resolve(context.io.cwd, dir ?? '.');
  // Checked first, so nobody answers questions for a folder that cannot take the records...
  await refuseTakenFolder(root, options);
  const answers = await gatherAnswers(options, context);
  const ids = answers.parties.map((party) => party.id);
  if (options.first !== undefined && !ids.includes(options.first))
    throw new UsageError(message('init/first-not-a-party', { first: options.first, parties: ids }));
  const id = agreementId(answers.parties);
  const route = installRoute(options.install);
  const language = context.documentLanguage ?? 'nb';
  const agreementText = agreementFile(answers, options, context.today, language, context.say);
  const approvers = parseApprovers(ids, options);
  const partiesWithApprovers = answers.parties.map((party) => ({ ...party, github: approvers[party.id] }));
  const vendored = route.kind === 'tarball' ? vendorTarball(route.file, context.io.cwd) : undefined;
  const resolvedRoute: InstallRoute = vendored ? { kind: 'tarball', file: vendored.path } : route;

  const files: FileChange[] = [
    { path: AGREEMENT_PATH, content: agreementText },
    ...['agreement/source', 'agreement/notices', 'meetings', 'annual-plans', 'templates'].map((folder) => ({
      path: `${folder}/.gitkeep`,
      content: '',
    })),
    { path: 'README.md', content: readme({ ...answers, route: resolvedRoute, language }) },
    { path: '.github/workflows/records.yml', content: workflow(resolvedRoute) },
    { path: '.github/CODEOWNERS', content: codeowners(partiesWithApprovers) },
    { path: RULESET_PATH, content: ruleset(partiesWithApprovers) },
    { path: '.gitignore', content: GITIGNORE },
    { path: 'package.json', content: packageJson(id, resolvedRoute, language) },
    ...(vendored ? [vendored] : []),
  ];

  // What init writes reads cleanly: checked before anything is written. The rules across files may
  // still find a past year without meetings, when the agreement was signed before its records begin.
  const check = checkRepository([{ path: AGREEMENT_PATH, text: agreementText }], context.today, readBuiltinTemplates());
  const readingRules: readonly string[] = [FILE_RULE.id, SYNTAX_RULE.id, SCHEMA_RULE.id];
  const unreadable = check.findings.filter((finding) => readingRules.includes(finding.rule));
  if (unreadable.length > 0) {
    throw new UsageError(
      message('init/does-not-validate', {
        findings: unreadable.map((finding) => context.say(finding.message)).join('; '),
      }),
    );
  }
  const history = check.findings.filter((finding) => finding.severity === 'error');

  // ...and again with the folder's lock held, so that of two inits at once one writes and the other refuses.
  const created = !existsSync(root);
  mkdirSync(root, { recursive: true });
  let lock: RepositoryLock;
  try {
    lock = await acquireLock(
      root,
      () => context.io.now().getTime(),
      (note) => context.io.stderr(`${context.say(note)}\n`),
    );
  } catch (error) {
    if (created) rmSync(root, { recursive: true, force: true });
    throw error;
  }
  let committed: Message | undefined;
  try {
    await refuseTakenFolder(root, options, files);
    try {
      writeFilesAtomically(root, files, context.say(message('commit/init', { title: answers.title })));
    } catch (error) {
      throw new InputError(message('write/cannot-write-in', { folder: root, reason: writeFailureReason(error) }));
    }
    committed =
      options.commit === false
        ? undefined
        : await firstCommit(
            root,
            files.map((file) => file.path),
            context.say(message('commit/init', { title: answers.title })),
            gitOptions(context),
          );
  } finally {
    lock.release();
  }
  const where = relative(context.io.cwd, root) || '.';
  const { say } = context;
  const findings = history.map((finding) => printable(say(finding.message))).join('; ');
  const note = history.length ? ['', say(message('init/past-not-recorded', { count: history.length, findings }))] : [];
  context.io.stdout(
    `${[
      say(message('init/created', { title: printable(answers.title), where: printable(where) })),
      ...files.filter((file) => !file.path.endsWith('.gitkeep')).map((file) => `  ${file.path}`),
      say(committed ?? message('init/not-committed')),
      '',
      say(message('init/next')),
      `  cd ${printable(where)}`,
      route.kind === 'global' ? `  npm install --global ${route.source}` : '  npm install',
      '  npx --no-install partnership validate',
      say(message('init/paste-text')),
      ...note,
    ].join('\n')}\n`,
  );
  return 0;
}
