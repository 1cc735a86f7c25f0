/** What the per-file checks report: a file that cannot be read (`file/…`), YAML (`syntax/…`), fields (`schema/…`). */
import { entry } from './message.js';
import { listed } from './wording.js';

/** "the front matter", or a field's path as the record writes it: "agenda[2].title". */
const where = (path: string, en = 'the front matter') => (path === '' ? en : path);
const whereNb = (path: string) => (path === '' ? 'feltene øverst' : path);

/** Worded on first use: a command compiles only the areas of the catalogue it says something from. */
export const RECORD_MESSAGES = () => ({
  'file/missing': entry(
    () => 'the file does not exist',
    () => 'filen finnes ikke',
  ),
  'file/dangling-link': entry(
    () => 'the file is a link to nothing: remove it, or replace it with the file itself',
    () => 'filen er en lenke til ingenting: fjern den, eller erstatt den med selve filen',
  ),
  'file/link-outside': entry(
    () =>
      'the file is a link to a file outside the repository, and was not read: replace the link with the file itself',
    () => 'filen er en lenke til en fil utenfor repositoriet og ble ikke lest: erstatt lenken med selve filen',
  ),
  'file/folder-link-outside': entry(
    () =>
      'a folder on the way to the file is a link out of the repository, and the file was not read: replace the link with the folder itself',
    () =>
      'en mappe på veien til filen er en lenke ut av repositoriet, og filen ble ikke lest: erstatt lenken med selve mappen',
  ),
  'file/records-folder-link-outside': entry(
    () =>
      'the folder is a link to a folder outside the repository, and was not read: replace the link with the folder itself',
    () => 'mappen er en lenke til en mappe utenfor repositoriet og ble ikke lest: erstatt lenken med selve mappen',
  ),
  'file/git-folder': entry(
    () =>
      "this is a link into the repository's .git folder, which holds git's own files (its configuration, and in CI the checkout's token), never a record: replace the link with the file itself",
    () =>
      'dette er en lenke inn i repositoriets .git-mappe, som inneholder gits egne filer (oppsettet, og i CI tilgangsnøkkelen), aldri en post i arkivet: erstatt lenken med selve filen',
  ),
  'file/not-a-regular-file': entry(
    (p: { kind: 'folder' | 'fifo' | 'device' }) =>
      `the file is ${p.kind === 'folder' ? 'a folder' : p.kind === 'fifo' ? 'a FIFO' : 'a device or socket'}, not a regular file, and was not read: remove it`,
    (p) =>
      `filen er ${p.kind === 'folder' ? 'en mappe' : p.kind === 'fifo' ? 'en FIFO' : 'en enhet eller sokkel'}, ikke en vanlig fil, og ble ikke lest: fjern den`,
  ),
  'file/not-a-folder': entry(
    () => 'this should be a folder of records, not a file',
    () => 'dette skal være en mappe med poster, ikke en fil',
  ),
  'file/too-large': entry(
    (p: { megabytes: string; limit: number }) =>
      `the file is ${p.megabytes} MB, more than the ${p.limit} MB a record may be, and was not read: keep large attachments outside the records`,
    (p) =>
      `filen er ${p.megabytes.replace('.', ',')} MB, mer enn de ${p.limit} MB en post kan være, og ble ikke lest: hold store vedlegg utenfor arkivet`,
  ),
  'file/utf-16': entry(
    () => 'the file is saved as UTF-16: save it as UTF-8',
    () => 'filen er lagret som UTF-16: lagre den som UTF-8',
  ),
  'file/nul-byte': entry(
    () => 'the file holds a NUL byte, so it is not a text file (it may be saved as UTF-16): save it as UTF-8 text',
    () =>
      'filen inneholder en NUL-byte og er derfor ikke en tekstfil (den kan være lagret som UTF-16): lagre den som UTF-8',
  ),
  'file/not-utf-8': entry(
    (p: { byte: string }) =>
      `the file has a byte (0x${p.byte}) that is not UTF-8, as in a file saved as Latin-1 or Windows-1252: save it as UTF-8`,
    (p) =>
      `filen har en byte (0x${p.byte}) som ikke er UTF-8, som i en fil lagret som Latin-1 eller Windows-1252: lagre den som UTF-8`,
  ),
  'file/control-character-in-name': entry(
    () => "the file's name holds a control character or a line break, and it was not read: rename it",
    () => 'filnavnet inneholder et kontrolltegn eller et linjeskift, og filen ble ikke lest: gi den et nytt navn',
  ),
  'file/lone-carriage-return': entry(
    () =>
      'the file ends its lines with a carriage return alone (old Mac line endings), so it reads as one line: save it with ordinary (LF or CRLF) line endings',
    () =>
      'filen avslutter linjene med bare vognretur (gamle Mac-linjeslutt), så den leses som én linje: lagre den med vanlige (LF eller CRLF) linjeslutt',
  ),
  'file/control-character': entry(
    (p: { code: string; more: number }) =>
      `the file holds an invisible control character (${p.code})${p.more > 0 ? ` (and ${p.more} more in the file)` : ''}, which can change how a terminal or a log shows the text: remove it`,
    (p) =>
      `filen inneholder et usynlig kontrolltegn (${p.code})${p.more > 0 ? ` (og ${p.more} til i filen)` : ''}, som kan endre hvordan en terminal eller en logg viser teksten: fjern det`,
  ),
  'file/non-character': entry(
    (p: { code: string }) =>
      `the file holds ${p.code}, a code point that is not a character: no document may hold it (Word and the archive refuse it), so remove it`,
    (p) =>
      `filen inneholder ${p.code}, et kodepunkt som ikke er et tegn: ingen dokumenter kan inneholde det (Word og arkivet avviser det), så fjern det`,
  ),

  'syntax/foreign-front-matter': entry(
    (p: { language: string }) =>
      `front matter marked "---${p.language}" is not accepted: only YAML front matter is read, and nothing in a record is ever run. Start the file with a line "---" and write the fields as YAML`,
    (p) =>
      `felter merket «---${p.language}» godtas ikke: bare YAML leses, og ingenting i en post kjøres noen gang. Begynn filen med en linje «---» og skriv feltene som YAML`,
  ),
  'syntax/no-front-matter': entry(
    () => 'the file has no front matter: it must start with a line "---", then the fields as YAML, then a line "---"',
    () => 'filen har ingen felter øverst: den må begynne med en linje «---», så feltene som YAML, så en linje «---»',
  ),
  'syntax/not-closed': entry(
    () => 'the front matter is not closed: add a line "---" after the fields',
    () => 'feltene øverst er ikke avsluttet: legg til en linje «---» etter feltene',
  ),
  'syntax/too-large': entry(
    (p: { kilobytes: number }) =>
      `the front matter is over ${p.kilobytes} KB, far more than a record's fields take: it was not read`,
    (p) => `feltene øverst er over ${p.kilobytes} KB, langt mer enn en posts felter trenger: de ble ikke lest`,
  ),
  'syntax/too-deep': entry(
    () => "the front matter nests lists and maps too deep to read: a record's fields go a few levels deep",
    () =>
      'feltene øverst har lister og tabeller for mange nivåer inni hverandre: en posts felter går noen få nivåer ned',
  ),
  'syntax/deeper-than': entry(
    (p: { depth: number }) => `the front matter nests lists and maps more than ${p.depth} levels deep`,
    (p) => `feltene øverst har lister og tabeller mer enn ${p.depth} nivåer inni hverandre`,
  ),
  'syntax/too-many-values': entry(
    (p: { nodes: number }) =>
      `the front matter holds more than ${p.nodes} values: far more than a record's fields take`,
    (p) => `feltene øverst har mer enn ${p.nodes} verdier: langt mer enn en posts felter trenger`,
  ),
  'syntax/not-a-map': entry(
    () => 'the front matter must be a list of "key: value" fields',
    () => 'feltene øverst må være en liste med «nøkkel: verdi»',
  ),
  'syntax/empty': entry(
    () => 'the front matter is empty: write the record\'s fields as "key: value" lines between the two "---" lines',
    () => 'feltene øverst er tomme: skriv postens felter som «nøkkel: verdi»-linjer mellom de to «---»-linjene',
  ),
  'syntax/unresolved-alias': entry(
    () =>
      'an alias (*name) refers to an anchor (&name) that is not set before it: write the values out instead of using YAML aliases',
    () =>
      'et alias (*navn) viser til et anker (&navn) som ikke er satt før det: skriv verdiene ut i stedet for å bruke YAML-alias',
  ),
  'syntax/too-many-aliases': entry(
    (p: { count: number }) =>
      `aliases expand to too much data (more than ${p.count} expansions): write the values out instead of using YAML aliases`,
    (p) =>
      `alias blir til for mye data (mer enn ${p.count} utvidelser): skriv verdiene ut i stedet for å bruke YAML-alias`,
  ),
  'syntax/alias-expansion': entry(
    (p: { megabytes: number }) =>
      `aliases (*name) here expand to more than ${p.megabytes} MB of data, far more than a record's fields take: write the values out instead`,
    (p) =>
      `alias (*navn) her blir til mer enn ${p.megabytes} MB data, langt mer enn en posts felter trenger: skriv verdiene ut i stedet`,
  ),
  'syntax/tag': entry(
    (p: { tag: string; collection: boolean }) =>
      `YAML tags such as "${p.tag}" are not accepted: write a plain ${p.collection ? 'list or map' : 'value'}`,
    (p) =>
      `YAML-merker som «${p.tag}» godtas ikke: skriv ${p.collection ? 'en vanlig liste eller tabell' : 'en vanlig verdi'}`,
  ),
  'syntax/escaped-control-character': entry(
    (p: { code: string; nonCharacter: boolean }) =>
      `the value holds ${p.nonCharacter ? 'a code point that is not a character' : 'an invisible control character'} (${p.code}), written as an escape: remove it`,
    (p) =>
      `verdien inneholder ${p.nonCharacter ? 'et kodepunkt som ikke er et tegn' : 'et usynlig kontrolltegn'} (${p.code}), skrevet som en escape-kode: fjern det`,
  ),
  'syntax/key-not-plain': entry(
    () => 'a key must be a plain word such as "date", not a list or a map',
    () => 'en nøkkel må være et vanlig ord som «date», ikke en liste eller en tabell',
  ),
  'syntax/proto-key': entry(
    () => 'the key "__proto__" is not allowed',
    () => 'nøkkelen «__proto__» er ikke tillatt',
  ),
  'syntax/key-twice-in-item': entry(
    (p: { key: string }) =>
      `the key "${p.key}" appears twice in one item of the list: if a new item starts here, begin its line with "- " (- ${p.key}: …), indented as the items above; otherwise keep one`,
    (p) =>
      `nøkkelen «${p.key}» står to ganger i samme punkt i listen: begynner et nytt punkt her, start linjen med «- » (- ${p.key}: …), rykket inn som punktene over; ellers behold én`,
  ),
  'syntax/key-twice': entry(
    (p: { key: string }) => `the key "${p.key}" appears twice in the same place: keep one`,
    (p) => `nøkkelen «${p.key}» står to ganger på samme sted: behold én`,
  ),
  'syntax/list-items-misaligned': entry(
    () =>
      'the items of this list start at different columns: indent this "- " exactly as the items above it (count the spaces)',
    () =>
      'punktene i denne listen begynner i ulike kolonner: rykk inn denne «- » nøyaktig som punktene over (tell mellomrommene)',
  ),
  'syntax/item-without-dash': entry(
    () =>
      'this line is indented as an item of the list above, but has no "- ": indent it as the fields of that item, or begin a new item with "- "',
    () =>
      'denne linjen er rykket inn som et punkt i listen over, men har ingen «- »: rykk den inn som feltene i det punktet, eller begynn et nytt punkt med «- »',
  ),
  'syntax/fields-misaligned': entry(
    () =>
      'the fields here start at different columns: indent this one exactly as the fields above it (count the spaces)',
    () => 'feltene her begynner i ulike kolonner: rykk inn dette nøyaktig som feltene over (tell mellomrommene)',
  ),
  'syntax/next-line-too-deep': entry(
    () =>
      'the line after this one is indented further than the fields beside it, so YAML reads it as part of this value: indent it as the fields above it',
    () =>
      'linjen etter denne er rykket lenger inn enn feltene ved siden av, så YAML leser den som en del av denne verdien: rykk den inn som feltene over',
  ),
  'syntax/no-colon': entry(
    () => 'this line has no "key: value": add the colon after the key, or indent the line as the text it goes on from',
    () =>
      'denne linjen har ingen «nøkkel: verdi»: sett kolon etter nøkkelen, eller rykk linjen inn som teksten den fortsetter',
  ),
  'syntax/tab': entry(
    () =>
      'the line is indented with a tab: YAML indents with spaces only. Replace the tab with spaces, as many as the lines around it use',
    () =>
      'linjen er rykket inn med tabulator: YAML rykker bare inn med mellomrom. Erstatt tabulatoren med like mange mellomrom som linjene rundt bruker',
  ),
  'syntax/non-breaking-space': entry(
    () =>
      'a non-breaking space (often pasted from Word or a web page) stands where YAML needs an ordinary space: delete it and type a space',
    () =>
      'et hardt mellomrom (ofte limt inn fra Word eller en nettside) står der YAML trenger et vanlig mellomrom: slett det og skriv et mellomrom',
  ),
  'syntax/colon-in-value': entry(
    (p: { key: string; quoted: string }) =>
      `the value of ${p.key} holds a colon followed by a space, which YAML reads as the start of another key: put the value in quotes, ${p.key}: ${p.quoted}`,
    (p) =>
      `verdien av ${p.key} har et kolon fulgt av et mellomrom, som YAML leser som starten på en ny nøkkel: sett verdien i anførselstegn, ${p.key}: ${p.quoted}`,
  ),
  'syntax/yaml': entry(
    (p: { detail: string; hint: 'duplicate-key' | 'tag' | null }) =>
      `${p.detail}${p.hint === 'duplicate-key' ? ' (this key appears twice in the same place: keep one)' : p.hint === 'tag' ? ' (YAML tags like "!!js/function" are not accepted: write a plain value)' : ''}`,
    (p) =>
      `YAML-feil: ${p.detail}${p.hint === 'duplicate-key' ? ' (denne nøkkelen står to ganger på samme sted: behold én)' : p.hint === 'tag' ? ' (YAML-merker som «!!js/function» godtas ikke: skriv en vanlig verdi)' : ''}`,
  ),

  'schema/unknown-key': entry(
    (p: { key: string; path: string; suggestion: string | null; allowed: readonly string[] }) =>
      `unknown key "${p.key}"${p.path ? ` in ${p.path}` : ''}: ${p.suggestion ? `did you mean "${p.suggestion}"?` : `the keys allowed here are ${listed(p.allowed)}`}`,
    (p) =>
      `ukjent nøkkel «${p.key}»${p.path ? ` i ${p.path}` : ''}: ${p.suggestion ? `mente du «${p.suggestion}»?` : `nøklene som er tillatt her, er ${listed(p.allowed)}`}`,
  ),
  'schema/missing-key': entry(
    (p: { path: string; key: string }) => `${where(p.path)} is missing the required key "${p.key}"`,
    (p) => `${whereNb(p.path)} mangler den påkrevde nøkkelen «${p.key}»`,
  ),
  'schema/expected-list': entry(
    (p: { path: string; got: 'list' | 'map' | 'value'; key: string; single: string }) =>
      `${where(p.path)}: expected a list, not ${p.got === 'list' ? 'a list' : p.got === 'map' ? 'a map' : 'a single value'}: write it in square brackets, ${p.key}: [${p.single}] (one value is a list of one)`,
    (p) =>
      `${whereNb(p.path)}: her skal det stå en liste, ikke ${p.got === 'list' ? 'en liste' : p.got === 'map' ? 'en tabell' : 'én enkelt verdi'}: skriv den i hakeparenteser, ${p.key}: [${p.single}] (én verdi er en liste med én)`,
  ),
  'schema/expected-map-of': entry(
    (p: { path: string; got: 'list' | 'map' | 'value'; key: string; fields: readonly string[] }) =>
      `${where(p.path)}: expected a map of ${listed(p.fields)}, not ${p.got === 'list' ? 'a list' : p.got === 'map' ? 'a map' : 'a single value'}: write it as ${p.key}: { ${p.fields
        .slice(0, 2)
        .map((field) => `${field}: …`)
        .join(', ')} }`,
    (p) =>
      `${whereNb(p.path)}: her skal det stå en tabell med ${listed(p.fields)}, ikke ${p.got === 'list' ? 'en liste' : p.got === 'map' ? 'en tabell' : 'én enkelt verdi'}: skriv den som ${p.key}: { ${p.fields
        .slice(0, 2)
        .map((field) => `${field}: …`)
        .join(', ')} }`,
  ),
  'schema/expected-map-by-party': entry(
    (p: { path: string; got: 'list' | 'map' | 'value'; key: string }) =>
      `${where(p.path)}: expected a map, not ${p.got === 'list' ? 'a list' : p.got === 'map' ? 'a map' : 'a single value'}: write it by party, as ${p.key}: { ks: [Spesialrådgiver] }, one line for each party`,
    (p) =>
      `${whereNb(p.path)}: her skal det stå en tabell, ikke ${p.got === 'list' ? 'en liste' : p.got === 'map' ? 'en tabell' : 'én enkelt verdi'}: skriv den etter part, som ${p.key}: { ks: [Spesialrådgiver] }, én linje for hver part`,
  ),
  'schema/not-one-of': entry(
    (p: { path: string; allowed: readonly string[]; input: string; suggestion: string | null; curly: string | null }) =>
      `${where(p.path)}: expected one of ${listed(p.allowed)}, not ${p.input}${p.suggestion ? `: did you mean ${p.suggestion}?` : ''}${curlyEn(p.curly)}`,
    (p) =>
      `${whereNb(p.path)}: her skal det stå en av ${listed(p.allowed)}, ikke ${p.input}${p.suggestion ? `: mente du ${p.suggestion}?` : ''}${curlyNb(p.curly)}`,
  ),
  'schema/invalid-key': entry(
    (p: { key: string; path: string; detail: string }) => `key "${p.key}" in ${where(p.path)}: ${p.detail}`,
    (p) => `nøkkelen «${p.key}» i ${whereNb(p.path)}: ${p.detail}`,
  ),
  'schema/invalid': entry(
    (p: { path: string; detail: string; curly: string | null }) => `${where(p.path)}: ${p.detail}${curlyEn(p.curly)}`,
    (p) => `${whereNb(p.path)}: ${p.detail}${curlyNb(p.curly)}`,
  ),
  'schema/date-expected': entry(
    () => 'expected a date written as YYYY-MM-DD, e.g. 2018-03-14',
    () => 'her skal det stå en dato skrevet ÅÅÅÅ-MM-DD, f.eks. 2018-03-14',
  ),
  'schema/date-format': entry(
    (p: { input: string; meant: string | null }) =>
      p.meant
        ? `expected a date written as YYYY-MM-DD, not "${p.input}": did you mean ${p.meant}?`
        : `expected a date written as YYYY-MM-DD, e.g. 2018-03-14, not "${p.input}"`,
    (p) =>
      p.meant
        ? `her skal det stå en dato skrevet ÅÅÅÅ-MM-DD, ikke «${p.input}»: mente du ${p.meant}?`
        : `her skal det stå en dato skrevet ÅÅÅÅ-MM-DD, f.eks. 2018-03-14, ikke «${p.input}»`,
  ),
  'schema/not-a-real-date': entry(
    (p: { input: string }) => `${p.input} is not a real calendar date: check the month and the day`,
    (p) => `${p.input} er ikke en dato som finnes: sjekk måneden og dagen`,
  ),
  'schema/date-out-of-range': entry(
    (p: { input: string; first: number; last: number }) =>
      `${p.input} is outside the years ${p.first}–${p.last}: check the year`,
    (p) => `${p.input} er utenfor årene ${p.first}–${p.last}: sjekk året`,
  ),
  'schema/time-expected': entry(
    (p: { meant: string | null }) =>
      `expected a time written as "HH:MM" (in quotes), e.g. "10:00"${p.meant ? `: did you mean time: "${p.meant}"?` : ''}`,
    (p) =>
      `her skal det stå et klokkeslett skrevet "TT:MM" (i anførselstegn), f.eks. "10:00"${p.meant ? `: mente du time: "${p.meant}"?` : ''}`,
  ),
  'schema/time-format': entry(
    (p: { input: string; meant: string | null }) =>
      `expected a time as HH:MM between 00:00 and 23:59, not "${p.input}"${p.meant ? `: did you mean time: "${p.meant}"?` : ''}`,
    (p) =>
      `her skal det stå et klokkeslett TT:MM mellom 00:00 og 23:59, ikke «${p.input}»${p.meant ? `: mente du time: "${p.meant}"?` : ''}`,
  ),
  'schema/identifier-expected': entry(
    (p: { what: string }) => `expected ${p.what}: lower-case letters, digits and hyphens`,
    () => 'her skal det stå en id: små bokstaver, sifre og bindestrek',
  ),
  'schema/identifier-format': entry(
    (p: { what: string; input: string }) =>
      `expected ${p.what} of lower-case letters, digits and hyphens, not "${p.input}"`,
    (p) => `her skal det stå en id av små bokstaver, sifre og bindestrek, ikke «${p.input}»`,
  ),
  'schema/focus-letter-expected': entry(
    () => 'expected a focus area letter such as "A"',
    () => 'her skal det stå bokstaven til et fokusområde, som «A»',
  ),
  'schema/focus-letter-format': entry(
    (p: { input: string }) => `expected a focus area letter such as "A", not "${p.input}"`,
    (p) => `her skal det stå bokstaven til et fokusområde, som «A», ikke «${p.input}»`,
  ),
  'schema/meeting-id-expected': entry(
    () => 'expected a meeting id: the meeting file name without .md, e.g. 2018-03-14',
    () => 'her skal det stå en møte-id: møtets filnavn uten .md, f.eks. 2018-03-14',
  ),
  'schema/meeting-id-format': entry(
    (p: { input: string }) => `expected a meeting id such as 2018-03-14 or 2018-03-14-2, not "${p.input}"`,
    (p) => `her skal det stå en møte-id som 2018-03-14 eller 2018-03-14-2, ikke «${p.input}»`,
  ),
  'schema/github-name-format': entry(
    (p: { what: string; example: string; input: string }) =>
      `expected ${p.what} as GitHub writes it, e.g. ${p.example}, not "${p.input}"`,
    (p) => `her skal det stå et navn slik GitHub skriver det, f.eks. ${p.example}, ikke «${p.input}»`,
  ),
  'schema/case-number-format': entry(
    (p: { input: string }) =>
      `expected the case it was agreed under as the documents number it, e.g. item: "3/25", not "${p.input}"`,
    (p) =>
      `her skal det stå saken det ble avtalt under, slik dokumentene nummererer den, f.eks. item: "3/25", ikke «${p.input}»`,
  ),
  'schema/item-expected': entry(
    (p: { input: string }) =>
      `expected the case it was agreed under, as the documents number it, e.g. item: "3/25" (in quotes), not "${p.input}"`,
    (p) =>
      `her skal det stå saken det ble avtalt under, slik dokumentene nummererer den, f.eks. item: "3/25" (i anførselstegn), ikke «${p.input}»`,
  ),
  'schema/text-expected': entry(
    (p: { what: string }) => `expected ${p.what} as text`,
    () => 'her skal det stå tekst',
  ),
  'schema/text-empty': entry(
    (p: { what: string }) => `${p.what} must not be empty`,
    () => 'feltet kan ikke være tomt',
  ),
  'schema/number-expected': entry(
    (p: { what: string }) => `expected ${p.what} as a whole number`,
    () => 'her skal det stå et heltall',
  ),
  'schema/number-at-least': entry(
    (p: { what: string; min: number }) => `${p.what} must be at least ${p.min}`,
    (p) => `tallet må være minst ${p.min}`,
  ),
  'schema/number-at-most': entry(
    (p: { what: string; max: number }) => `${p.what} must be at most ${p.max}`,
    (p) => `tallet kan være høyst ${p.max}`,
  ),
  'schema/month-day-format': entry(
    (p: { input: string }) => `expected a day of the year as MM-DD, e.g. "02-19", not "${p.input}"`,
    (p) => `her skal det stå en dag i året som MM-DD, f.eks. "02-19", ikke «${p.input}»`,
  ),
  'schema/weeks-empty': entry(
    () => 'name at least one week',
    () => 'oppgi minst én uke',
  ),
  'schema/avoid-period': entry(
    (p: { input: string }) =>
      `expected fellesferie, romjul, påske, or a period of your own: { name: vinterferie, weeks: [8] } or { name: høstferie, from: "10-01", to: "10-07" }, not ${p.input}`,
    (p) =>
      `her skal det stå fellesferie, romjul, påske eller en egen periode: { name: vinterferie, weeks: [8] } eller { name: høstferie, from: "10-01", to: "10-07" }, ikke ${p.input}`,
  ),
  'schema/clause-expected': entry(
    () => 'expected the clause as text in quotes, e.g. "4"',
    () => 'her skal punktet i avtalen stå som tekst i anførselstegn, f.eks. "4"',
  ),
  'schema/deviation-year-or-meeting': entry(
    () => 'a deviation names either the year or the meeting the finding is about: one of year or meeting',
    () => 'et avvik oppgir enten året eller møtet funnet gjelder: ett av year eller meeting',
  ),
  'schema/two-parties': entry(
    () => 'an agreement needs at least two parties',
    () => 'en avtale trenger minst to parter',
  ),
  'schema/responsible-empty': entry(
    () => 'name at least one responsible party',
    () => 'oppgi minst én ansvarlig part',
  ),
  'schema/uid-expected': entry(
    () => "expected the meeting's calendar identity as text",
    () => 'her skal møtets kalender-id stå som tekst',
  ),
  'schema/uid-format': entry(
    (p: { input: string }) =>
      `expected the meeting's calendar identity, of lower-case letters, digits, dots and hyphens, not "${p.input}"`,
    (p) => `her skal møtets kalender-id stå, av små bokstaver, sifre, punktum og bindestrek, ikke «${p.input}»`,
  ),

  'schema/more-problems': entry(
    (p: { more: number }) => `and ${p.more} more problem${p.more === 1 ? '' : 's'} like these in this file`,
    (p) => `og ${p.more} ${p.more === 1 ? 'feil' : 'feil'} til av samme slag i denne filen`,
  ),
});

/** Word and Outlook turn "…" into “…”, which YAML keeps as part of the text: `curly` is the value fixed. */
function curlyEn(curly: string | null): string {
  return curly
    ? `. The value is in curly quotes (“ ”), which YAML keeps as part of the text: write straight ones, ${curly}`
    : '';
}

function curlyNb(curly: string | null): string {
  return curly
    ? `. Verdien står i typografiske anførselstegn (“ ”), som YAML regner som en del av teksten: skriv rette, ${curly}`
    : '';
}
