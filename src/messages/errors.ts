/** Why a command stopped: a usage error, input it could not read, or a refusal; each says what to do. */
import { entry } from './message.js';
import { cite, listed } from './wording.js';

/** Worded on first use: a command compiles only the areas of the catalogue it says something from. */
export const ERROR_MESSAGES = () => ({
  'error/internal': entry(
    (p: { detail: string }) => `internal error: ${p.detail}`,
    (p) => `intern feil: ${p.detail}`,
  ),
  'error/report-bug': entry(
    () => 'This is a bug in partnership; run again with PARTNERSHIP_DEBUG=1 for details and report it.',
    () => 'Dette er en feil i partnership; kjør på nytt med PARTNERSHIP_DEBUG=1 for detaljer, og meld fra om den.',
  ),
  'error/help-after-error': entry(
    () => '(add --help for usage)',
    () => '(legg til --help for bruk)',
  ),

  'repository/not-a-repository': entry(
    (p: { folder: string; agreement: string }) =>
      `${p.folder} is not a partnership repository: it has no ${p.agreement}`,
    (p) => `${p.folder} er ikke et repositorium for partnership: det har ingen ${p.agreement}`,
  ),
  'repository/none-found': entry(
    (p: { folder: string; agreement: string }) =>
      `no partnership repository here: no folder from ${p.folder} upwards holds ${p.agreement}. Run the command inside the repository, or pass --repo DIR`,
    (p) =>
      `her er det ikke noe repositorium for partnership: ingen mappe fra ${p.folder} og oppover har ${p.agreement}. Kjør kommandoen inne i repositoriet, eller oppgi --repo MAPPE`,
  ),
  'repository/cannot-read': entry(
    (p: { path: string; reason: string }) => `cannot read ${p.path}: ${p.reason}`,
    (p) => `kan ikke lese ${p.path}: ${p.reason}`,
  ),
  'repository/cannot-read-folder': entry(
    (p: { folder: string; reason: string }) => `cannot read the folder ${p.folder}: ${p.reason}`,
    (p) => `kan ikke lese mappen ${p.folder}: ${p.reason}`,
  ),

  'write/failed': entry(
    (p: { where: string | null; reason: string }) =>
      `cannot write${p.where ? ` in ${p.where}` : ''}, and nothing was changed: ${p.reason}`,
    (p) => `kan ikke skrive${p.where ? ` i ${p.where}` : ''}, og ingenting ble endret: ${p.reason}`,
  ),
  'write/cannot-write-files': entry(
    (p: { files: readonly string[]; reason: string; changed: boolean }) =>
      `cannot write ${p.files.join(' and ')}: ${p.reason}. ${p.changed ? 'Nothing was written' : 'Nothing was changed'}`,
    (p) =>
      `kan ikke skrive ${p.files.join(' og ')}: ${p.reason}. ${p.changed ? 'Ingenting ble skrevet' : 'Ingenting ble endret'}`,
  ),
  'write/cannot-write-in': entry(
    (p: { folder: string; reason: string }) => `cannot write in ${p.folder}: ${p.reason}`,
    (p) => `kan ikke skrive i ${p.folder}: ${p.reason}`,
  ),
  'write/reason': entry(
    (p: { code: string }) =>
      `${
        ({
          ENOSPC: 'the disk is full: free some space',
          EDQUOT: 'the disk quota is used up: free some space',
          EACCES: 'permission denied: run it as a user who may write there',
          EPERM: 'not permitted: run it as a user who may write there',
          EROFS: 'the file system is read-only',
          EMFILE: 'too many files are open: close some programs',
          EIO: 'the disk reported an input/output error',
        })[p.code] ?? p.code
      } (${p.code})`,
    (p) =>
      `${
        ({
          ENOSPC: 'disken er full: frigjør plass',
          EDQUOT: 'diskkvoten er brukt opp: frigjør plass',
          EACCES: 'ingen tilgang: kjør den som en bruker som kan skrive der',
          EPERM: 'ikke tillatt: kjør den som en bruker som kan skrive der',
          EROFS: 'filsystemet kan bare leses',
          EMFILE: 'for mange filer er åpne: lukk noen programmer',
          EIO: 'disken meldte en inn-/utdatafeil',
        })[p.code] ?? p.code
      } (${p.code})`,
  ),
  'write/special-file': entry(
    (p: { path: string; kind: 'link' | 'folder' | 'device' }) =>
      `${p.path} is ${p.kind === 'link' ? 'a link' : p.kind === 'folder' ? 'a folder' : 'a device, FIFO or socket'}: write to a new file or an ordinary one (-o - prints to standard output)`,
    (p) =>
      `${p.path} er ${p.kind === 'link' ? 'en lenke' : p.kind === 'folder' ? 'en mappe' : 'en enhet, FIFO eller sokkel'}: skriv til en ny fil eller en vanlig fil (-o - skriver til standard ut)`,
  ),
  'write/inside-git-folder': entry(
    (p: { path: string }) =>
      `${p.path} is inside a git repository's own folder (.git), which no document may replace: write it somewhere else`,
    (p) =>
      `${p.path} ligger i gits egen mappe (.git), som ingen dokumenter kan erstatte noe i: skriv det et annet sted`,
  ),
  'write/lock-file': entry(
    (p: { path: string }) =>
      `${p.path} is a file partnership keeps while it writes the records: write the document somewhere else`,
    (p) => `${p.path} er en fil partnership bruker mens den skriver i arkivet: skriv dokumentet et annet sted`,
  ),
  'write/not-a-built-folder': entry(
    (p: { path: string; kind: string }) =>
      `${p.path} is a ${p.kind} the tool did not build: give --out a new folder, or the one partnership site built before, so nothing else is replaced`,
    (p) =>
      `${p.path} er ${p.kind === 'folder' ? 'en mappe' : p.kind === 'file' ? 'en fil' : p.kind === 'link' ? 'en lenke' : 'en enhet'} verktøyet ikke har laget: gi --out en ny mappe, eller den partnership site laget før, så ikke noe annet erstattes`,
  ),
  'portfolio/nothing-to-read': entry(
    () => 'give the records repositories to read (folders), or a list of them with --from FILE',
    () => 'oppgi repositoriene som skal leses (mapper), eller en liste over dem med --from FIL',
  ),
  'portfolio/list-unreadable': entry(
    (p: { file: string; reason: string }) => `cannot read the list ${p.file}: ${p.reason}`,
    (p) => `kan ikke lese listen ${p.file}: ${p.reason}`,
  ),
  'portfolio/list-invalid': entry(
    (p: { file: string }) =>
      `${p.file} is not a list of records repositories: write agreements: with, for each, path: FOLDER, or url: GIT-URL and branch: BRANCH`,
    (p) =>
      `${p.file} er ikke en liste over repositorier: skriv agreements: med path: MAPPE, eller url: GIT-URL og branch: GREN, for hvert av dem`,
  ),
  'portfolio/not-a-repository': entry(
    (p: { path: string }) => `there is no agreement/agreement.md in ${p.path}: it is not a records repository`,
    (p) => `det finnes ingen agreement/agreement.md i ${p.path}: det er ikke et repositorium for en avtale`,
  ),
  'portfolio/clone-failed': entry(
    (p: { branch: string; reason: string }) => `git could not fetch its branch ${p.branch}: ${p.reason}`,
    (p) => `git kunne ikke hente grenen ${p.branch}: ${p.reason}`,
  ),
  'site/public-and-internal': entry(
    () => 'give --public or --internal, not both: the public site leaves out what the internal one holds',
    () => 'oppgi --public eller --internal, ikke begge: det offentlige nettstedet utelater det det interne har med',
  ),
  'write/records-folder': entry(
    (p: { path: string }) =>
      `${p.path} is in the records' own folders: write the document somewhere else, so no record is replaced`,
    (p) => `${p.path} ligger i arkivets egne mapper: skriv dokumentet et annet sted, så ingen post erstattes`,
  ),
  'write/locked': entry(
    (p: { pid: number; host: string; since: string; lock: string }) =>
      `another partnership command is changing the records (process ${p.pid} on ${p.host}, since ${p.since}): wait for it to finish and run this again. If none is running, remove ${p.lock}`,
    (p) =>
      `en annen partnership-kommando endrer arkivet (prosess ${p.pid} på ${p.host}, siden ${p.since}): vent til den er ferdig, og kjør på nytt. Hvis ingen kjører, fjern ${p.lock}`,
  ),

  'git/not-installed': entry(
    () => 'git is not installed here (there is no git on the PATH): install git, and run this again',
    () => 'git er ikke installert her (det finnes ingen git på PATH): installer git, og kjør på nytt',
  ),
  'git/busy': entry(
    (p: { state: 'index-lock' | 'merge' | 'rebase' | 'apply' | 'cherry-pick' | 'revert' }) =>
      ({
        'index-lock':
          'another git command is running, or one was stopped and left .git/index.lock: wait, or remove that file if no git command runs',
        merge: 'a merge is in progress: finish it (git commit) or abort it (git merge --abort) first',
        rebase: 'a rebase is in progress: finish it (git rebase --continue) or abort it (git rebase --abort) first',
        apply: 'a rebase or git am is in progress: finish or abort it first',
        'cherry-pick': 'a cherry-pick is in progress: finish it or abort it (git cherry-pick --abort) first',
        revert: 'a revert is in progress: finish it or abort it (git revert --abort) first',
      })[p.state],
    (p) =>
      ({
        'index-lock':
          'en annen git-kommando kjører, eller en ble stoppet og etterlot .git/index.lock: vent, eller fjern den filen hvis ingen git-kommando kjører',
        merge: 'en sammenslåing (merge) pågår: fullfør den (git commit) eller avbryt den (git merge --abort) først',
        rebase: 'en rebase pågår: fullfør den (git rebase --continue) eller avbryt den (git rebase --abort) først',
        apply: 'en rebase eller git am pågår: fullfør eller avbryt den først',
        'cherry-pick': 'en cherry-pick pågår: fullfør eller avbryt den (git cherry-pick --abort) først',
        revert: 'en revert pågår: fullfør eller avbryt den (git revert --abort) først',
      })[p.state],
  ),
  'git/no-identity': entry(
    () =>
      'git does not know who is committing: set it with git config user.name "Name" and git config user.email "name@example.org"',
    () =>
      'git vet ikke hvem som lagrer versjonen: sett det med git config user.name "Navn" og git config user.email "navn@example.org"',
  ),

  'change/notice-exists': entry(
    (p: { path: string }) => `${p.path} already exists: nothing was written`,
    (p) => `${p.path} finnes allerede: ingenting ble skrevet`,
  ),
  'change/uncommitted': entry(
    (p: { files: readonly string[] }) =>
      `${listed(p.files)} ${p.files.length === 1 ? 'has' : 'have'} uncommitted changes: commit or stash them first. Nothing was written`,
    (p) =>
      `${listed(p.files)} har endringer som ikke er lagret som versjon (commit): lagre dem eller legg dem til side (stash) først. Ingenting ble skrevet`,
  ),
  'change/not-git': entry(
    (p: { root: string }) =>
      `${p.root} is not a git repository: --commit needs one (--write alone works without git). Nothing was written`,
    (p) =>
      `${p.root} er ikke et git-repositorium: --commit trenger ett (--write alene virker uten git). Ingenting ble skrevet`,
  ),
  'change/git-busy': entry(
    (p: { busy: string }) => `git cannot commit now: ${p.busy}. Nothing was written`,
    (p) => `git kan ikke lagre en versjon nå: ${p.busy}. Ingenting ble skrevet`,
  ),
  'change/no-commits': entry(
    () => 'the git repository has no commits yet: commit the records first. Nothing was written',
    () =>
      'git-repositoriet har ingen versjoner ennå: lagre arkivet som en versjon (commit) først. Ingenting ble skrevet',
  ),
  'change/branch-exists': entry(
    (p: { branch: string }) =>
      `the branch ${p.branch} already exists: delete it, or merge it if it holds this change. Nothing was written`,
    (p) =>
      `grenen ${p.branch} finnes allerede: slett den, eller slå den sammen hvis den har denne endringen. Ingenting ble skrevet`,
  ),
  'change/identity': entry(
    (p: { problem: string }) => `${p.problem}. Nothing was written`,
    (p) => `${p.problem}. Ingenting ble skrevet`,
  ),
  'change/branch-failed': entry(
    (p: { branch: string; detail: string }) =>
      `git could not create the branch ${p.branch}: ${p.detail}. Nothing was written`,
    (p) => `git kunne ikke lage grenen ${p.branch}: ${p.detail}. Ingenting ble skrevet`,
  ),
  'change/commit-failed': entry(
    (p: { detail: string }) => `git could not commit: ${p.detail}. Nothing was changed`,
    (p) => `git kunne ikke lagre versjonen: ${p.detail}. Ingenting ble endret`,
  ),
  'change/would-not-validate': entry(
    (p: { findings: string }) => `the change would not pass validate, so nothing was written:\n${p.findings}`,
    (p) => `endringen ville ikke bestå validate, så ingenting ble skrevet:\n${p.findings}`,
  ),
  'records/have-errors': entry(
    (p: { findings: string }) =>
      `the records have errors; fix them first (partnership validate shows them all):\n${p.findings}`,
    (p) => `arkivet har feil; rett dem først (partnership validate viser alle):\n${p.findings}`,
  ),
  'records/no-meetings': entry(
    (p: { id: string }) =>
      `there is no meeting "${p.id}": meetings/ holds no meetings yet (partnership new meeting writes one)`,
    (p) => `det finnes ikke noe møte «${p.id}»: meetings/ har ingen møter ennå (partnership new meeting skriver et)`,
  ),
  'records/no-such-meeting': entry(
    (p: { id: string; byDate: boolean; nearest: readonly string[] }) =>
      `there is no meeting "${p.id}" (no file meetings/${p.id}.md); the ${p.byDate ? 'nearest in date' : 'latest'}: ${listed(p.nearest)}`,
    (p) =>
      `det finnes ikke noe møte «${p.id}» (ingen fil meetings/${p.id}.md); ${p.byDate ? 'de nærmeste i dato' : 'de siste'}: ${listed(p.nearest)}`,
  ),

  'document/template-does-not-render': entry(
    (p: { name: string; problem: string }) =>
      `the ${p.name} template does not render: ${p.problem} (partnership validate checks every template)`,
    (p) => `malen ${p.name} kan ikke fylles ut: ${p.problem} (partnership validate sjekker alle malene)`,
  ),
  'template/located': entry(
    (p: { file: string; line: number; column: number; problem: string }) =>
      `${p.file}:${p.line}:${p.column}: ${p.problem}`,
    (p) => `${p.file}:${p.line}:${p.column}: ${p.problem}`,
  ),
  'invite/smtp-url': entry(
    (p: { url: string }) =>
      `--smtp takes the server as smtp://user@host:587 (STARTTLS) or smtps://user@host:465, not "${p.url}"`,
    (p) => `--smtp tar serveren som smtp://bruker@vert:587 (STARTTLS) eller smtps://bruker@vert:465, ikke «${p.url}»`,
  ),
  'invite/smtp-password-in-url': entry(
    () => '--smtp must not hold the password, which the shell history would keep: give it in PARTNERSHIP_SMTP_PASSWORD',
    () =>
      '--smtp skal ikke inneholde passordet, som skallets historikk ville ta vare på: oppgi det i PARTNERSHIP_SMTP_PASSWORD',
  ),
  'invite/smtp-sends-mail': entry(
    () => '--smtp sends the e-mail: it does not go with --format ics',
    () => '--smtp sender e-posten: det går ikke sammen med --format ics',
  ),
  'invite/smtp-failed': entry(
    (p: { server: string; reason: string }) =>
      `the invitation was not sent: ${p.server} answered "${p.reason}". Nothing was sent; check the server, the user and PARTNERSHIP_SMTP_PASSWORD, or write it with -o and send it from your mail client`,
    (p) =>
      `invitasjonen ble ikke sendt: ${p.server} svarte «${p.reason}». Ingenting ble sendt; sjekk serveren, brukeren og PARTNERSHIP_SMTP_PASSWORD, eller skriv den med -o og send den fra e-postprogrammet`,
  ),
  'invite/held': entry(
    (p: { meeting: string; date: string }) =>
      `meeting ${p.meeting} was held on ${p.date}: an invitation is for a planned meeting (or, once cancelled, its cancellation)`,
    (p) =>
      `møtet ${p.meeting} ble holdt ${p.date}: en invitasjon gjelder et planlagt møte (eller, når det er avlyst, avlysningen)`,
  ),
  'invite/no-address': entry(
    (p: { party: string }) =>
      `party ${p.party} has no e-mail address for its contact: fill in contact.email (with contact.name) for ${p.party} in agreement/agreement.md, the address the invitation goes to or comes from`,
    (p) =>
      `parten ${p.party} har ingen e-postadresse for kontaktpersonen: fyll inn contact.email (med contact.name) for ${p.party} i agreement/agreement.md, adressen invitasjonen sendes til eller fra`,
  ),
  'invite/bad-address': entry(
    (p: { address: string; where: string }) =>
      `"${p.address}" (${p.where}) is not an e-mail address an invitation can go to: write it as name@example.org`,
    (p) =>
      `«${p.address}» (${p.where}) er ikke en e-postadresse en invitasjon kan sendes til: skriv den som navn@example.org`,
  ),
  'document/binary-needs-file': entry(
    (p: { format: 'docx' | 'pdf' }) =>
      `${p.format.toUpperCase()} is a binary file: name the file to write with -o, e.g. -o innkalling.${p.format}`,
    (p) =>
      `${p.format.toUpperCase()} er en binærfil: oppgi filen som skal skrives med -o, f.eks. -o innkalling.${p.format}`,
  ),
  'document/metadata-needs-file': entry(
    () =>
      '--metadata writes the archive fields beside the document: name the document to write with -o, e.g. -o innkalling.pdf --metadata',
    () =>
      '--metadata skriver arkivfeltene ved siden av dokumentet: oppgi dokumentet som skal skrives med -o, f.eks. -o innkalling.pdf --metadata',
  ),
  'document/too-large': entry(
    (p: { megabytes: string; limit: number }) =>
      `the document is ${p.megabytes} MB of text, more than a document the tool writes may be (${p.limit} MB, hundreds of pages): shorten what the record holds (the minutes' text in the meeting's file), and nothing was written`,
    (p) =>
      `dokumentet er ${p.megabytes.replace('.', ',')} MB tekst, mer enn et dokument verktøyet skriver kan være (${p.limit} MB, hundrevis av sider): kort ned det posten inneholder (referatteksten i møtets fil); ingenting ble skrevet`,
  ),
  'document/too-many-columns': entry(
    (p: { columns: number; max: number }) =>
      `a table has ${p.columns} columns, and a Word table holds at most ${p.max}: split it, or write it as a list; nothing was written`,
    (p) =>
      `en tabell har ${p.columns} kolonner, og en Word-tabell kan ha høyst ${p.max}: del den opp, eller skriv den som en liste; ingenting ble skrevet`,
  ),
  'document/bad-styles': entry(
    (p: { file: string; detail: string }) =>
      `${p.file} is not a Word styles part (${p.detail}): copy word/styles.xml out of a .docx in the house style, or remove the file`,
    (p) =>
      `${p.file} er ikke en stildel for Word (${p.detail}): kopier word/styles.xml ut av en .docx med husets stil, eller fjern filen`,
  ),
  'document/stylesheet-fetches': entry(
    (p: { file: string; rule: string }) =>
      `${p.file} uses "${p.rule}": a page that stands alone fetches nothing and imports nothing, so the stylesheet may hold neither`,
    (p) =>
      `${p.file} bruker «${p.rule}»: en side som står alene henter og importerer ingenting, så stilarket kan ikke ha noe av det`,
  ),
  'document/formats-disagree': entry(
    (p: { given: string; output: string; extension: string; implied: string }) =>
      `--format ${p.given} and -o ${p.output} disagree: a ${p.extension} file holds ${p.implied}. Leave out --format (the file's extension decides), or name the file to suit ${p.given}`,
    (p) =>
      `--format ${p.given} og -o ${p.output} stemmer ikke overens: en ${p.extension}-fil inneholder ${p.implied}. Utelat --format (filendelsen avgjør), eller gi filen et navn som passer ${p.given}`,
  ),

  'option/not-a-date': entry(
    (p: { name: string; value: string; meant: string | null }) =>
      `${p.name} must be a real date written as YYYY-MM-DD, not "${p.value}"${p.meant ? `: did you mean ${p.name} ${p.meant}?` : ''}`,
    (p) =>
      `${p.name} må være en dato som finnes, skrevet ÅÅÅÅ-MM-DD, ikke «${p.value}»${p.meant ? `: mente du ${p.name} ${p.meant}?` : ''}`,
  ),
  'option/date-out-of-range': entry(
    (p: { name: string; value: string; first: number; last: number }) =>
      `${p.name} must be a date in the years ${p.first}–${p.last}, not "${p.value}"`,
    (p) => `${p.name} må være en dato i årene ${p.first}–${p.last}, ikke «${p.value}»`,
  ),
  'option/not-a-year': entry(
    (p: { name: string; value: string; first: number; last: number }) =>
      `${p.name} must be a year from ${p.first} to ${p.last}, such as 2019, not "${p.value}"`,
    (p) => `${p.name} må være et år fra ${p.first} til ${p.last}, som 2019, ikke «${p.value}»`,
  ),
  'option/not-a-time': entry(
    (p: { name: string; value: string; meant: string | null }) =>
      `${p.name} takes a time as HH:MM, e.g. 10:00, not "${p.value}"${p.meant ? `: did you mean ${p.name} ${p.meant}?` : ''}`,
    (p) =>
      `${p.name} tar et klokkeslett som TT:MM, f.eks. 10:00, ikke «${p.value}»${p.meant ? `: mente du ${p.name} ${p.meant}?` : ''}`,
  ),
  'option/not-a-count': entry(
    (p: { name: string; min: number; max: number }) => `${p.name} takes a whole number from ${p.min} to ${p.max}`,
    (p) => `${p.name} tar et heltall fra ${p.min} til ${p.max}`,
  ),
  'option/signatory-control-character': entry(
    (p: { value: string }) =>
      `--signatory holds a control or invisible character ("${p.value}"), which no document may carry: type the name and title plainly`,
    (p) =>
      `--signatory inneholder et kontrolltegn eller usynlig tegn («${p.value}»), som ingen dokumenter kan ha: skriv navn og tittel på vanlig måte`,
  ),
  'option/approver-form': entry(
    (p: { option: string; parties: readonly string[]; value: string }) =>
      `${p.option} takes PARTY=VALUE with a party of ${listed(p.parties)}, e.g. ${p.option} ${p.parties[0]}=${p.option === '--team' ? '@ks-no/plansamarbeid' : p.option === '--team-id' ? '4242' : 'kari-ks'}; not "${p.value}"`,
    (p) =>
      `${p.option} tar PART=VERDI med en av partene ${listed(p.parties)}, f.eks. ${p.option} ${p.parties[0]}=${p.option === '--team' ? '@ks-no/plansamarbeid' : p.option === '--team-id' ? '4242' : 'kari-ks'}; ikke «${p.value}»`,
  ),
  'option/team-id-form': entry(
    (p: { value: string }) =>
      `--team-id takes the team's number on GitHub (gh api orgs/ORG/teams/TEAM --jq .id), not "${p.value}"`,
    (p) => `--team-id tar teamets nummer på GitHub (gh api orgs/ORG/teams/TEAM --jq .id), ikke «${p.value}»`,
  ),
  'option/signatory-form': entry(
    (p: { parties: readonly string[]; value: string }) =>
      `--signatory takes PARTY=NAME, TITLE with a party of ${listed(p.parties)}, e.g. --signatory "${p.parties[0]}=Kari Nordmann, statssekretær"; not "${p.value}"`,
    (p) =>
      `--signatory tar PART=NAVN, TITTEL med en av partene ${listed(p.parties)}, f.eks. --signatory "${p.parties[0]}=Kari Nordmann, statssekretær"; ikke «${p.value}»`,
  ),

  'validate/base-not-one-commit': entry(
    (p: { ref: string }) => `--base takes one commit, such as main or origin/main, not "${p.ref}"`,
    (p) => `--base tar én versjon (commit), som main eller origin/main, ikke «${p.ref}»`,
  ),
  'validate/approvals-without-base': entry(
    () => '--approvals checks what a pull request changes, which needs the base it is compared with: give --base too',
    () =>
      '--approvals sjekker hva et endringsforslag endrer, og det trenger grunnlaget det sammenlignes med: oppgi --base også',
  ),
  'validate/approvals-missing': entry(
    (p: { file: string }) =>
      `there is no file ${p.file}: write the pull request's reviews there first (gh api repos/OWNER/REPO/pulls/NUMBER/reviews > ${p.file})`,
    (p) =>
      `filen ${p.file} finnes ikke: skriv endringsforslagets gjennomganger dit først (gh api repos/OWNER/REPO/pulls/NUMBER/reviews > ${p.file})`,
  ),
  'validate/approvals-unreadable': entry(
    (p: { file: string; reason: string }) => `cannot read the reviews in ${p.file}: ${p.reason}`,
    (p) => `kan ikke lese gjennomgangene i ${p.file}: ${p.reason}`,
  ),
  'validate/approvals-not-reviews': entry(
    (p: { file: string }) =>
      `${p.file} is not a list of reviews as GitHub's API gives it (gh api repos/OWNER/REPO/pulls/NUMBER/reviews): each needs user.login and state`,
    (p) =>
      `${p.file} er ikke en liste over gjennomganger slik GitHubs API gir den (gh api repos/OWNER/REPO/pulls/NUMBER/reviews): hver trenger user.login og state`,
  ),
  'validate/base-without-git': entry(
    (p: { ref: string; root: string }) =>
      `--base ${p.ref} compares with git history, and ${p.root} is not in a git repository`,
    (p) => `--base ${p.ref} sammenligner med historikken i git, og ${p.root} ligger ikke i et git-repositorium`,
  ),
  'validate/base-did-you-mean': entry(
    (p: { ref: string; meant: string }) => `there is no commit "${p.ref}" here: did you mean --base ${p.meant}?`,
    (p) => `det finnes ingen versjon «${p.ref}» her: mente du --base ${p.meant}?`,
  ),
  'validate/base-unknown': entry(
    (p: { ref: string; remote: string | null; branches: readonly string[]; more: boolean }) =>
      `there is no commit "${p.ref}" here: ${
        p.remote !== null
          ? `this repository has no remote branches of "${p.remote}": name a branch it has`
          : 'fetch the base branch first (git fetch origin main, or in a workflow checkout with fetch-depth: 0), or name a branch it has'
      }${p.branches.length > 0 ? ` (${listed(p.branches)}${p.more ? ', …' : ''})` : ''}`,
    (p) =>
      `det finnes ingen versjon «${p.ref}» her: ${
        p.remote !== null
          ? `dette repositoriet har ingen grener fra «${p.remote}»: oppgi en gren det har`
          : 'hent grunnlagsgrenen først (git fetch origin main, eller i en arbeidsflyt: checkout med fetch-depth: 0), eller oppgi en gren det har'
      }${p.branches.length > 0 ? ` (${listed(p.branches)}${p.more ? ', …' : ''})` : ''}`,
  ),

  'new-meeting/held-needs-date': entry(
    () => '--held records a meeting that was held: give its day with --date',
    () => '--held fører et møte som er holdt: oppgi dagen med --date',
  ),
  'new-meeting/nothing-to-plan': entry(
    (p: { reason: string | null }) => `there is no meeting to plan: ${p.reason ?? 'the agreement has ended'}`,
    (p) => `det er ikke noe møte å planlegge: ${p.reason ?? 'avtalen er slutt'}`,
  ),
  'new-meeting/already-planned': entry(
    (p: { file: string }) => `the next meeting is already planned in ${p.file}; pass --date for another one`,
    (p) => `neste møte er allerede planlagt i ${p.file}; oppgi --date for et annet`,
  ),
  'new-meeting/file-exists': entry(
    (p: { file: string; date: string }) =>
      `${p.file} already exists and is left as it is; a second meeting that day goes in meetings/${p.date}-2.md`,
    (p) => `${p.file} finnes allerede og blir stående; et møte til samme dag skrives i meetings/${p.date}-2.md`,
  ),
  'new-meeting/held-in-future': entry(
    (p: { date: string; today: string }) =>
      `${p.date} is after today (${p.today}): a meeting ahead is planned (leave out --held), not held`,
    (p) => `${p.date} er etter i dag (${p.today}): et møte fram i tid er planlagt (utelat --held), ikke holdt`,
  ),
  'new-meeting/planned-in-past': entry(
    (p: { date: string; today: string }) =>
      `${p.date} is before today (${p.today}): new meeting plans meetings ahead; for a meeting that was held and never recorded, add --held and who attended (--attendee PARTY=WHO)`,
    (p) =>
      `${p.date} er før i dag (${p.today}): new meeting planlegger møter fram i tid; for et møte som ble holdt og aldri ført, legg til --held og hvem som deltok (--attendee PART=HVEM)`,
  ),
  'new-meeting/outside-term': entry(
    (p: { date: string; signed: string; lastDay: string; clause: string | null; renewYear: number | null }) =>
      `${p.date} is outside the agreement's term (${p.signed} – ${p.lastDay})${cite(p.clause)}: ${p.renewYear ? `extend it first (partnership renew --year ${p.renewYear}), or pick a date inside it` : 'pick a date inside it'}`,
    (p) =>
      `${p.date} er utenfor avtaleperioden (${p.signed} – ${p.lastDay})${cite(p.clause)}: ${p.renewYear ? `forleng den først (partnership renew --year ${p.renewYear}), eller velg en dato innenfor` : 'velg en dato innenfor'}`,
  ),
  'new-meeting/attendees-needed': entry(
    (p: { example: string; parties: readonly string[] }) =>
      `--held records who attended: give ${p.example}, once for each person (the parties: ${listed(p.parties)})`,
    (p) => `--held fører hvem som deltok: oppgi ${p.example}, én gang per person (partene: ${listed(p.parties)})`,
  ),
  'new-meeting/attendee-form': entry(
    (p: { example: string; parties: readonly string[]; value: string }) =>
      `--attendee takes PARTY=WHO, e.g. ${p.example}, with one of the parties ${listed(p.parties)}; not "${p.value}"`,
    (p) => `--attendee tar PART=HVEM, f.eks. ${p.example}, med en av partene ${listed(p.parties)}; ikke «${p.value}»`,
  ),
  'new-annual-plan/exists': entry(
    (p: { file: string }) => `${p.file} already exists and is left as it is`,
    (p) => `${p.file} finnes allerede og blir stående`,
  ),
  'new-annual-plan/not-in-force': entry(
    (p: { reason: string; clause: string | null }) => `${p.reason}${cite(p.clause)}`,
    (p) => `${p.reason}${cite(p.clause)}`,
  ),
  'approve/not-held': entry(
    (p: { date: string; status: string }) =>
      `the meeting on ${p.date} is ${p.status}, not held: there are no minutes to approve`,
    (p) =>
      `møtet ${p.date} er ${p.status === 'cancelled' ? 'avlyst' : 'planlagt'}, ikke holdt: det er ikke noe referat å godkjenne`,
  ),
  'approve/before-meeting': entry(
    (p: { approved: string; date: string }) =>
      `${p.approved} is before the meeting on ${p.date}: minutes are approved on or after the meeting. Nothing was written`,
    (p) =>
      `${p.approved} er før møtet ${p.date}: et referat godkjennes på eller etter møtedagen. Ingenting ble skrevet`,
  ),
  'approve/no-meeting-that-day': entry(
    (p: { approved: string }) =>
      `no meeting was held on ${p.approved}, so the minutes were not approved in one: give that meeting's date with --date, or --via email. Nothing was written`,
    (p) =>
      `ingen møter ble holdt ${p.approved}, så referatet ble ikke godkjent i et møte: oppgi møtets dato med --date, eller --via email. Ingenting ble skrevet`,
  ),
  'render/cancelled-has-no-minutes': entry(
    (p: { date: string; meeting: string }) =>
      `the meeting on ${p.date} was cancelled, so it has no minutes: partnership render agenda ${p.meeting} gives its cancellation notice (avlysning)`,
    (p) =>
      `møtet ${p.date} ble avlyst og har derfor ikke noe referat: partnership render agenda ${p.meeting} gir avlysningen`,
  ),
  'terminate/unknown-party': entry(
    (p: { party: string; parties: readonly string[] }) =>
      `cannot terminate: unknown party "${p.party}": use one of ${listed(p.parties)}`,
    (p) => `kan ikke si opp: ukjent part «${p.party}»: bruk en av ${listed(p.parties)}`,
  ),
  'terminate/refused': entry(
    (p: { reasons: string; clause: string | null }) => `cannot terminate: ${p.reasons}${cite(p.clause)}`,
    (p) => `kan ikke si opp: ${p.reasons}${cite(p.clause)}`,
  ),
  'renew/refused': entry(
    (p: { year: number; reasons: string; clause: string | null }) =>
      `cannot renew for ${p.year}: ${p.reasons}${cite(p.clause)}`,
    (p) => `kan ikke forlenge fra ${p.year}: ${p.reasons}${cite(p.clause)}`,
  ),
  'refusals/and': entry(
    () => '; and ',
    () => '; og ',
  ),
  'report/nothing-yet': entry(
    (p: { signed: string; today: string }) =>
      `the agreement was signed on ${p.signed}, after ${p.today}: there is nothing to report yet`,
    (p) => `avtalen ble inngått ${p.signed}, etter ${p.today}: det er ingenting å rapportere ennå`,
  ),
  'cancel/held': entry(
    (p: { date: string }) => `the meeting on ${p.date} was held: a held meeting is history and is not cancelled`,
    (p) => `møtet ${p.date} er holdt: et holdt møte er historikk og avlyses ikke`,
  ),
  'cancel/sent-in-future': entry(
    (p: { sent: string; today: string }) =>
      `${p.sent} is after today (${p.today}): record the day the avlysning went out`,
    (p) => `${p.sent} er etter i dag (${p.today}): før dagen avlysningen ble sendt`,
  ),
  'next-meeting/nothing-to-write': entry(
    (p: { file: string; reason: string | null }) =>
      `there is no meeting to write to ${p.file}: ${p.reason ?? 'the agreement has ended'}`,
    (p) => `det er ikke noe møte å skrive til ${p.file}: ${p.reason ?? 'avtalen er slutt'}`,
  ),
  'move/not-planned': entry(
    (p: { date: string; status: string }) =>
      `the meeting on ${p.date} is ${p.status}: only a planned meeting moves (a held one is history; a cancelled one is planned anew with partnership new meeting)`,
    (p) =>
      `møtet ${p.date} er ${p.status === 'held' ? 'holdt' : 'avlyst'}: bare et planlagt møte kan flyttes (et holdt møte er historikk; et avlyst planlegges på nytt med partnership new meeting)`,
  ),
  'move/same-day': entry(
    (p: { date: string }) => `the meeting is already on ${p.date}: nothing to move`,
    (p) => `møtet er allerede ${p.date}: ingenting å flytte`,
  ),
  'move/to-the-past': entry(
    (p: { to: string; today: string }) => `${p.to} is before today (${p.today}): a meeting moves to a day ahead`,
    (p) => `${p.to} er før i dag (${p.today}): et møte flyttes til en dag fram i tid`,
  ),

  'init/first-not-a-party': entry(
    (p: { first: string; parties: readonly string[] }) =>
      `--first ${p.first} is not one of the parties: use one of ${listed(p.parties)}`,
    (p) => `--first ${p.first} er ikke en av partene: bruk en av ${listed(p.parties)}`,
  ),
  'init/does-not-validate': entry(
    (p: { findings: string }) =>
      `the agreement these options describe does not validate, and nothing was written: ${p.findings}`,
    (p) => `avtalen disse valgene beskriver består ikke validate, og ingenting ble skrevet: ${p.findings}`,
  ),
  'init/agreement-exists': entry(
    (p: { file: string; root: string }) =>
      `${p.file} exists: ${p.root} already holds an agreement, and nothing was written. Run init in a new folder`,
    (p) => `${p.file} finnes: ${p.root} har allerede en avtale, og ingenting ble skrevet. Kjør init i en ny mappe`,
  ),
  'init/files-exist': entry(
    (p: { root: string; files: readonly string[] }) =>
      `${p.root} already has ${listed(p.files)}: init writes into a new or empty folder, and nothing was written`,
    (p) => `${p.root} har allerede ${listed(p.files)}: init skriver i en ny eller tom mappe, og ingenting ble skrevet`,
  ),
  'init/not-a-folder': entry(
    (p: { root: string }) => `${p.root} is not a folder: name a new or empty folder for the records`,
    (p) => `${p.root} er ikke en mappe: oppgi en ny eller tom mappe til arkivet`,
  ),
  'init/folder-not-empty': entry(
    (p: { root: string; shown: readonly string[]; more: number }) =>
      `${p.root} already holds ${listed(p.shown)}${p.more > 0 ? ` and ${p.more} more` : ''}: init writes into a new or empty folder, and nothing was written. Name a new folder, or give --allow-existing to add the records beside what is there (init overwrites nothing and commits only the files it writes)`,
    (p) =>
      `${p.root} har allerede ${listed(p.shown)}${p.more > 0 ? ` og ${p.more} til` : ''}: init skriver i en ny eller tom mappe, og ingenting ble skrevet. Oppgi en ny mappe, eller gi --allow-existing for å legge arkivet ved siden av det som er der (init overskriver ingenting og lagrer bare filene den skriver)`,
  ),
  'init/uncommitted': entry(
    (p: { root: string }) =>
      `${p.root} is a git repository with uncommitted changes, and nothing was written: commit or stash them first, or give --allow-existing`,
    (p) =>
      `${p.root} er et git-repositorium med endringer som ikke er lagret som versjon, og ingenting ble skrevet: lagre dem eller legg dem til side (stash) først, eller gi --allow-existing`,
  ),
  'init/needs-options': entry(
    (p: { missing: readonly string[] }) =>
      `init needs ${listed(p.missing)} when it cannot ask in a terminal, e.g. partnership init avtale --title "Samarbeidsavtale mellom KS og Kommunal- og distriktsdepartementet om …" --party ks:"KS – Kommunesektorens organisasjon":KS --party kdd:"Kommunal- og distriktsdepartementet":KDD --signed 2024-03-01 --end 2026-12-31`,
    (p) =>
      `init trenger ${listed(p.missing)} når den ikke kan spørre i en terminal, f.eks. partnership init avtale --title "Samarbeidsavtale mellom KS og Kommunal- og distriktsdepartementet om …" --party ks:"KS – Kommunesektorens organisasjon":KS --party kdd:"Kommunal- og distriktsdepartementet":KDD --signed 2024-03-01 --end 2026-12-31`,
  ),
  'init/same-party-id': entry(
    (p: { ids: readonly string[] }) => `two parties have the same id: ${listed(p.ids)}`,
    (p) => `to parter har samme id: ${listed(p.ids)}`,
  ),
  'init/convener-not-a-party': entry(
    (p: { convener: string; parties: readonly string[] }) =>
      `--convener ${p.convener} is not one of the parties: use one of ${listed(p.parties)}`,
    (p) => `--convener ${p.convener} er ikke en av partene: bruk en av ${listed(p.parties)}`,
  ),
  'init/end-before-signing': entry(
    (p: { end: string; signed: string }) => `the term's end, ${p.end}, is not after the signing, ${p.signed}`,
    (p) => `avtaleperiodens slutt, ${p.end}, er ikke etter inngåelsen, ${p.signed}`,
  ),
  'init/party-form': entry(
    (p: { value: string }) =>
      `--party takes ID:NAME:SHORT, an id of lower-case letters, digits and hyphens, e.g. --party ks:"KS – Kommunesektorens organisasjon":KS; not "${p.value}"`,
    (p) =>
      `--party tar ID:NAVN:KORTNAVN, en id av små bokstaver, sifre og bindestrek, f.eks. --party ks:"KS – Kommunesektorens organisasjon":KS; ikke «${p.value}»`,
  ),
  'init/install-form': entry(
    (p: { value: string }) =>
      `--install takes tarball, tarball=FILE, git=URL or global=SOURCE (what npm install --global installs), not "${p.value}"`,
    (p) =>
      `--install tar tarball, tarball=FIL, git=URL eller global=KILDE (det npm install --global installerer), ikke «${p.value}»`,
  ),
  'init/no-tarball': entry(
    (p: { file: string }) => `--install tarball=${p.file}: there is no such .tgz file`,
    (p) => `--install tarball=${p.file}: det finnes ingen slik .tgz-fil`,
  ),
  'init/cannot-pack': entry(
    (p: { detail: string }) =>
      `cannot pack this tool into a tarball for the new repository (${p.detail}): give one with --install tarball=FILE, or use --install git=URL`,
    (p) =>
      `kan ikke pakke verktøyet som en tarball til det nye repositoriet (${p.detail}): oppgi en med --install tarball=FIL, eller bruk --install git=URL`,
  ),
});
