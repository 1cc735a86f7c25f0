/**
 * The words documents are written in, in both of Norway's written standards: bokmål and nynorsk. Every
 * word the code adds to a document, a calendar entry or the evaluation report is here; the rest is in the
 * templates. Central state bodies publish in both (språklova § 13), so nothing of one may leak into the other.
 */
import type { DocumentLanguage } from './language.js';

export interface Words {
  months: readonly string[];
  weekdays: readonly string[];
  /** Numbers up to twelve in words, for a noun of each gender: "én måned", "ei veke", "ett år". */
  numbers: { masculine: readonly string[]; neuter: readonly string[] };
  month: (count: number) => string;
  year: string;
  at: string;
  /** The line init writes where the signed text goes. */
  textPlaceholder: string;
  /** The words around a Word page's numbers: "Side 1 av 2". */
  pageOf: readonly [string, string];
  /** The description in the package.json of a records repository. */
  packageDescription: string;
  /** What the notices the tool writes are called in agreement/notices/: 2019-forlengelse.md. */
  noticeFile: { renewal: string; termination: string };
  /** "X ved Y": a party acting for another. */
  actingFor: (onBehalfOf: string, name: string) => string;
  exemptFromAccess: (basis: string) => string;
  standing: {
    approveNotice: string;
    approvePreviousMinutes: (date: string) => string;
    followUp: string;
    anyOtherBusiness: string;
  };
  calendar: {
    meeting: (parties: string) => string;
    proposedMeeting: (parties: string) => string;
    noticeDeadline: (meeting: string, convener: string) => string;
    documentsDeadline: (meeting: string, convener: string) => string;
    meetingDue: (year: number, clause: string | null) => string;
    renewalDecision: (year: number, clause: string | null) => string;
    termEnd: (clause: string | null) => string;
    terminationEffective: (clause: string | null) => string;
    evaluationDue: (clause: string | null) => string;
    obligationDue: (clause: string, text: string) => string;
    chairAndMinutes: (chair: string, minutes: string) => string;
    convener: (convener: string) => string;
    agenda: (items: readonly string[]) => string;
    /** An invitation's description: the saksliste with its case numbers, and where the record is. */
    invitation: (cases: readonly string[], record: string) => string;
  };
  annualPlan: {
    title: (year: number) => string;
    introduction: (year: number, clause: string | null) => string;
    focusArea: (letter: string, text: string) => string;
  };
  /** The README `init` writes into a new records repository. */
  readme: (facts: ReadmeWords) => string;
}

export interface ReadmeWords {
  title: string;
  parties: ReadonlyArray<{ name: string; short: string }>;
  signed: string;
  install: { kind: 'tarball'; file: string } | { kind: 'git'; url: string } | { kind: 'global'; source: string };
  packageName: string;
}

const FENCE = '```';

const MONTHS = [
  'januar',
  'februar',
  'mars',
  'april',
  'mai',
  'juni',
  'juli',
  'august',
  'september',
  'oktober',
  'november',
  'desember',
];

const clauseOf = (clause: string | null) => (clause ? ` (avtalens punkt ${clause})` : '');
const numbered = (items: readonly string[]) => items.map((item, index) => `${index + 1}) ${item}`).join('; ');

