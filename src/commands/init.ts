/**
 * `partnership init [DIR]`: a new records repository, ready to validate and to be checked in CI. The
 * agreement's front matter comes from the options or, in a terminal, from questions for what they
 * leave out. Everything is checked before anything is written, and the files are written all or none.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Document, type Scalar } from 'yaml';
import { readBuiltinTemplates } from '../documents/builtin.js';
import { type GitOptions, GitRepository } from '../git/repository.js';
import { type IsoDate, isRealDate } from '../lib/dates.js';
import { InputError, PreconditionError, UsageError, writeFailureReason } from '../lib/errors.js';
import { isoFromNorwegianDate } from '../lib/norwegian.js';
import { printable } from '../lib/printable.js';
import { checkRepository } from '../pipeline/check.js';
import { FILE_RULE, SCHEMA_RULE, SYNTAX_RULE } from '../records/file-rules.js';
import { acquireLock, LOCK_FILE, type RepositoryLock } from '../records/lock.js';
import { AGREEMENT_PATH } from '../records/paths.js';
import { type FileChange, writeFilesAtomically } from '../records/write.js';
import type { CommandContext, Prompter } from './context.js';
import { GITIGNORE, type InstallRoute, PACKAGE_NAME, packageJson, readme, workflow } from './init-files.js';
import { loadTerminalPrompter } from './load-prompts.js';
import { parseSignatories } from './signatories.js';
import { gitOptions } from './write-session.js';

export interface InitOptions {
  title?: string;
  /** ID:NAME:SHORT, once for each party. */
  party?: string[];
  signed?: IsoDate;
  end?: IsoDate;
  convener?: string;
  perYear?: number;
  noticeMonths?: number;
  /** PARTY=NAME, TITLE: who signs for a party. */
  signatory?: string[];
  /** tarball (the default), tarball=FILE, git=URL or global=SOURCE. */
  install?: string;
  /** Make the first commit (default); --no-commit leaves the files uncommitted. */
  commit?: boolean;
  /** Write into a folder that already holds files, or a git repository with changes (never over a file). */
  allowExisting?: boolean;
}

interface Party {
  id: string;
  name: string;
  short: string;
}

interface Answers {
  title: string;
  parties: Party[];
  signed: IsoDate;
  end: IsoDate;
  convener: string;
}

const PARTY_ID = /^[a-z0-9][a-z0-9-]*$/;

export async function init(dir: string | undefined, options: InitOptions, context: CommandContext): Promise<number> {
  const root = resolve(context.io.cwd, dir ?? '.');
  // Checked first, so nobody answers questions for a folder that cannot take the records...
  await refuseTakenFolder(root, options);
  const answers = await gatherAnswers(options, context);
  const id = agreementId(answers.parties);
  const route = installRoute(options.install);
  const agreementText = agreementFile(answers, options, context);
  const vendored = route.kind === 'tarball' ? vendorTarball(route.file, context) : undefined;
  const resolvedRoute: InstallRoute = vendored ? { kind: 'tarball', file: vendored.path } : route;

  const files: FileChange[] = [
    { path: AGREEMENT_PATH, content: agreementText },
    ...['agreement/source', 'agreement/notices', 'meetings', 'annual-plans', 'templates'].map((folder) => ({
      path: `${folder}/.gitkeep`,
      content: '',
    })),
    { path: 'README.md', content: readme({ ...answers, route: resolvedRoute }) },
    { path: '.github/workflows/records.yml', content: workflow(resolvedRoute) },
    { path: '.gitignore', content: GITIGNORE },
    { path: 'package.json', content: packageJson(id, resolvedRoute) },
    ...(vendored ? [vendored] : []),
  ];

  // What init writes reads cleanly: checked before anything is written. The rules across files may
  // still find a past year without meetings, when the agreement was signed before its records begin.
  const check = checkRepository([{ path: AGREEMENT_PATH, text: agreementText }], context.today, readBuiltinTemplates());
  const readingRules: readonly string[] = [FILE_RULE.id, SYNTAX_RULE.id, SCHEMA_RULE.id];
  const unreadable = check.findings.filter((finding) => readingRules.includes(finding.rule));
  if (unreadable.length > 0) {
    throw new UsageError(
      `the agreement these options describe does not validate, and nothing was written: ${unreadable.map((finding) => finding.message).join('; ')}`,
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
      (text) => context.io.stderr(`${text}\n`),
    );
  } catch (error) {
    if (created) rmSync(root, { recursive: true, force: true });
    throw error;
  }
  let committed: string | undefined;
  try {
    await refuseTakenFolder(root, options, files);
    try {
      writeFilesAtomically(root, files, `Create the records of ${answers.title}`);
    } catch (error) {
      throw new InputError(`cannot write in ${root}: ${writeFailureReason(error)}`);
    }
    committed =
      options.commit === false
        ? undefined
        : await firstCommit(
            root,
            files.map((file) => file.path),
            answers.title,
            gitOptions(context),
          );
  } finally {
    lock.release();
  }
  const where = relative(context.io.cwd, root) || '.';
  const note = history.length
    ? [
        '',
        `validate reports ${history.length} error${history.length === 1 ? '' : 's'} until the past is recorded: ${history.map((finding) => printable(finding.message)).join('; ')}. Record the meetings held so far in meetings/, or what the parties accepted under deviations.`,
      ]
    : [];
  context.io.stdout(
    `${[
      `Created the records of "${printable(answers.title)}" in ${printable(where)}:`,
      ...files.filter((file) => !file.path.endsWith('.gitkeep')).map((file) => `  ${file.path}`),
      committed ?? '  (not committed: --no-commit)',
      '',
      'Next:',
      `  cd ${printable(where)}`,
      route.kind === 'global' ? `  npm install --global ${route.source}` : '  npm install',
      '  npx --no-install partnership validate',
      "  then paste the agreement's text into agreement/agreement.md, and fill in clauses, focus_areas and the signatories",
      ...note,
    ].join('\n')}\n`,
  );
  return 0;
}

