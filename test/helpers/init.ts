/** What the tests give `partnership init`: a second agreement, KS–KDD on digitalisation, and who commits it. */

/** The agreement's options, with a day to take as today. */
export const INIT_OPTIONS = [
  '--title',
  'Samarbeidsavtale mellom KS og Kommunal- og distriktsdepartementet om digitalisering',
  '--party',
  'ks:KS – Kommunesektorens organisasjon:KS',
  '--party',
  'kdd:Kommunal- og distriktsdepartementet:KDD',
  '--signed',
  '2026-11-20',
  '--end',
  '2028-12-31',
];
export const INIT_TODAY = ['--today', '2026-11-27'];

/** A git identity for the processes a test spawns, which never inherit the machine's. */
export const GIT_IDENTITY = {
  GIT_AUTHOR_NAME: 'Sekretariatet',
  GIT_AUTHOR_EMAIL: 'sekretariat@example.org',
  GIT_COMMITTER_NAME: 'Sekretariatet',
  GIT_COMMITTER_EMAIL: 'sekretariat@example.org',
};

/** What init writes into a repository with the tarball route: the files of its first commit. */
export const INIT_FILES = [
  '.github/CODEOWNERS',
  '.github/rulesets/main.json',
  '.github/workflows/records.yml',
  '.gitignore',
  'README.md',
  'agreement/agreement.md',
  'agreement/notices/.gitkeep',
  'agreement/source/.gitkeep',
  'annual-plans/.gitkeep',
  'meetings/.gitkeep',
  'package.json',
  'templates/.gitkeep',
  'vendor/ks-samarbeid-partnership-0.1.0.tgz',
].sort();