function readmeNb({ title, parties, signed, install, packageName }: ReadmeWords): string {
  const names = parties.map((party) => `${party.name} (${party.short})`).join(' og ');
  const installing =
    install.kind === 'tarball'
      ? `Verktøyet ligger som en fast versjon i \`${install.file}\`, og \`package.json\` peker på den filen. Installer det med

${FENCE}sh
npm install
${FENCE}

Ny versjon: legg den nye tarball-filen i \`vendor/\`, rett stien i \`package.json\` og kjør \`npm install\` igjen.`
      : install.kind === 'git'
        ? `Verktøyet hentes fra git (\`${install.url}\`) og bygges når det installeres. Installer det med

${FENCE}sh
npm install
${FENCE}

Ny versjon: rett versjonen (taggen eller commiten etter \`#\`) i \`package.json\` og kjør \`npm install\` igjen.`
        : `Verktøyet installeres globalt på hver maskin, fra samme kilde som CI bruker:

${FENCE}sh
npm install --global ${install.source}
${FENCE}`;
  return `# ${title}

Dette repositoriet er arkivet for samarbeidsavtalen mellom ${names}, inngått ${signed}: avtalen,
møtene, årsplanene og dokumentene som sendes. Alt er tekstfiler (Markdown med felter i YAML øverst),
og endringer gjøres i pull requests, der verktøyet \`partnership\` sjekker dem mot avtalens regler.

## Mappene

${FENCE}
agreement/agreement.md      avtalen: reglene i feltene øverst, hele avtaleteksten under
agreement/source/           avtalen slik den ble signert (PDF eller tekst), til referanse
agreement/notices/          protokoller om forlengelse og oppsigelser som verktøyet skrev
meetings/ÅÅÅÅ-MM-DD.md      ett møte per fil
annual-plans/ÅÅÅÅ.md        årsplanen for et år
templates/                  egne maler for dokumentene, hvis dere vil endre de innebygde
${FENCE}

## Installere verktøyet

${installing}

## Det dere gjør oftest

${FENCE}sh
npx --no-install partnership validate          # sjekk alle filene mot avtalen
npx --no-install partnership next-meeting      # neste møte: når, hvem leder, frister
npx --no-install partnership new meeting       # skriv neste møte, med turordningen fylt inn
npx --no-install partnership render agenda ÅÅÅÅ-MM-DD --format docx -o innkalling.docx
npx --no-install partnership status            # avtalen i dag
${FENCE}

\`--no-install\` gjør at \`npx\` bare kjører verktøyet som er installert her, og aldri henter en pakke
fra npm-registeret.

Brukerveiledningen (på norsk) følger med verktøyet: \`node_modules/${packageName}/docs/brukerveiledning.md\`.

## Før dere begynner

- Lim inn avtaleteksten under feltene i \`agreement/agreement.md\`, og legg den signerte avtalen i
  \`agreement/source/\`.
- Fyll inn \`clauses\` (hvilket punkt i avtalen sier hva), \`focus_areas\` (fokusområdene) og
  partenes \`signatory\` (hvem som signerer) i \`agreement/agreement.md\`.
- \`.github/workflows/records.yml\` sjekker hver pull request. Beskytt \`main\`, slik at endringer går
  gjennom en pull request.
`;
}

function readmeNn({ title, parties, signed, install, packageName }: ReadmeWords): string {
  const names = parties.map((party) => `${party.name} (${party.short})`).join(' og ');
  const installing =
    install.kind === 'tarball'
      ? `Verktøyet ligg som ein fast versjon i \`${install.file}\`, og \`package.json\` peikar på den fila. Installer det med

${FENCE}sh
npm install
${FENCE}

Ny versjon: legg den nye tarball-fila i \`vendor/\`, rett stien i \`package.json\` og køyr \`npm install\` igjen.`
      : install.kind === 'git'
        ? `Verktøyet vert henta frå git (\`${install.url}\`) og bygt når det vert installert. Installer det med

${FENCE}sh
npm install
${FENCE}

Ny versjon: rett versjonen (taggen eller commiten etter \`#\`) i \`package.json\` og køyr \`npm install\` igjen.`
        : `Verktøyet vert installert globalt på kvar maskin, frå same kjelde som CI bruker:

${FENCE}sh
npm install --global ${install.source}
${FENCE}`;
  return `# ${title}

Dette repositoriet er arkivet for samarbeidsavtalen mellom ${names}, inngått ${signed}: avtalen,
møta, årsplanane og dokumenta som vert sende. Alt er tekstfiler (Markdown med felt i YAML øvst),
og endringar vert gjorde i pull requests, der verktøyet \`partnership\` sjekkar dei mot reglane i avtalen.

## Mappene

${FENCE}
agreement/agreement.md      avtalen: reglane i felta øvst, heile avtaleteksten under
agreement/source/           avtalen slik han vart signert (PDF eller tekst), til referanse
agreement/notices/          protokollar om forlenging og oppseiingar som verktøyet skreiv
meetings/ÅÅÅÅ-MM-DD.md      eitt møte per fil
annual-plans/ÅÅÅÅ.md        årsplanen for eit år
templates/                  eigne malar for dokumenta, dersom de vil endre dei innebygde
${FENCE}

## Installere verktøyet

${installing}

## Det de gjer oftast

${FENCE}sh
npx --no-install partnership validate          # sjekk alle filene mot avtalen
npx --no-install partnership next-meeting      # neste møte: når, kven som leiar, fristar
npx --no-install partnership new meeting       # skriv neste møte, med turordninga fylt inn
npx --no-install partnership render agenda ÅÅÅÅ-MM-DD --format docx -o innkalling.docx
npx --no-install partnership status            # avtalen i dag
${FENCE}

\`--no-install\` gjer at \`npx\` berre køyrer verktøyet som er installert her, og aldri hentar ein pakke
frå npm-registeret.

Brukarrettleiinga (på norsk) følgjer med verktøyet: \`node_modules/${packageName}/docs/brukerveiledning.md\`.

## Før de byrjar

- Lim inn avtaleteksten under felta i \`agreement/agreement.md\`, og legg den signerte avtalen i
  \`agreement/source/\`.
- Fyll inn \`clauses\` (kva punkt i avtalen som seier kva), \`focus_areas\` (fokusområda) og
  \`signatory\` for partane (kven som signerer) i \`agreement/agreement.md\`.
- \`.github/workflows/records.yml\` sjekkar kvar pull request. Verne \`main\`, slik at endringar går
  gjennom ein pull request.
`;
}