async function gatherAnswers(options: InitOptions, context: CommandContext): Promise<Answers> {
  const asker = context.io.prompter ?? (context.io.interactive ? await loadTerminalPrompter() : undefined);
  const missing = [
    ...(options.title === undefined ? ['--title T'] : []),
    ...((options.party?.length ?? 0) < 2 ? ['--party ID:NAME:SHORT (twice)'] : []),
    ...(options.signed === undefined ? ['--signed D'] : []),
    ...(options.end === undefined ? ['--end D'] : []),
  ];
  if (missing.length > 0 && !asker) {
    throw new UsageError(
      `init needs ${missing.join(', ')} when it cannot ask in a terminal, e.g. partnership init avtale --title "Samarbeidsavtale mellom KS og Kommunal- og distriktsdepartementet om …" --party ks:"KS – Kommunesektorens organisasjon":KS --party kdd:"Kommunal- og distriktsdepartementet":KDD --signed 2024-03-01 --end 2026-12-31`,
    );
  }
  const parties = (options.party ?? []).map(parseParty);
  const title = options.title ?? (await (asker as Prompter).input("The agreement's title", { validate: required }));
  while (parties.length < 2) {
    const number = parties.length + 1;
    const id = await (asker as Prompter).input(`Party ${number}: a short id, e.g. ks or kdd`, {
      validate: (value) =>
        !PARTY_ID.test(value.trim())
          ? 'lower-case letters, digits and hyphens'
          : parties.some((party) => party.id === value.trim())
            ? 'another party has that id'
            : true,
    });
    const name = await (asker as Prompter).input(`Party ${number}: the full name`, { validate: required });
    const short = await (asker as Prompter).input(`Party ${number}: the short name`, { validate: required });
    parties.push({ id: id.trim(), name: name.trim(), short: short.trim() });
  }
  const signed =
    options.signed ?? (await askDate(asker as Prompter, 'The date it was signed (YYYY-MM-DD or DD.MM.YYYY)'));
  const end = options.end ?? (await askDate(asker as Prompter, 'The last day of its term (YYYY-MM-DD or DD.MM.YYYY)'));
  const convener =
    options.convener ??
    (asker
      ? await asker.select(
          'Who convenes the meetings (sends the notice and the case documents)?',
          parties.map((party) => ({ name: `${party.short} (${party.name})`, value: party.id })),
        )
      : (parties[0] as Party).id);
  const ids = parties.map((party) => party.id);
  if (new Set(ids).size !== ids.length) throw new UsageError(`two parties have the same id: ${ids.join(', ')}`);
  if (!ids.includes(convener))
    throw new UsageError(`--convener ${convener} is not one of the parties: use one of ${ids.join(', ')}`);
  if (end <= signed) throw new UsageError(`the term's end, ${end}, is not after the signing, ${signed}`);
  return { title: title.trim(), parties, signed, end, convener };
}

const required = (value: string) => (value.trim() === '' ? 'please write something' : true);

