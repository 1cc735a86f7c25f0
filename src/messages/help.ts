/** What `--help` says: every command's and option's description, and commander's own words around them. */
import { entry } from './message.js';

const text = (en: string, nb: string) =>
  entry(
    () => en,
    () => nb,
  );

/** Worded on first use: a command compiles only the areas of the catalogue it says something from. */
export const HELP_MESSAGES = () => ({
  'help/program': text(
    'Keep a cooperation agreement, its meetings and annual plans as YAML-fronted Markdown in git.',
    'Før en samarbeidsavtale, møtene og årsplanene som Markdown-filer med YAML-felter i git.',
  ),
  'help/version': text('print the version', 'skriv ut versjonen'),
  'help/help': text('show help for the command', 'vis hjelp for kommandoen'),
  'help/help-command': text('show help for a command', 'vis hjelp for en kommando'),
  'help/repo': text(
    'the records repository (default: the first folder upwards that holds agreement/agreement.md)',
    'repositoriet med arkivet (standard: første mappe oppover som har agreement/agreement.md)',
  ),
  'help/today': text(
    'take this date (YYYY-MM-DD) as today; also PARTNERSHIP_TODAY',
    'regn denne datoen (ÅÅÅÅ-MM-DD) som i dag; også PARTNERSHIP_TODAY',
  ),
  'help/no-color': text(
    'no colours in the output (also NO_COLOR; FORCE_COLOR=1 gives them where the output is not a terminal)',
    'ingen farger i utskriften (også NO_COLOR; FORCE_COLOR=1 gir farger der utskriften ikke er en terminal)',
  ),
  'help/lang': text(
    'the language of messages and help: en, nb or nn (default: PARTNERSHIP_LANG, else the locale, else English); for a document, nb or nn also sets its written standard',
    'språket i meldinger og hjelp: en, nb eller nn (standard: PARTNERSHIP_LANG, ellers systemets språk, ellers engelsk); for et dokument velger nb eller nn også målformen',
  ),
  'help/exit-status': text(
    `Exit status: 0 done (or no errors); 1 the records have errors, or the command refused; 2 a usage error,
or the tool could not read or write what it needed.
The user guide: docs/brukerveiledning.md in the package (node_modules/@ks-samarbeid/partnership/docs/),
and every field of every record: docs/fields.md.`,
    `Avslutningsstatus: 0 ferdig (eller ingen feil); 1 arkivet har feil, eller kommandoen avviste; 2 feil bruk,
eller verktøyet kunne ikke lese eller skrive det det trengte.
Brukerveiledningen: docs/brukerveiledning.md i pakken (node_modules/@ks-samarbeid/partnership/docs/),
og alle feltene i alle postene: docs/fields.md.`,
  ),
  'help/examples': text('Examples:', 'Eksempler:'),
  'help/usage': text('Usage:', 'Bruk:'),
  'help/usage-options': text('[options]', '[valg]'),
  'help/usage-command': text('[command]', '[kommando]'),
  'help/arguments': text('Arguments:', 'Argumenter:'),
  'help/options': text('Options:', 'Valg:'),
  'help/global-options': text('Global Options:', 'Felles valg:'),
  'help/commands': text('Commands:', 'Kommandoer:'),
  'help/default': text('default', 'standard'),
  'help/choices': text('choices', 'mulige verdier'),
  'help/document-format': text(
    "md (the template as written), html (a page that stands alone), docx (Word) or pdf (PDF/A-2b for the archive) (default: -o's extension, else md)",
    'md (malen slik den er skrevet), html (en side som står alene), docx (Word) eller pdf (PDF/A-2b for arkivet) (standard: endelsen til -o, ellers md)',
  ),
  'help/metadata': text(
    "also write the archive's journal fields (Noark 5: title, date, document type, each party's journal entry, access restriction, format, SHA-256) as FILE.metadata.json beside -o",
    'skriv også arkivets journalfelter (Noark 5: tittel, dato, dokumenttype, journalposten hos hver part, skjerming, format, SHA-256) som FIL.metadata.json ved siden av -o',
  ),
  'help/meeting-id': text(
    "the meeting's id: its file name without .md, e.g. 2018-03-14",
    'møtets id: filnavnet uten .md, f.eks. 2018-03-14',
  ),

  'help/validate': text(
    "check every record against its schema and the agreement's rules",
    'sjekk alle postene mot skjemaet og avtalens regler',
  ),
  'help/validate-format': text('output format', 'utskriftsformat'),
  'help/validate-strict': text('warnings fail too', 'også advarsler gir feil'),
  'help/validate-base': text(
    'also check that what was final at this git ref stays final (approved minutes, held meetings, extensions, notices)',
    'sjekk også at det som var endelig i denne git-versjonen, forblir endelig (godkjente referater, holdte møter, forlengelser, brev)',
  ),
  'help/validate-approvals': text(
    "with --base: the pull request's reviews as GitHub's API lists them (JSON); a change to a final record then needs an approval from each party",
    'med --base: endringsforslagets gjennomganger slik GitHubs API lister dem (JSON); en endring i en endelig post må da godkjennes av hver part',
  ),
  'help/portfolio': text(
    'every agreement at once: each records repository checked and summed up, sorted by what comes due first',
    'alle avtalene samlet: hvert repositorium sjekket og oppsummert, sortert etter det som forfaller først',
  ),
  'help/portfolio-repos': text('records repositories (folders)', 'repositorier for avtaler (mapper)'),
  'help/portfolio-from': text(
    'a YAML list of repositories: agreements: [{path: FOLDER} or {url: GIT-URL, branch: BRANCH}]',
    'en YAML-liste over repositorier: agreements: [{path: MAPPE} eller {url: GIT-URL, branch: GREN}]',
  ),
  'help/portfolio-format': text(
    'text, json, html or md (default: what -o says, else text)',
    'text, json, html eller md (standard: det -o sier, ellers text)',
  ),
  'help/portfolio-ics': text(
    "one calendar of every agreement's meetings and deadlines",
    'én kalender med møtene og fristene i alle avtalene',
  ),
  'help/site': text(
    'write the record as a static site: the agreement, meetings, conclusions, plans, feeds and search',
    'skriv avtalens poster som et statisk nettsted: avtalen, møtene, konklusjonene, planene, abonnement og søk',
  ),
  'help/site-out': text('the folder to write the site into', 'mappen nettstedet skrives til'),
  'help/site-public': text(
    'the public site (the default): nothing exempt from public access, no personal name outside a published document',
    'det offentlige nettstedet (standard): ikke noe som er unntatt offentlighet, ingen personnavn utenfor et publisert dokument',
  ),
  'help/site-internal': text(
    'the internal site: everything, with a banner on every page',
    'det interne nettstedet: alt, med et banner på hver side',
  ),
  'help/next-meeting': text(
    'the next meeting: when, who chairs, who takes the minutes, and when the notice and documents must go out',
    'neste møte: når, hvem som leder, hvem som skriver referat, og når innkalling og dokumenter må sendes',
  ),
  'help/json': text('print the answer as JSON', 'skriv svaret som JSON'),
  'help/next-meeting-ics': text(
    'also write the meeting as an iCalendar event',
    'skriv også møtet som en iCalendar-avtale',
  ),
  'help/new': text('write a new record: a meeting or an annual plan', 'skriv en ny post: et møte eller en årsplan'),
  'help/new-meeting': text(
    "write meetings/<date>.md as a planned meeting, with the rotation and the last meeting's time and place filled in",
    'skriv meetings/<dato>.md som et planlagt møte, med rotasjonen og forrige møtes tid og sted fylt inn',
  ),
  'help/new-meeting-date': text(
    "the meeting's date (default: the date next-meeting proposes)",
    'møtets dato (standard: datoen next-meeting foreslår)',
  ),
  'help/new-meeting-held': text(
    'a meeting that was held and never recorded: written as held, on a past --date',
    'et møte som ble holdt og aldri ført: skrives som holdt, på en tidligere --date',
  ),
  'help/new-meeting-attendee': text(
    'with --held: who attended, as PARTY=WHO, once for each person',
    'med --held: hvem som deltok, som PART=HVEM, én gang per person',
  ),
  'help/new-annual-plan': text(
    "write annual-plans/<year>.md as a draft, with last year's unfinished priorities and the focus areas to start from",
    'skriv annual-plans/<år>.md som et utkast, med fjorårets uferdige prioriteringer og fokusområdene å begynne med',
  ),
  'help/new-annual-plan-year': text(
    'the year (default: the first year from this one without a plan)',
    'året (standard: første år fra i år uten plan)',
  ),
  'help/status': text(
    'the agreement at a glance: term, extensions, meetings this year, the next meeting, open obligations and consultations',
    'avtalen i korte trekk: perioden, forlengelser, årets møter, neste møte, åpne forpliktelser og konsultasjonssaker',
  ),
  'help/status-json': text('print it as JSON', 'skriv det som JSON'),
  'help/calendar': text(
    'write every upcoming date the secretariat must not miss as one iCalendar file',
    'skriv alle kommende datoer sekretariatet ikke må glemme, som én iCalendar-fil',
  ),
  'help/calendar-ics': text('the iCalendar file to write', 'iCalendar-filen som skal skrives'),
  'help/render': text(
    "render a meeting's agenda (innkalling with saksliste; an avlysning for a cancelled meeting) or its minutes (referat: the record's minutes, or a skeleton) from the templates",
    'lag et møtes innkalling (med saksliste; en avlysning for et avlyst møte) eller referat (postens referat, eller et utkast) fra malene',
  ),
  'help/render-document': text('which document', 'hvilket dokument'),
  'help/output': text(
    'write to this file (folders are created) instead of printing',
    'skriv til denne filen (mapper opprettes) i stedet for å skrive ut',
  ),
  'help/approve': text(
    "record that both parties approved a meeting's minutes (minutes_approved), keeping the rest of the file as it is",
    'før at begge parter har godkjent et møtes referat (minutes_approved), og la resten av filen stå som den er',
  ),
  'help/approve-date': text(
    'the day both parties approved them (default: today)',
    'dagen begge parter godkjente det (standard: i dag)',
  ),
  'help/approve-via': text(
    'how: in the meeting held on that day, or by e-mail (default: the meeting, when one was held that day)',
    'hvordan: i møtet som ble holdt den dagen, eller på e-post (standard: møtet, når et ble holdt den dagen)',
  ),
  'help/move': text(
    'move a planned meeting to another day: the record is renamed after its new date and keeps its identity in calendars; a date that breaks a rule is refused',
    'flytt et planlagt møte til en annen dag: posten får navn etter den nye datoen og beholder id-en i kalenderne; en dato som bryter en regel, avvises',
  ),
  'help/move-to': text('the new date', 'den nye datoen'),
  'help/move-time': text(
    'a new time, HH:MM (default: the time it has)',
    'nytt klokkeslett, TT:MM (standard: det den har)',
  ),
  'help/cancel': text(
    'record that a planned meeting is cancelled, and the day the avlysning went out',
    'før at et planlagt møte er avlyst, og dagen avlysningen ble sendt',
  ),
  'help/cancel-sent': text('the day the cancellation notice (avlysning) went out', 'dagen avlysningen ble sendt'),
  'help/renew': text(
    'the renewal protocol extending the agreement; with --write, record it; with --commit, also commit it on a new branch',
    'protokollen som forlenger avtalen; med --write føres den; med --commit lagres den også som en versjon på en ny gren',
  ),
  'help/renew-year': text('the first year the extension covers', 'første år forlengelsen gjelder'),
  'help/renew-decided': text(
    'the day the parties agreed to it (default: today)',
    'dagen partene ble enige om den (standard: i dag)',
  ),
  'help/signatory': text(
    "who signs for a party, when not the record's signatory (repeatable)",
    'hvem som signerer for en part, når det ikke er signataren i avtalen (kan gjentas)',
  ),
  'help/renew-write': text(
    'record the extension in agreement/agreement.md and write the protocol to agreement/notices/',
    'før forlengelsen i agreement/agreement.md og skriv protokollen til agreement/notices/',
  ),
  'help/renew-commit': text(
    'as --write, and commit both files on a new branch renew-<year>',
    'som --write, og lagre begge filene som en versjon på en ny gren renew-<år>',
  ),
  'help/also-output': text(
    'also write the document to this file, in that format (the record keeps Markdown)',
    'skriv også dokumentet til denne filen, i det formatet (arkivet beholder Markdown)',
  ),
  'help/terminate': text(
    'the notice terminating the agreement and its effective date; with --write, record it; with --commit, also commit it on a new branch',
    'oppsigelsen av avtalen og datoen den får virkning; med --write føres den; med --commit lagres den også som en versjon på en ny gren',
  ),
  'help/terminate-by': text(
    'the party giving notice, by the id the agreement gives it, e.g. ks',
    'parten som sier opp, med id-en avtalen gir den, f.eks. ks',
  ),
  'help/terminate-signatory': text(
    "who signs the notice, when not the record's signatory",
    'hvem som signerer oppsigelsen, når det ikke er signataren i avtalen',
  ),
  'help/terminate-notified': text(
    'the date the other party received the notice',
    'datoen den andre parten mottok oppsigelsen',
  ),
  'help/terminate-write': text(
    'record the termination in agreement/agreement.md and write the notice to agreement/notices/',
    'før oppsigelsen i agreement/agreement.md og skriv brevet til agreement/notices/',
  ),
  'help/terminate-commit': text(
    'as --write, and commit both files on a new branch terminate-<date>',
    'som --write, og lagre begge filene som en versjon på en ny gren terminate-<dato>',
  ),
  'help/init': text(
    'a new records repository: the agreement from the options (in a terminal, asked for what they leave out), the folders, a README in Norwegian, the pull-request workflow, the pinned tool, and a first commit',
    'et nytt repositorium for arkivet: avtalen fra valgene (i en terminal spørres det om det som mangler), mappene, en README på norsk, arbeidsflyten for endringsforslag, verktøyet i fast versjon, og en første versjon (commit)',
  ),
  'help/init-dir': text('the folder to create it in (default: this one)', 'mappen det skal lages i (standard: denne)'),
  'help/init-title': text("the agreement's title", 'avtalens tittel'),
  'help/init-party': text(
    'a party, e.g. ks:"KS – Kommunesektorens organisasjon":KS (twice)',
    'en part, f.eks. ks:"KS – Kommunesektorens organisasjon":KS (to ganger)',
  ),
  'help/init-signed': text('the date it was signed', 'datoen den ble inngått'),
  'help/init-end': text('the last day of its term', 'siste dag i avtaleperioden'),
  'help/init-convener': text(
    'the party that convenes the meetings (default: the first)',
    'parten som kaller inn til møtene (standard: den første)',
  ),
  'help/init-per-year': text('meetings a year, at least (default: 2)', 'møter i året, minst (standard: 2)'),
  'help/init-notice-months': text(
    "months' notice of termination (default: 1)",
    'oppsigelsestid i måneder (standard: 1)',
  ),
  'help/init-notice-rule': text(
    'same-date: the notice ends on the same date N months on; end-of-month: at the end of that month (default: same-date)',
    'same-date: oppsigelsestiden slutter samme dato N måneder senere; end-of-month: ved utgangen av den måneden (standard: same-date)',
  ),
  'help/init-extension-years': text(
    'how long an extension runs, in years (default: 1)',
    'hvor lenge en forlengelse varer, i år (standard: 1)',
  ),
  'help/init-roles': text(
    'together: one party chairs and takes the minutes in turn; split: one chairs, the other takes the minutes (default: together)',
    'together: én part leder og skriver referat etter tur; split: én leder, den andre skriver referat (standard: together)',
  ),
  'help/init-first': text(
    'the party whose turn the first meeting is (default: the convener)',
    'parten som har første møte (standard: den som kaller inn)',
  ),
  'help/init-signatory': text('who signs for a party (repeatable)', 'hvem som signerer for en part (kan gjentas)'),
  'help/init-team': text(
    "the party's GitHub team that approves changes to the records, @ORG/TEAM (repeatable)",
    'partens team på GitHub som godkjenner endringer i postene, @ORG/TEAM (kan gjentas)',
  ),
  'help/init-team-id': text(
    "the team's number on GitHub, for the ruleset to require its approval (gh api orgs/ORG/teams/TEAM --jq .id)",
    'teamets nummer på GitHub, så regelsettet kan kreve godkjenning fra det (gh api orgs/ORG/teams/TEAM --jq .id)',
  ),
  'help/init-reviewer': text(
    'a GitHub login that approves for the party, PARTY=LOGIN (repeatable)',
    'et GitHub-brukernavn som godkjenner for parten, PART=BRUKERNAVN (kan gjentas)',
  ),
  'help/init-install': text(
    'how the repository gets the tool: tarball (this version, under vendor/), tarball=FILE, git=URL or global=SOURCE',
    'hvordan repositoriet får verktøyet: tarball (denne versjonen, under vendor/), tarball=FIL, git=URL eller global=KILDE',
  ),
  'help/init-no-commit': text('leave the files uncommitted', 'ikke lagre filene som en versjon'),
  'help/init-allow-existing': text(
    'write into a folder that already holds files or uncommitted changes (nothing is overwritten; only the files init writes are committed)',
    'skriv i en mappe som allerede har filer eller endringer som ikke er lagret (ingenting overskrives; bare filene init skriver, lagres)',
  ),
  'help/report': text(
    'the evaluation basis: the cooperation from signing to today (or the end), year by year, in figures and pictures',
    'grunnlaget for evalueringen: samarbeidet fra inngåelsen til i dag (eller slutten), år for år, i tall og figurer',
  ),
  'help/invite': text(
    "the meeting as an invitation people accept in Outlook or Google: an e-mail draft (X-Unsent) with the innkalling as its body and the meeting as an iTIP REQUEST from the convener's contact to the other parties' contacts and the attendees with an address; a CANCEL once the meeting is cancelled",
    'møtet som en invitasjon folk kan godta i Outlook eller Google: et e-postutkast (X-Unsent) med innkallingen som tekst og møtet som iTIP-forespørsel (REQUEST) fra innkallerens kontaktperson til de andre partenes kontaktpersoner og deltakerne med adresse; en avlysning (CANCEL) når møtet er avlyst',
  ),
  'help/invite-format': text(
    "eml (the e-mail draft) or ics (the calendar part alone) (default: -o's extension, else eml)",
    'eml (e-postutkastet) eller ics (bare kalenderdelen) (standard: endelsen til -o, ellers eml)',
  ),
  'help/invite-smtp': text(
    'send it through this server, smtp://user@host:587 or smtps://user@host:465, with the password from PARTNERSHIP_SMTP_PASSWORD (without it, the draft is for your mail client to send)',
    'send den gjennom denne serveren, smtp://bruker@vert:587 eller smtps://bruker@vert:465, med passordet fra PARTNERSHIP_SMTP_PASSWORD (uten det er utkastet til å sende fra e-postprogrammet)',
  ),
  'help/invite-attach': text(
    'attach the innkalling as docx (Word) or pdf (PDF/A)',
    'legg ved innkallingen som docx (Word) eller pdf (PDF/A)',
  ),
  'help/remind': text(
    'the duties coming due and overdue: notices and documents, minutes to approve, follow-up, obligations, the annual plan, meetings short of the requirement, the renewal decision, the last day for a notice, the evaluation; each with its date, clause and what settles it',
    'fristene som nærmer seg og de som er passert: innkalling og saksdokumenter, referater som skal godkjennes, oppfølging, plikter, årsplanen, møter som mangler, forlengelsen, siste dag for oppsigelse, evalueringen; hver med dato, punkt i avtalen og hva som gjør den unna',
  ),
  'help/remind-format': text(
    'text (for a person), json (for a program) or github (one issue: its title on the first line, then its body)',
    'text (for en person), json (for et program) eller github (én sak: tittelen på første linje, så teksten)',
  ),
  'help/remind-within': text('how many days ahead to look (default: 30)', 'hvor mange dager fram å se (standard: 30)'),
  'help/report-format': text(
    "html (a page with charts), md (the figures as tables), json (the figures) or pdf (PDF/A-2b with the charts) (default: -o's extension, else html)",
    'html (en side med figurer), md (tallene som tabeller), json (tallene) eller pdf (PDF/A-2b med figurene) (standard: endelsen til -o, ellers html)',
  ),
  'help/report-charts': text(
    'also write each chart into this folder as SVG and PNG (300 dpi), numbered as the report numbers them',
    'skriv også hver figur til denne mappen som SVG og PNG (300 dpi), nummerert slik rapporten nummererer dem',
  ),
  'help/schema': text(
    'write the JSON Schemas of the agreement, a meeting and an annual plan, for editors',
    'skriv JSON-skjemaene for avtalen, et møte og en årsplan, til redigeringsprogrammer',
  ),
  'help/schema-out': text(
    'write agreement.schema.json, meeting.schema.json and annual-plan.schema.json into this folder',
    'skriv agreement.schema.json, meeting.schema.json og annual-plan.schema.json i denne mappen',
  ),

  'commander/unknown-option': entry(
    (p: { option: string }) => `error: unknown option '${p.option}'`,
    (p) => `feil: ukjent valg '${p.option}'`,
  ),
  'commander/unknown-command': entry(
    (p: { command: string }) => `error: unknown command '${p.command}'`,
    (p) => `feil: ukjent kommando '${p.command}'`,
  ),
  'commander/missing-argument': entry(
    (p: { argument: string }) => `error: missing required argument '${p.argument}'`,
    (p) => `feil: mangler påkrevd argument '${p.argument}'`,
  ),
  'commander/missing-option': entry(
    (p: { option: string }) => `error: required option '${p.option}' not specified`,
    (p) => `feil: påkrevd valg '${p.option}' er ikke gitt`,
  ),
  'commander/option-needs-value': entry(
    (p: { option: string }) => `error: option '${p.option}' argument missing`,
    (p) => `feil: valget '${p.option}' mangler verdi`,
  ),
  'commander/too-many-arguments': entry(
    (p: { detail: string }) => `error: too many arguments${p.detail}`,
    (p) => `feil: for mange argumenter${p.detail}`,
  ),
  'commander/invalid-argument': entry(
    (p: { what: string; value: string; reason: string }) => `error: ${p.what} '${p.value}' is invalid. ${p.reason}`,
    (p) => `feil: ${p.what} '${p.value}' er ugyldig. ${p.reason}`,
  ),
  'commander/allowed-choices': entry(
    (p: { choices: string }) => `Allowed choices are ${p.choices}.`,
    (p) => `Gyldige valg er ${p.choices}.`,
  ),
  'commander/did-you-mean': entry(
    (p: { meant: string }) => `(Did you mean ${p.meant}?)`,
    (p) => `(Mente du ${p.meant}?)`,
  ),
});