const NB: Words = {
  months: MONTHS,
  weekdays: ['mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag', 'søndag'],
  numbers: {
    masculine: ['null', 'én', 'to', 'tre', 'fire', 'fem', 'seks', 'sju', 'åtte', 'ni', 'ti', 'elleve', 'tolv'],
    neuter: ['null', 'ett', 'to', 'tre', 'fire', 'fem', 'seks', 'sju', 'åtte', 'ni', 'ti', 'elleve', 'tolv'],
  },
  month: (count) => (count === 1 ? 'måned' : 'måneder'),
  year: 'år',
  at: 'kl.',
  textPlaceholder: '(Lim inn avtalens tekst her, ordrett.)',
  pageOf: ['Side', 'av'],
  packageDescription: 'Samarbeidsavtalen og alt som skjer under den, kontrollert av partnership',
  noticeFile: { renewal: 'forlengelse', termination: 'oppsigelse' },
  actingFor: (onBehalfOf, name) => `${onBehalfOf} ved ${name}`,
  exemptFromAccess: (basis) => `Unntatt offentlighet, jf. ${basis}`,
  standing: {
    approveNotice: 'Godkjenning av innkalling og saksliste',
    approvePreviousMinutes: (date) => `Godkjenning av referat fra møtet ${date}`,
    followUp: 'Oppfølging fra tidligere møter',
    anyOtherBusiness: 'Eventuelt',
  },
  calendar: {
    meeting: (parties) => `Samarbeidsmøte ${parties}`,
    proposedMeeting: (parties) => `Samarbeidsmøte ${parties} (forslag)`,
    noticeDeadline: (meeting, convener) => `Frist for innkalling og saksliste: møtet ${meeting} (${convener})`,
    documentsDeadline: (meeting, convener) => `Frist for saksdokumenter: møtet ${meeting} (${convener})`,
    meetingDue: (year, clause) => `Frist: samarbeidsmøte for ${year}${clauseOf(clause)}`,
    renewalDecision: (year, clause) => `Frist: beslutning om forlengelse av avtalen fra ${year}${clauseOf(clause)}`,
    termEnd: (clause) => `Samarbeidsavtalen utløper${clauseOf(clause)}`,
    terminationEffective: (clause) => `Samarbeidsavtalen opphører etter oppsigelse${clauseOf(clause)}`,
    evaluationDue: (clause) => `Frist: evaluering av samarbeidsavtalen${clauseOf(clause)}`,
    obligationDue: (clause, text) => `Frist${clauseOf(clause)}: ${text}`,
    chairAndMinutes: (chair, minutes) => `Møteleder: ${chair}. Referent: ${minutes}.`,
    convener: (convener) => `Innkaller: ${convener}.`,
    agenda: (items) => `Saksliste: ${numbered(items)}.`,
    invitation: (cases, record) => `Saksliste:\n${cases.join('\n')}\n\nMøtet i avtalens arkiv: ${record}`,
  },
  annualPlan: {
    title: (year) => `Årsplan ${year}`,
    introduction: (year, clause) =>
      `Årsplanen er et vedlegg til samarbeidsavtalen${clause ? ` (avtalens punkt ${clause})` : ''} og viser partenes prioriterte samarbeidsoppgaver for ${year}, ordnet etter avtalens fokusområder.`,
    focusArea: (letter, text) => `Fokusområde ${letter}: ${text}`,
  },
  readme: readmeNb,
};