async function askDate(asker: Prompter, message: string): Promise<IsoDate> {
  const answer = await asker.input(message, {
    validate: (value) => (asIsoDate(value) ? true : 'a date such as 2024-03-01 or 01.03.2024'),
  });
  return asIsoDate(answer) as IsoDate;
}

function asIsoDate(value: string): IsoDate | undefined {
  const iso = isoFromNorwegianDate(value) ?? value.trim();
  return /^\d{4}-\d{2}-\d{2}$/.test(iso) && isRealDate(iso) ? iso : undefined;
}

function parseParty(value: string): Party {
  const [id = '', name = '', short = '', ...rest] = value.split(':');
  if (!PARTY_ID.test(id) || name.trim() === '' || short.trim() === '' || rest.length > 0) {
    throw new UsageError(
      `--party takes ID:NAME:SHORT, an id of lower-case letters, digits and hyphens, e.g. --party ks:"KS – Kommunesektorens organisasjon":KS; not "${value}"`,
    );
  }
  return { id, name: name.trim(), short: short.trim() };
}

/** "ks-kdd": the parties' ids, which is how the secretariat names the agreement. */
function agreementId(parties: readonly Party[]): string {
  return parties.map((party) => party.id).join('-');
}

function installRoute(option = 'tarball'): InstallRoute {
  const [kind, ...value] = option.split('=');
  const target = value.join('=');
  if (kind === 'tarball') return { kind, file: target };
  if (kind === 'git' && target) return { kind, url: target.startsWith('git+') ? target : `git+${target}` };
  if (kind === 'global' && target) return { kind, source: target };
  throw new UsageError(
    `--install takes tarball, tarball=FILE, git=URL or global=SOURCE (what npm install --global installs), not "${option}"`,
  );
}

function agreementFile(answers: Answers, options: InitOptions, context: CommandContext): string {
  const perYear = options.perYear ?? 2;
  const noticeMonths = options.noticeMonths ?? 1;
  const signatories = parseSignatories({ parties: answers.parties }, options.signatory);
  const document = new Document({
    id: agreementId(answers.parties),
    title: answers.title,
    parties: answers.parties.map((party) => ({
      ...party,
      ...(signatories[party.id] ? { signatory: signatories[party.id] } : {}),
    })),
    signed: answers.signed,
    clauses: {},
    term: {
      end: answers.end,
      extension_years: 1,
      extension_requires: 'evaluation-pending',
      notice_months: noticeMonths,
      notice_rule: 'same-date',
    },
    evaluation: { due: answers.end, completed: null },
    extensions: [],
    termination: null,
    meetings: {
      per_year: perYear,
      level: 'administrative',
      convener: answers.convener,
      rotation: { roles: 'together', first: answers.convener },
      notice_days: 14,
      documents_days: 7,
      avoid: ['fellesferie', 'romjul'],
    },
    focus_areas: {},
    obligations: [],
    consultations: [],
    deviations: [],
  });
  const comment = (path: string[], text: string) => {
    const node = document.getIn(path, true) as Scalar | undefined;
    if (node) node.comment = ` ${text}`;
  };
  document.commentBefore = ` Created by partnership init on ${context.today}. The fields are described in the guide (docs/brukerveiledning.md)\n and, for editors, in the JSON Schemas that partnership schema writes.`;
  comment(['clauses'], 'where the agreement says what, e.g. meetings: "2", term: "7"');
  comment(['term', 'extension_years'], 'an extension runs this many years');
  comment(['term', 'notice_rule'], 'same-date, or end-of-month');
  comment(['meetings', 'per_year'], 'meetings a year, at least');
  comment(['meetings', 'rotation', 'roles'], 'together: one party chairs and takes minutes; split: one each');
  comment(['focus_areas'], 'the focus areas, by letter: A: …');
  const body = `\n# ${answers.title}\n\n(Lim inn avtalens tekst her, ordrett.)\n`;
  return `---\n${document.toString({ lineWidth: 0 })}---\n${body}`;
}

/** The tarball the records repository pins, under vendor/: the one given, or this tool packed. */
function vendorTarball(file: string, context: CommandContext): { path: string; content: Buffer } {
  if (file === '') return packThisTool();
  const source = resolve(context.io.cwd, file);
  if (!existsSync(source) || !source.endsWith('.tgz'))
    throw new UsageError(`--install tarball=${file}: there is no such .tgz file`);
  return { path: `vendor/${basename(source)}`, content: readFileSync(source) };
}

/** The folder of this package (the one holding its package.json), from the sources or from dist/. */
function packageRoot(): string {
  let folder = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(folder, 'package.json')) && dirname(folder) !== folder) folder = dirname(folder);
  return folder;
}

/**
 * The tool that runs, packed as the tarball the records repository pins: `npm pack` of this package's
 * own folder, into a temporary folder first, so that nothing is written when it fails.
 */
function packThisTool(): { path: string; content: Buffer } {
  const destination = mkdtempSync(join(tmpdir(), 'partnership-pack-'));
  try {
    execFileSync(
      'npm',
      // A cache of its own, in the temporary folder: npm writes its logs there, never into a work tree.
      [
        'pack',
        packageRoot(),
        '--ignore-scripts',
        '--pack-destination',
        destination,
        '--cache',
        join(destination, 'npm-cache'),
        '--loglevel=error',
        '--offline',
      ],
      { stdio: ['ignore', 'pipe', 'pipe'], timeout: 120_000 },
    );
    const [file] = readdirSync(destination).filter((name) => name.endsWith('.tgz'));
    if (!file) throw new Error('npm pack wrote no tarball');
    return { path: `vendor/${file}`, content: readFileSync(join(destination, file)) };
  } catch (error) {
    throw new InputError(
      `cannot pack this tool into a tarball for the new repository (${(error as Error).message.split('\n')[0]}): give one with --install tarball=FILE, or use --install git=URL`,
    );
  } finally {
    rmSync(destination, { recursive: true, force: true });
  }
}

/**
 * A folder init may write into: new, empty, or an empty clone (only .git, nothing uncommitted). Anything
 * else (a home folder, a repository with work in it) would have its files lie beside the records, and a
 * stray `git add` commit them; --allow-existing says that is meant. Never one that holds an agreement,
 * or any file init would write.
 */
async function refuseTakenFolder(root: string, options: InitOptions, files: readonly FileChange[] = []): Promise<void> {
  if (existsSync(join(root, AGREEMENT_PATH))) {
    throw new PreconditionError(
      `${join(root, AGREEMENT_PATH)} exists: ${root} already holds an agreement, and nothing was written. Run init in a new folder`,
    );
  }
  const existing = files.filter((file) => existsSync(join(root, file.path))).map((file) => file.path);
  if (existing.length > 0) {
    throw new PreconditionError(
      `${root} already has ${existing.join(', ')}: init writes into a new or empty folder, and nothing was written`,
    );
  }
  if (!options.allowExisting) await refuseOccupiedFolder(root);
}

async function refuseOccupiedFolder(root: string): Promise<void> {
  const folder = lstatSync(root, { throwIfNoEntry: false });
  if (!folder) return;
  if (!folder.isDirectory())
    throw new UsageError(`${printable(root)} is not a folder: name a new or empty folder for the records`);
  // The writers' lock is init's own while it holds it.
  const entries = readdirSync(root).filter((name) => name !== '.git' && !name.startsWith(LOCK_FILE));
  if (entries.length > 0) {
    const shown = entries.slice(0, 5).map(printable).join(', ');
    throw new PreconditionError(
      `${printable(root)} already holds ${shown}${entries.length > 5 ? ` and ${entries.length - 5} more` : ''}: init writes into a new or empty folder, and nothing was written. Name a new folder, or give --allow-existing to add the records beside what is there (init overwrites nothing and commits only the files it writes)`,
    );
  }
  const git = entries.length === 0 && existsSync(join(root, '.git')) ? await GitRepository.open(root) : undefined;
  const changed = git ? (await git.uncommittedPaths()).filter((path) => !path.startsWith(LOCK_FILE)) : [];
  if (changed.length > 0) {
    throw new PreconditionError(
      `${printable(root)} is a git repository with uncommitted changes, and nothing was written: commit or stash them first, or give --allow-existing`,
    );
  }
}

/** Commits exactly the files init wrote, whatever else the folder or the index holds. */
async function firstCommit(
  root: string,
  paths: readonly string[],
  title: string,
  options: GitOptions,
): Promise<string> {
  const isNew = !existsSync(join(root, '.git'));
  const git = await GitRepository.initialise(root, options);
  const problem = await git.identityProblem();
  if (problem) return `  (a git repository, not yet committed: ${problem}, then git add -A && git commit)`;
  const commit = await git.commitPaths(
    paths,
    `Create the records of ${title}\n\nWritten by partnership init (${PACKAGE_NAME}).`,
  );
  return `  committed as ${commit}${isNew ? ' in a new git repository' : ''}`;
}