const NN: Words = {
  months: MONTHS,
  weekdays: ['måndag', 'tysdag', 'onsdag', 'torsdag', 'fredag', 'laurdag', 'sundag'],
  numbers: {
    masculine: ['null', 'éin', 'to', 'tre', 'fire', 'fem', 'seks', 'sju', 'åtte', 'ni', 'ti', 'elleve', 'tolv'],
    neuter: ['null', 'eitt', 'to', 'tre', 'fire', 'fem', 'seks', 'sju', 'åtte', 'ni', 'ti', 'elleve', 'tolv'],
  },
  month: (count) => (count === 1 ? 'månad' : 'månader'),
  year: 'år',
  at: 'kl.',
  textPlaceholder: '(Lim inn teksten i avtalen her, ordrett.)',
  pageOf: ['Side', 'av'],
  packageDescription: 'Samarbeidsavtalen og alt som skjer under han, kontrollert av partnership',
  noticeFile: { renewal: 'forlenging', termination: 'oppseiing' },
  actingFor: (onBehalfOf, name) => `${onBehalfOf} ved ${name}`,
  exemptFromAccess: (basis) => `Unnateke offentlegheit, jf. ${basis}`,
  standing: {
    approveNotice: 'Godkjenning av innkalling og sakliste',
    approvePreviousMinutes: (date) => `Godkjenning av referat frå møtet ${date}`,
    followUp: 'Oppfølging frå tidlegare møte',
    anyOtherBusiness: 'Eventuelt',
  },
  calendar: {
    meeting: (parties) => `Samarbeidsmøte ${parties}`,
    proposedMeeting: (parties) => `Samarbeidsmøte ${parties} (forslag)`,
    noticeDeadline: (meeting, convener) => `Frist for innkalling og sakliste: møtet ${meeting} (${convener})`,
    documentsDeadline: (meeting, convener) => `Frist for saksdokument: møtet ${meeting} (${convener})`,
    meetingDue: (year, clause) => `Frist: samarbeidsmøte for ${year}${clauseOf(clause)}`,
    renewalDecision: (year, clause) => `Frist: vedtak om forlenging av avtalen frå ${year}${clauseOf(clause)}`,
    termEnd: (clause) => `Samarbeidsavtalen går ut${clauseOf(clause)}`,
    terminationEffective: (clause) => `Samarbeidsavtalen tek slutt etter oppseiing${clauseOf(clause)}`,
    evaluationDue: (clause) => `Frist: evaluering av samarbeidsavtalen${clauseOf(clause)}`,
    obligationDue: (clause, text) => `Frist${clauseOf(clause)}: ${text}`,
    chairAndMinutes: (chair, minutes) => `Møteleiar: ${chair}. Referent: ${minutes}.`,
    convener: (convener) => `Innkallar: ${convener}.`,
    agenda: (items) => `Sakliste: ${numbered(items)}.`,
    invitation: (cases, record) => `Sakliste:\n${cases.join('\n')}\n\nMøtet i arkivet til avtalen: ${record}`,
  },
  annualPlan: {
    title: (year) => `Årsplan ${year}`,
    introduction: (year, clause) =>
      `Årsplanen er eit vedlegg til samarbeidsavtalen${clause ? ` (avtalen punkt ${clause})` : ''} og viser dei prioriterte samarbeidsoppgåvene til partane for ${year}, ordna etter fokusområda i avtalen.`,
    focusArea: (letter, text) => `Fokusområde ${letter}: ${text}`,
  },
  readme: readmeNn,
};

export const WORDS: Readonly<Record<DocumentLanguage, Words>> = { nb: NB, nn: NN };

/**
 * The Norwegian words people write for the records' English values: `status: avholdt` means held. Each
 * is offered as "did you mean" where that value is allowed; bokmål and nynorsk alike.
 */
export const NORWEGIAN_VALUES: Readonly<Record<string, readonly string[]>> = {
  held: ['avholdt', 'holdt', 'halde', 'gjennomført', 'gjennomfort', 'avviklet', 'avvikla'],
  planned: ['planlagt', 'planlegges', 'berammet', 'planleggast'],
  cancelled: ['avlyst', 'avlyses', 'kansellert'],
  adopted: ['vedtatt', 'vedteken', 'godkjent', 'fastsatt', 'fastsett'],
  draft: ['utkast', 'kladd'],
  ongoing: ['pågår', 'pågående', 'paagaar', 'igangsatt', 'påbegynt', 'igangsett'],
  done: ['ferdig', 'fullført', 'utført', 'gjort', 'avsluttet', 'avslutta'],
  dropped: ['droppet', 'droppa', 'avbrutt', 'utgår', 'utgått', 'skrinlagt', 'skrinlagd'],
  together: ['sammen', 'saman', 'samlet', 'samla'],
  split: ['delt', 'fordelt'],
  meeting: ['møte', 'i møtet', 'møtet'],
  email: ['e-post', 'epost', 'e-mail', 'mail'],
};
