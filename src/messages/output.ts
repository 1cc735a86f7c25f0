/** What the commands print: validate's report, and each command's account of what it did. */
import { entry } from './message.js';
import { cite, counted } from './wording.js';

/** Worded on first use: a command compiles only the areas of the catalogue it says something from. */
export const OUTPUT_MESSAGES = () => ({
  'validate/more-in-file': entry(
    (p: { more: number; file: string }) =>
      `… and ${p.more} more in ${p.file} (partnership validate --format json lists them all)`,
    (p) => `… og ${p.more} til i ${p.file} (partnership validate --format json viser alle)`,
  ),
  'validate/explained-heading': entry(
    () => 'Explained: findings the parties have accepted (deviations in the agreement)',
    () => 'Forklart: funn partene har godtatt (avvik i avtalen)',
  ),
  'validate/accepted': entry(
    () => 'accepted:',
    () => 'godtatt:',
  ),
  'validate/rules-held-back': entry(
    () =>
      "The agreement's rules across files are checked once every file reads cleanly: fix the syntax and schema errors first.",
    () => 'Avtalens regler på tvers av filene sjekkes når alle filene kan leses: rett syntaks- og skjemafeilene først.',
  ),
  'validate/severity': entry(
    (p: { severity: 'error' | 'warning' }) => p.severity,
    (p) => (p.severity === 'error' ? 'feil' : 'advarsel'),
    (p) => (p.severity === 'error' ? 'feil' : 'åtvaring'),
  ),
  'validate/no-problems': entry(
    (p: { records: number; explained: number }) =>
      `${counted(p.records, 'record', 'records')} checked: no problems${p.explained > 0 ? ` (${p.explained} explained)` : ''}`,
    (p) =>
      `${counted(p.records, 'post', 'poster')} sjekket: ingen problemer${p.explained > 0 ? ` (${p.explained} forklart)` : ''}`,
    (p) =>
      `${counted(p.records, 'post', 'postar')} sjekka: ingen problem${p.explained > 0 ? ` (${p.explained} forklarte)` : ''}`,
  ),
  'validate/problems': entry(
    (p: { records: number; errors: number; warnings: number; files: number; explained: number }) =>
      `${counted(p.records, 'record', 'records')} checked: ${counted(p.errors, 'error', 'errors')}, ${counted(p.warnings, 'warning', 'warnings')} in ${counted(p.files, 'file', 'files')}${p.explained > 0 ? ` (${p.explained} explained)` : ''}`,
    (p) =>
      `${counted(p.records, 'post', 'poster')} sjekket: ${counted(p.errors, 'feil', 'feil')}, ${counted(p.warnings, 'advarsel', 'advarsler')} i ${counted(p.files, 'fil', 'filer')}${p.explained > 0 ? ` (${p.explained} forklart)` : ''}`,
    (p) =>
      `${counted(p.records, 'post', 'postar')} sjekka: ${counted(p.errors, 'feil', 'feil')}, ${counted(p.warnings, 'åtvaring', 'åtvaringar')} i ${counted(p.files, 'fil', 'filer')}${p.explained > 0 ? ` (${p.explained} forklarte)` : ''}`,
  ),

  'init/ask-title': entry(
    () => "The agreement's title",
    () => 'Avtalens tittel',
  ),
  'init/ask-party-id': entry(
    (p: { number: number }) => `Party ${p.number}: a short id, e.g. ks or kdd`,
    (p) => `Part ${p.number}: en kort id, f.eks. ks eller kdd`,
  ),
  'init/ask-party-id-form': entry(
    () => 'lower-case letters, digits and hyphens',
    () => 'små bokstaver, sifre og bindestrek',
  ),
  'init/ask-party-id-taken': entry(
    () => 'another party has that id',
    () => 'en annen part har den id-en',
  ),
  'init/ask-party-name': entry(
    (p: { number: number }) => `Party ${p.number}: the full name`,
    (p) => `Part ${p.number}: fullt navn`,
  ),
  'init/ask-party-short': entry(
    (p: { number: number }) => `Party ${p.number}: the short name`,
    (p) => `Part ${p.number}: kortnavn`,
  ),
  'init/ask-required': entry(
    () => 'please write something',
    () => 'skriv noe her',
  ),
  'init/ask-signed': entry(
    () => 'The date it was signed (YYYY-MM-DD or DD.MM.YYYY)',
    () => 'Datoen den ble inngått (ÅÅÅÅ-MM-DD eller DD.MM.ÅÅÅÅ)',
  ),
  'init/ask-end': entry(
    () => 'The last day of its term (YYYY-MM-DD or DD.MM.YYYY)',
    () => 'Siste dag i avtaleperioden (ÅÅÅÅ-MM-DD eller DD.MM.ÅÅÅÅ)',
  ),
  'init/ask-date-form': entry(
    () => 'a date such as 2024-03-01 or 01.03.2024',
    () => 'en dato som 2024-03-01 eller 01.03.2024',
  ),
  'init/ask-convener': entry(
    () => 'Who convenes the meetings (sends the notice and the case documents)?',
    () => 'Hvem kaller inn til møtene (sender innkallingen og saksdokumentene)?',
  ),
  'commit/approve': entry(
    (p: { date: string }) => `Approve the minutes of ${p.date}`,
    (p) => `Godkjenn referatet fra ${p.date}`,
  ),
  'commit/cancel': entry(
    (p: { date: string }) => `Cancel the meeting of ${p.date}`,
    (p) => `Avlys møtet ${p.date}`,
  ),
  'commit/move': entry(
    (p: { date: string; to: string }) => `Move the meeting of ${p.date} to ${p.to}`,
    (p) => `Flytt møtet ${p.date} til ${p.to}`,
  ),
  'approve/already': entry(
    (p: { date: string; approved: string }) =>
      `The minutes of ${p.date} are already recorded as approved ${p.approved}; nothing to do.`,
    (p) => `Referatet fra ${p.date} er allerede ført som godkjent ${p.approved}; ingenting å gjøre.`,
  ),
  'approve/recorded': entry(
    (p: { file: string; date: string; approved: string; via: 'meeting' | 'email' | null; before: string | null }) =>
      `Recorded in ${p.file}: the minutes of ${p.date} were approved ${p.approved}${p.via === 'meeting' ? ' in the meeting held that day' : p.via === 'email' ? ' by e-mail' : ''}${p.before ? ` (it said ${p.before})` : ''}.`,
    (p) =>
      `Ført i ${p.file}: referatet fra ${p.date} ble godkjent ${p.approved}${p.via === 'meeting' ? ' i møtet som ble holdt den dagen' : p.via === 'email' ? ' på e-post' : ''}${p.before ? ` (det sto ${p.before})` : ''}.`,
  ),
  'cancel/already': entry(
    (p: { date: string }) => `The meeting on ${p.date} is already recorded as cancelled; nothing to do.`,
    (p) => `Møtet ${p.date} er allerede ført som avlyst; ingenting å gjøre.`,
  ),
  'cancel/recorded': entry(
    (p: { file: string; date: string; sent: string | null; meeting: string }) =>
      p.sent
        ? `Recorded in ${p.file}: the meeting of ${p.date} is cancelled, the avlysning sent ${p.sent}.`
        : `Recorded in ${p.file}: the meeting of ${p.date} is cancelled.\n  Send the avlysning (partnership render agenda ${p.meeting} writes it), then record the day: partnership cancel ${p.meeting} --sent DATE.`,
    (p) =>
      p.sent
        ? `Ført i ${p.file}: møtet ${p.date} er avlyst, avlysningen sendt ${p.sent}.`
        : `Ført i ${p.file}: møtet ${p.date} er avlyst.\n  Send avlysningen (partnership render agenda ${p.meeting} skriver den), og før så dagen: partnership cancel ${p.meeting} --sent DATO.`,
  ),
  'move/moved': entry(
    (p: { date: string; to: string; time: string | null; from: string; file: string; uid: string }) =>
      `Moved the meeting of ${p.date} to ${p.to}${p.time ? ` at ${p.time}` : ''}: ${p.file === p.from ? p.file : `${p.from} is now ${p.file}`}, with its calendar identity (${p.uid}).`,
    (p) =>
      `Flyttet møtet ${p.date} til ${p.to}${p.time ? ` kl. ${p.time}` : ''}: ${p.file === p.from ? p.file : `${p.from} heter nå ${p.file}`}, med samme kalender-id (${p.uid}).`,
  ),
  'move/deadlines': entry(
    (p: { notice: string; documents: string }) =>
      `  The notice is due by ${p.notice}, the case documents by ${p.documents}.`,
    (p) => `  Innkallingen skal sendes innen ${p.notice}, saksdokumentene innen ${p.documents}.`,
  ),
  'move/notice-already-sent': entry(
    (p: { sent: string; date: string; meeting: string }) =>
      `Note: the notice went out ${p.sent} for ${p.date}: send word of the new date (partnership invite ${p.meeting} makes the calendar update) and record the day in notice_sent.`,
    (p) =>
      `Merk: innkallingen ble sendt ${p.sent} for ${p.date}: gi beskjed om den nye datoen (partnership invite ${p.meeting} lager kalenderoppdateringen), og før dagen i notice_sent.`,
  ),
  'new-meeting/comment-turn': entry(
    (p: { turn: number }) => ` turn ${p.turn} in the rotation`,
    (p) => ` tur ${p.turn} i rotasjonen`,
  ),
  'new-meeting/comment-notice': entry(
    (p: { convener: string; held: boolean; due: string }) =>
      ` ${p.convener} ${p.held ? 'was to send' : 'sends'} the notice by ${p.due}`,
    (p) => ` ${p.convener} ${p.held ? 'skulle sende' : 'sender'} innkallingen innen ${p.due}`,
  ),
  'new-meeting/comment-documents': entry(
    (p: { convener: string; held: boolean; due: string }) =>
      ` ${p.convener} ${p.held ? 'was to send' : 'sends'} the case documents by ${p.due}`,
    (p) => ` ${p.convener} ${p.held ? 'skulle sende' : 'sender'} saksdokumentene innen ${p.due}`,
  ),
  'new-meeting/wrote': entry(
    (p: { file: string; held: boolean; date: string; time: string }) =>
      `Wrote ${p.file}: a ${p.held ? 'held' : 'planned'} meeting on ${p.date} at ${p.time}.`,
    (p) => `Skrev ${p.file}: et ${p.held ? 'holdt' : 'planlagt'} møte ${p.date} kl. ${p.time}.`,
  ),
  'new-meeting/chair': entry(
    (p: { party: string }) => `  Chair:    ${p.party}`,
    (p) => `  Møteleder: ${p.party}`,
  ),
  'new-meeting/minutes': entry(
    (p: { party: string }) => `  Minutes:  ${p.party}`,
    (p) => `  Referent:  ${p.party}`,
  ),
  'new-meeting/deadlines': entry(
    (p: { convener: string; held: boolean; notice: string; documents: string }) =>
      `  ${p.convener} ${p.held ? 'was to send' : 'sends'} the notice by ${p.notice} and the case documents by ${p.documents}.`,
    (p) =>
      `  ${p.convener} ${p.held ? 'skulle sende' : 'sender'} innkallingen innen ${p.notice} og saksdokumentene innen ${p.documents}.`,
  ),
  'new-meeting/not-a-working-day': entry(
    (p: { date: string; why: string }) => `Note: ${p.date} is ${p.why}.`,
    (p) => `Merk: ${p.date} er ${p.why}.`,
  ),
  'new-meeting/fill-in-held': entry(
    () =>
      '  Fill in its agenda, the days the notice and the documents went out (notice_sent, documents_sent) and the minutes below the fields.',
    () =>
      '  Fyll inn sakslisten, dagene innkallingen og dokumentene ble sendt (notice_sent, documents_sent) og referatet under feltene.',
  ),
  'new-meeting/notice-overdue': entry(
    (p: { due: string }) => `Note: the notice should already have gone out (by ${p.due}).`,
    (p) => `Merk: innkallingen skulle allerede vært sendt (innen ${p.due}).`,
  ),
  'new-meeting/later-turns': entry(
    (p: { count: number; date: string }) =>
      `Note: ${counted(p.count, 'meeting', 'meetings')} after ${p.date} now take${p.count === 1 ? 's' : ''} later turns in the rotation: run partnership validate.`,
    (p) =>
      `Merk: ${counted(p.count, 'møte', 'møter')} etter ${p.date} får nå senere plass i rotasjonen: kjør partnership validate.`,
  ),
  'next-meeting/none': entry(
    () => 'No meeting ahead: nothing is planned, and nothing is proposed.',
    () => 'Ingen møter fram i tid: ingenting er planlagt, og ingenting er foreslått.',
  ),
  'next-meeting/why': entry(
    () => 'Why:',
    () => 'Hvorfor:',
  ),
  'next-meeting/heading': entry(
    () => 'Next meeting:',
    () => 'Neste møte:',
  ),
  'next-meeting/when': entry(
    (p: { weekday: number; date: string; time: string | null }) =>
      `${['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'][p.weekday - 1]} ${p.date}${p.time ? ` at ${p.time}` : ''}`,
    (p) =>
      `${['mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag', 'søndag'][p.weekday - 1]} ${p.date}${p.time ? ` kl. ${p.time}` : ''}`,
  ),
  'next-meeting/planned-in': entry(
    (p: { meeting: string }) => `planned (meetings/${p.meeting}.md)`,
    (p) => `planlagt (meetings/${p.meeting}.md)`,
  ),
  'next-meeting/proposed': entry(
    () => 'proposed; no meeting is planned ahead',
    () => 'foreslått; ingen møter er planlagt fram i tid',
  ),
  'next-meeting/details': entry(
    (p: {
      due: string;
      clause: string | null;
      chair: string;
      minutes: string;
      convener: string;
      notice: string;
      documents: string;
      place: string | null;
    }) =>
      [
        `  Due by:    ${p.due}${p.clause ? ` (${p.clause})` : ''}`,
        `  Chair:     ${p.chair}`,
        `  Minutes:   ${p.minutes}`,
        `  Convener:  ${p.convener} sends the notice by ${p.notice} and the case documents by ${p.documents}`,
        ...(p.place ? [`  Place:     ${p.place}`] : []),
      ].join('\n'),
    (p) =>
      [
        `  Frist:     ${p.due}${p.clause ? ` (${p.clause})` : ''}`,
        `  Møteleder: ${p.chair}`,
        `  Referent:  ${p.minutes}`,
        `  Innkaller: ${p.convener} sender innkallingen innen ${p.notice} og saksdokumentene innen ${p.documents}`,
        ...(p.place ? [`  Sted:      ${p.place}`] : []),
      ].join('\n'),
  ),
  'next-meeting/in-term': entry(
    () => '  In term:   yes',
    () => '  I perioden: ja',
  ),
  'next-meeting/not-in-term': entry(
    () => 'no: see below',
    () => 'nei: se nedenfor',
  ),
  'next-meeting/not-in-term-label': entry(
    () => '  In term:   ',
    () => '  I perioden: ',
  ),
  'next-meeting/to-plan': entry(
    (p: { date: string }) => `To plan it: partnership new meeting --date ${p.date}`,
    (p) => `For å planlegge det: partnership new meeting --date ${p.date}`,
  ),
  'next-meeting/wrote-ics': entry(
    (p: { file: string }) => `Wrote the meeting to ${p.file}`,
    (p) => `Skrev møtet til ${p.file}`,
  ),
  'init/created': entry(
    (p: { title: string; where: string }) => `Created the records of "${p.title}" in ${p.where}:`,
    (p) => `Opprettet arkivet for «${p.title}» i ${p.where}:`,
  ),
  'init/not-committed': entry(
    () => '  (not committed: --no-commit)',
    () => '  (ikke lagret som versjon: --no-commit)',
  ),
  'init/committed': entry(
    (p: { commit: string; isNew: boolean }) => `  committed as ${p.commit}${p.isNew ? ' in a new git repository' : ''}`,
    (p) => `  lagret som versjon ${p.commit}${p.isNew ? ' i et nytt git-repositorium' : ''}`,
  ),
  'init/commit-later': entry(
    (p: { problem: string }) => `  (a git repository, not yet committed: ${p.problem}, then git add -A && git commit)`,
    (p) => `  (et git-repositorium, ennå ikke lagret som versjon: ${p.problem}, så git add -A && git commit)`,
  ),
  'init/next': entry(
    () => 'Next:',
    () => 'Neste steg:',
  ),
  'init/paste-text': entry(
    () =>
      "  then paste the agreement's text into agreement/agreement.md, and fill in clauses, focus_areas and the signatories",
    () => '  lim så inn avtaleteksten i agreement/agreement.md, og fyll inn clauses, focus_areas og signatarene',
  ),
  'init/past-not-recorded': entry(
    (p: { count: number; findings: string }) =>
      `validate reports ${counted(p.count, 'error', 'errors')} until the past is recorded: ${p.findings}. Record the meetings held so far in meetings/, or what the parties accepted under deviations.`,
    (p) =>
      `validate melder ${counted(p.count, 'feil', 'feil')} til fortiden er ført: ${p.findings}. Før møtene som er holdt så langt i meetings/, eller det partene har godtatt under deviations.`,
  ),
  'commit/init': entry(
    (p: { title: string }) => `Create the records of ${p.title}`,
    (p) => `Opprett arkivet for ${p.title}`,
  ),
  'new-annual-plan/comment-status': entry(
    () => ' adopted, with adopted_in, once a held meeting adopts it',
    () => ' adopted, med adopted_in, når et holdt møte vedtar den',
  ),
  'new-annual-plan/comment-unfinished': entry(
    (p: { year: number }) => ` Not finished in ${p.year}: keep, change or remove them`,
    (p) => ` Ikke fullført i ${p.year}: behold, endre eller fjern dem`,
  ),
  'new-annual-plan/wrote': entry(
    (p: { file: string; year: number; unfinished: number; previous: boolean }) =>
      `Wrote ${p.file}: a draft annual plan for ${p.year}.${
        p.unfinished > 0
          ? ` ${p.unfinished} unfinished ${p.unfinished === 1 ? 'priority' : 'priorities'} from ${p.year - 1} to start from.`
          : p.previous
            ? ` The ${p.year - 1} plan left no priority unfinished.`
            : ''
      }\nAdd the priorities for each focus area, and record the meeting that adopts it (status: adopted, adopted_in).`,
    (p) =>
      `Skrev ${p.file}: et utkast til årsplan for ${p.year}.${
        p.unfinished > 0
          ? ` ${p.unfinished} ${p.unfinished === 1 ? 'prioritet' : 'prioriteter'} som ikke ble fullført i ${p.year - 1}, å begynne med.`
          : p.previous
            ? ` Planen for ${p.year - 1} ble fullført.`
            : ''
      }\nLegg til prioriteringene for hvert fokusområde, og før møtet som vedtar den (status: adopted, adopted_in).`,
  ),
  'render/wrote': entry(
    (p: { what: 'cancellation' | 'agenda' | 'minutes'; meeting: string; file: string }) =>
      `Wrote the ${p.what === 'cancellation' ? 'cancellation notice (avlysning)' : p.what === 'agenda' ? 'agenda (innkalling)' : 'minutes (referat)'} of meeting ${p.meeting} to ${p.file}`,
    (p) =>
      `Skrev ${p.what === 'cancellation' ? 'avlysningen' : p.what === 'agenda' ? 'innkallingen' : 'referatet'} for møtet ${p.meeting} til ${p.file}`,
  ),
  'invite/sent': entry(
    (p: { meeting: string; invitees: number; server: string; answer: string }) =>
      `Sent the invitation to meeting ${p.meeting} to ${p.invitees} ${p.invitees === 1 ? 'invitee' : 'invitees'} through ${p.server} (${p.answer}).`,
    (p) =>
      `Sendte invitasjonen til møtet ${p.meeting} til ${p.invitees} mottaker${p.invitees === 1 ? '' : 'e'} gjennom ${p.server} (${p.answer}).`,
  ),
  'invite/wrote': entry(
    (p: { method: string; meeting: string; file: string; invitees: number; sequence: number }) =>
      `Wrote the invitation (${p.method}, sequence ${p.sequence}) to meeting ${p.meeting} for ${p.invitees} ${p.invitees === 1 ? 'invitee' : 'invitees'} to ${p.file}: open it in your mail client, check it and send it from your own account.`,
    (p) =>
      `Skrev invitasjonen (${p.method}, sekvens ${p.sequence}) til møtet ${p.meeting} for ${p.invitees} mottaker${p.invitees === 1 ? '' : 'e'} til ${p.file}: åpne den i e-postprogrammet, se over og send den fra din egen konto.`,
  ),
  'remind/duty': entry(
    (p: { kind: string; date: string; subject: string; clause: string | null }) =>
      `${p.date}  ${dutyIn(DUTY_EN, p.kind, p.subject)}${cite(p.clause)}`,
    (p) => `${p.date}  ${dutyIn(DUTY_NB, p.kind, p.subject)}${cite(p.clause)}`,
  ),
  'remind/settle': entry(
    (p: { command: string | null; field: string | null; file: string | null }) =>
      `: ${p.command ?? ''}${p.field && p.file ? `${p.command ? ', then record' : 'record'} ${p.field} in ${p.file}` : ''}`,
    (p) =>
      `: ${p.command ?? ''}${p.field && p.file ? `${p.command ? ', og før så inn' : 'før inn'} ${p.field} i ${p.file}` : ''}`,
  ),
  'remind/overdue': entry(
    () => 'Overdue',
    () => 'Forfalt',
  ),
  'remind/coming': entry(
    (p: { until: string }) => `Coming due, to ${p.until}`,
    (p) => `Forfaller snart, til ${p.until}`,
  ),
  'remind/nothing': entry(
    (p: { within: number }) => `Nothing is overdue or due in the next ${p.within} days.`,
    (p) => `Ingenting er forfalt eller forfaller de neste ${p.within} dagene.`,
  ),
  'remind/github-title': entry(
    (p: { week: number; year: number }) => `Duties under the agreement, week ${p.week} of ${p.year}`,
    (p) => `Frister etter avtalen, uke ${p.week} ${p.year}`,
  ),
  'remind/github-intro': entry(
    (p: { today: string; within: number }) =>
      `What is overdue, and what falls due in the ${p.within} days from ${p.today}, from the agreement's records. The daily workflow updates this issue; tick a box when it is done, and record it in the files.`,
    (p) =>
      `Det som er forfalt, og det som forfaller de ${p.within} dagene fra ${p.today}, ut fra avtalens filer. Den daglige kjøringen oppdaterer denne saken; kryss av når noe er gjort, og før det inn i filene.`,
  ),
  'remind/within': entry(
    (p: { value: string }) => `--within takes a number of days (0 to 9999), not "${p.value}"`,
    (p) => `--within tar et antall dager (0 til 9999), ikke «${p.value}»`,
  ),
  'render/dated-today': entry(
    (p: { field: 'notice_sent' | 'cancellation_sent' | 'minutes_sent'; today: string }) =>
      `Note: dated today (${p.today}), as the record has no ${p.field}: record the day it goes out in ${p.field}, and it keeps that date whenever it is written again.`,
    (p) =>
      `Merk: datert i dag (${p.today}), fordi posten ikke har ${p.field}: før inn dagen det sendes i ${p.field}, så beholder dokumentet den datoen hver gang det skrives på nytt.`,
  ),
  'render/no-named-signer': entry(
    (p: { party: string }) =>
      `Warning: the document is signed by the party alone, with no person named: letters and referater between a ministry and KS are signed by a named officer. Give party ${p.party} a contact (name and title) in agreement/agreement.md.`,
    (p) =>
      `Advarsel: dokumentet er undertegnet av parten alene, uten en navngitt person: brev og referater mellom et departement og KS undertegnes av en navngitt saksbehandler. Gi parten ${p.party} en contact (name og title) i agreement/agreement.md.`,
  ),
  'signatory/used': entry(
    (p: { party: string; name: string; title: string; since: string }) =>
      `Signed for ${p.party} by ${p.name}${p.title ? `, ${p.title}` : ''}: the record's signatory since ${p.since}.`,
    (p) => `Signeres for ${p.party} av ${p.name}${p.title ? `, ${p.title}` : ''}: signataren i avtalen fra ${p.since}.`,
  ),
  'signatory/given': entry(
    (p: { party: string; name: string; title: string }) =>
      `Signed for ${p.party} by ${p.name}, ${p.title}: as --signatory gives it.`,
    (p) => `Signeres for ${p.party} av ${p.name}, ${p.title}: slik --signatory oppgir.`,
  ),
  'signatory/none': entry(
    (p: { party: string; id: string }) =>
      `Warning: the record names no signatory for ${p.party}: the document leaves the name to be written in (--signatory ${p.id}="NAME, TITLE" names one).`,
    (p) =>
      `Advarsel: avtalen har ingen signatar for ${p.party}: dokumentet lar navnet stå åpent (--signatory ${p.id}="NAVN, TITTEL" oppgir en).`,
  ),
  'signatory/not-since-renamed': entry(
    (p: { party: string; renamed: string; id: string }) =>
      `Warning: ${p.party}'s signatory has not changed since the party took its present name on ${p.renamed}: check it, and record a new one under changes, or give --signatory ${p.id}="NAME, TITLE".`,
    (p) =>
      `Advarsel: signataren for ${p.party} er ikke endret siden parten fikk navnet sitt ${p.renamed}: sjekk den, og før en ny under changes, eller gi --signatory ${p.id}="NAVN, TITTEL".`,
  ),
  'signatory/unchanged-since-signing': entry(
    (p: { party: string; since: string; id: string }) =>
      `Warning: ${p.party}'s signatory is the one from the signing on ${p.since}, more than a year ago: check it is still who signs, or give --signatory ${p.id}="NAME, TITLE".`,
    (p) =>
      `Advarsel: signataren for ${p.party} er den fra inngåelsen ${p.since}, for mer enn et år siden: sjekk at det fortsatt er den som signerer, eller gi --signatory ${p.id}="NAVN, TITTEL".`,
  ),
  'signatory/other-body': entry(
    (p: { party: string; title: string; body: string; id: string }) =>
      `Warning: ${p.party}'s signatory is "${p.title}", a minister of another ministry than ${p.body}: record who signs now under changes, or give --signatory ${p.id}="NAME, TITLE".`,
    (p) =>
      `Advarsel: signataren for ${p.party} er «${p.title}», statsråd i et annet departement enn ${p.body}: før hvem som signerer nå under changes, eller gi --signatory ${p.id}="NAVN, TITTEL".`,
  ),
  'renew/wrote': entry(
    (p: { file: string }) => `Wrote the renewal protocol to ${p.file}`,
    (p) => `Skrev forlengelsesprotokollen til ${p.file}`,
  ),
  'commit/renew': entry(
    (p: {
      year: number;
      clause: string | null;
      decided: string;
      title: string;
      end: string;
      years: number;
      agreement: string;
      notice: string;
    }) =>
      `Extend the agreement from ${p.year}${cite(p.clause)}\n\nThe parties decided on ${p.decided} to extend "${p.title}" to ${p.end}.\nThe agreement is extended ${p.years === 1 ? 'one year' : `${p.years} years`} at a time while the evaluation is pending, as it is.\nRecords the extension in ${p.agreement} and the renewal protocol in ${p.notice}.`,
    (p) =>
      `Forleng avtalen fra ${p.year}${cite(p.clause)}\n\nPartene besluttet ${p.decided} å forlenge «${p.title}» til ${p.end}.\nAvtalen forlenges ${p.years === 1 ? 'ett år' : `${p.years} år`} av gangen i påvente av evalueringen, slik den sier.\nFører forlengelsen i ${p.agreement} og forlengelsesprotokollen i ${p.notice}.`,
  ),
  'terminate/effective': entry(
    (p: { effective: string; notified: string; months: number; rule: 'same-date' | 'end-of-month'; capped: boolean }) =>
      `Effective ${p.effective}: notice received ${p.notified}, plus ${p.months === 1 ? "1 month's" : `${p.months} months'`} notice (notice_rule: ${p.rule}: ${p.rule === 'same-date' ? 'the same day of the month, or the last day of a shorter month' : 'to the end of that month'})${p.capped ? `; the term ends earlier, on ${p.effective}` : ''}.`,
    (p) =>
      `Virkning fra ${p.effective}: oppsigelse mottatt ${p.notified}, pluss ${p.months === 1 ? 'én måneds' : `${p.months} måneders`} oppsigelsestid (notice_rule: ${p.rule}: ${p.rule === 'same-date' ? 'samme dag i måneden, eller siste dag i en kortere måned' : 'til slutten av den måneden'})${p.capped ? `; avtaleperioden slutter før, ${p.effective}` : ''}.`,
  ),
  'terminate/wrote': entry(
    (p: { file: string }) => `Wrote the termination notice to ${p.file}`,
    (p) => `Skrev oppsigelsen til ${p.file}`,
  ),
  'commit/terminate': entry(
    (p: {
      by: string;
      effective: string;
      clause: string | null;
      party: string;
      title: string;
      notified: string;
      months: number;
      rule: string;
      agreement: string;
      notice: string;
    }) =>
      `Record the termination of the agreement by ${p.by}, effective ${p.effective}${cite(p.clause)}\n\n${p.party} gave notice of termination of "${p.title}", received ${p.notified}.\nThe agreement ends on ${p.months === 1 ? "1 month's" : `${p.months} months'`} notice${cite(p.clause)}; by notice_rule ${p.rule} it ends ${p.effective}.\nRecords the termination in ${p.agreement} and the notice in ${p.notice}.`,
    (p) =>
      `Før oppsigelsen av avtalen fra ${p.by}, med virkning fra ${p.effective}${cite(p.clause)}\n\n${p.party} sa opp «${p.title}», mottatt ${p.notified}.\nAvtalen opphører med ${p.months === 1 ? 'én måneds' : `${p.months} måneders`} oppsigelsestid${cite(p.clause)}; etter notice_rule ${p.rule} opphører den ${p.effective}.\nFører oppsigelsen i ${p.agreement} og brevet i ${p.notice}.`,
  ),
  'report/wrote-charts': entry(
    (p: { count: number; folder: string }) => `Wrote ${p.count} charts to ${p.folder}, each as SVG and PNG.`,
    (p) => `Skrev ${p.count} figurer til ${p.folder}, hver som SVG og PNG.`,
  ),
  'report/wrote': entry(
    (p: { format: string; file: string }) => `Wrote the evaluation report (${p.format}) to ${p.file}`,
    (p) => `Skrev evalueringsrapporten (${p.format}) til ${p.file}`,
  ),
  'portfolio/heading': entry(
    (p: { today: string; count: number }) =>
      `${counted(p.count, 'agreement', 'agreements')} on ${p.today}, sorted by what comes due first`,
    (p) => `${counted(p.count, 'avtale', 'avtaler')} ${p.today}, sortert etter det som forfaller først`,
  ),
  'portfolio/col-due': entry(
    () => 'Due first',
    () => 'Forfaller først',
  ),
  'portfolio/col-agreement': entry(
    () => 'Agreement',
    () => 'Avtale',
  ),
  'portfolio/col-in-force': entry(
    () => 'In force until',
    () => 'Gjelder til og med',
  ),
  'portfolio/not-in-force': entry(
    () => 'not in force',
    () => 'gjelder ikke',
  ),
  'portfolio/col-renewal': entry(
    () => 'Next extension: decide by',
    () => 'Neste forlengelse: besluttes innen',
  ),
  'portfolio/col-meetings': entry(
    (p: { year: number }) => `Held/required ${p.year}`,
    (p) => `Holdt/krevd ${p.year}`,
  ),
  'portfolio/col-next': entry(
    () => 'Next meeting',
    () => 'Neste møte',
  ),
  'portfolio/col-minutes': entry(
    () => 'Minutes to approve',
    () => 'Referater til godkjenning',
  ),
  'portfolio/col-open': entry(
    () => 'Open actions/obligations',
    () => 'Åpne oppfølgingspunkter/plikter',
  ),
  'portfolio/col-findings': entry(
    () => 'Errors/warnings',
    () => 'Feil/advarsler',
  ),
  'portfolio/skip': entry(
    () => 'Skip to the table',
    () => 'Hopp til tabellen',
  ),
  'portfolio/cannot-read': entry(
    (p: { source: string; problem: string; errors: number }) => `${p.source} cannot be read: ${p.problem}`,
    (p) => `${p.source} kan ikke leses: ${p.problem}`,
  ),
  'portfolio/has-errors': entry(
    (p: { source: string; problem: string; errors: number }) =>
      `${p.source} has ${counted(p.errors, 'error', 'errors')} (run partnership validate there), the first: ${p.problem}`,
    (p) =>
      `${p.source} har ${counted(p.errors, 'feil', 'feil')} (kjør partnership validate der), den første: ${p.problem}`,
  ),
  'portfolio/wrote': entry(
    (p: { format: string; file: string }) => `Wrote the portfolio (${p.format}) to ${p.file}`,
    (p) => `Skrev porteføljen (${p.format}) til ${p.file}`,
  ),
  'portfolio/wrote-calendar': entry(
    (p: { count: number; file: string }) =>
      `Wrote ${counted(p.count, 'date', 'dates')} of every agreement to ${p.file}`,
    (p) => `Skrev ${counted(p.count, 'dato', 'datoer')} fra alle avtalene til ${p.file}`,
  ),
  'portfolio/calendar-name': entry(
    () => 'Agreements: meetings and deadlines',
    () => 'Avtaler: møter og frister',
  ),
  'site/wrote-public': entry(
    (p: { pages: number; folder: string }) =>
      `Wrote the public site, ${counted(p.pages, 'page', 'pages')}, to ${p.folder}: nothing exempt from public access, and no personal name outside a published document`,
    (p) =>
      `Skrev det offentlige nettstedet, ${counted(p.pages, 'side', 'sider')}, til ${p.folder}: ikke noe som er unntatt offentlighet, og ingen personnavn utenfor et publisert dokument`,
  ),
  'site/wrote-internal': entry(
    (p: { pages: number; folder: string }) =>
      `Wrote the internal site, ${counted(p.pages, 'page', 'pages')}, to ${p.folder}: it holds what is exempt from public access, so keep it off any public server`,
    (p) =>
      `Skrev det interne nettstedet, ${counted(p.pages, 'side', 'sider')}, til ${p.folder}: det har med det som er unntatt offentlighet, så hold det unna offentlige servere`,
  ),
  'calendar/wrote': entry(
    (p: { count: number; file: string | null }) =>
      `Wrote ${counted(p.count, 'upcoming date', 'upcoming dates')} to ${p.file ?? 'standard output'}:`,
    (p) => `Skrev ${counted(p.count, 'kommende dato', 'kommende datoer')} til ${p.file ?? 'standard ut'}:`,
  ),
  'calendar/cancelled': entry(
    () => ' (cancelled)',
    () => ' (avlyst)',
  ),
  'schema/wrote': entry(
    (p: { file: string }) => `wrote ${p.file}`,
    (p) => `skrev ${p.file}`,
  ),
  'status/terminated': entry(
    (p: { party: string; notified: string; inForce: boolean; effective: string }) =>
      `terminated by ${p.party} (notice ${p.notified}), ${p.inForce ? 'in force until' : 'ended'} ${p.effective}`,
    (p) =>
      `sagt opp av ${p.party} (oppsigelse ${p.notified}), ${p.inForce ? 'gjelder til og med' : 'endte'} ${p.effective}`,
  ),
  'status/in-force-until': entry(
    (p: { lastDay: string }) => `in force until ${p.lastDay}`,
    (p) => `gjelder til og med ${p.lastDay}`,
  ),
  'status/not-yet': entry(
    (p: { signed: string }) => `not yet in force (from ${p.signed})`,
    (p) => `gjelder ennå ikke (fra ${p.signed})`,
  ),
  'status/ran-out': entry(
    (p: { lastDay: string }) => `not in force: ran out ${p.lastDay}`,
    (p) => `gjelder ikke: gikk ut ${p.lastDay}`,
  ),
  'status/none': entry(
    () => 'none',
    () => 'ingen',
  ),
  'status/agreement': entry(
    (p: {
      signed: string;
      extensions: readonly { year: number; decided: string }[];
      completed: string | null;
      due: string;
      clause: string | null;
    }) =>
      [
        `  Signed:      ${p.signed}`,
        `  Extensions:  ${p.extensions.length === 0 ? 'none' : p.extensions.map((extension) => `${extension.year} (decided ${extension.decided})`).join(', ')}`,
        `  Evaluation:  ${p.completed ? `completed ${p.completed}` : `due ${p.due}, not recorded`}${cite(p.clause)}`,
      ].join('\n'),
    (p) =>
      [
        `  Inngått:     ${p.signed}`,
        `  Forlenget:   ${p.extensions.length === 0 ? 'nei' : p.extensions.map((extension) => `${extension.year} (besluttet ${extension.decided})`).join(', ')}`,
        `  Evaluering:  ${p.completed ? `gjennomført ${p.completed}` : `frist ${p.due}, ikke ført`}${cite(p.clause)}`,
      ].join('\n'),
  ),
  'status/status-label': entry(
    () => '  Status:      ',
    () => '  Status:      ',
  ),
  'status/renewal-due': entry(
    (p: { decideBy: string; year: number }) =>
      `Renewal: the term runs out ${p.decideBy}; decide an extension from ${p.year} by then (partnership renew --year ${p.year})`,
    (p) =>
      `Forlengelse: perioden går ut ${p.decideBy}; besluttet en forlengelse fra ${p.year} innen da (partnership renew --year ${p.year})`,
  ),
  'status/meetings-heading': entry(
    (p: { year: number }) => `Meetings in ${p.year}:`,
    (p) => `Møter i ${p.year}:`,
  ),
  'status/meetings': entry(
    (p: { held: number; planned: number; required: number; clause: string | null }) =>
      `${p.held} held, ${p.planned} planned, ${p.required} required${cite(p.clause)}`,
    (p) => `${p.held} holdt, ${p.planned} planlagt, ${p.required} påkrevd${cite(p.clause)}`,
  ),
  'status/not-in-force-this-year': entry(
    () => 'the agreement is not in force this year',
    () => 'avtalen gjelder ikke i år',
  ),
  'status/next-none': entry(
    () => 'none: the agreement has ended (partnership next-meeting tells why)',
    () => 'ingen: avtalen er slutt (partnership next-meeting forteller hvorfor)',
  ),
  'status/next': entry(
    (p: { date: string; source: 'planned' | 'proposed'; chair: string; minutes: string }) =>
      `${p.date} (${p.source}), chair ${p.chair}, minutes ${p.minutes}`,
    (p) =>
      `${p.date} (${p.source === 'planned' ? 'planlagt' : 'foreslått'}), møteleder ${p.chair}, referent ${p.minutes}`,
  ),
  'status/outside-term': entry(
    () => ', outside the term',
    () => ', utenfor avtaleperioden',
  ),
  'status/tells-more': entry(
    () => ': partnership next-meeting tells more',
    () => ': partnership next-meeting forteller mer',
  ),
  'status/obligations-heading': entry(
    () => 'Open obligations:',
    () => 'Åpne forpliktelser:',
  ),
  'status/obligation': entry(
    (p: { id: string; clause: string; text: string; due: string }) => `${p.id} (§${p.clause}): ${p.text}; due ${p.due}`,
    (p) => `${p.id} (§${p.clause}): ${p.text}; frist ${p.due}`,
  ),
  'status/overdue': entry(
    () => ', overdue',
    () => ', forfalt',
  ),
  'status/minutes-heading': entry(
    () => 'Minutes awaiting approval:',
    () => 'Referater som venter på godkjenning:',
  ),
  'status/minutes': entry(
    (p: { meeting: string }) =>
      `meeting ${p.meeting}: once both parties have approved the referat, partnership approve ${p.meeting} --date <the day>`,
    (p) =>
      `møtet ${p.meeting}: når begge parter har godkjent referatet, partnership approve ${p.meeting} --date <dagen>`,
  ),
  'status/plan-heading': entry(
    (p: { year: number }) => `Annual plan for ${p.year}:`,
    (p) => `Årsplan for ${p.year}:`,
  ),
  'status/plan-status': entry(
    (p: { status: 'draft' | 'adopted' }) => `  ${p.status}`,
    (p) => `  ${p.status === 'draft' ? 'utkast' : 'vedtatt'}`,
  ),
  'status/priority': entry(
    (p: { title: string; status: string; due: string | null }) =>
      `  - ${p.title}: ${p.status}${p.due ? `, due ${p.due}` : ''}`,
    (p) =>
      `  - ${p.title}: ${({ planned: 'planlagt', ongoing: 'pågår', done: 'utført', dropped: 'droppet' } as Record<string, string>)[p.status] ?? p.status}${p.due ? `, frist ${p.due}` : ''}`,
  ),
  'status/actions-heading': entry(
    () => 'Open actions (oppfølging):',
    () => 'Åpne oppfølgingspunkter:',
  ),
  'status/action': entry(
    (p: { text: string; responsible: string; due: string | null }) =>
      `${p.text}; ${p.responsible}${p.due ? `, due ${p.due}` : ''}`,
    (p) => `${p.text}; ${p.responsible}${p.due ? `, frist ${p.due}` : ''}`,
  ),
  'status/action-meeting': entry(
    (p: { meeting: string }) => ` (meeting ${p.meeting})`,
    (p) => ` (møtet ${p.meeting})`,
  ),
  'status/consultations-heading': entry(
    (p: { clause: string | null }) => `Open consultations${cite(p.clause)}:`,
    (p) => `Åpne konsultasjonssaker${cite(p.clause)}:`,
  ),
  'status/consultation': entry(
    (p: { id: string; question: string; party: string; meeting: string }) =>
      `${p.id}: ${p.question}; raised by ${p.party} in meeting ${p.meeting}, not yet brought`,
    (p) => `${p.id}: ${p.question}; tatt opp av ${p.party} i møtet ${p.meeting}, ennå ikke brakt inn`,
  ),
  'status/related-heading': entry(
    (p: { clause: string | null }) => `Related agreements that have run out${cite(p.clause)}:`,
    (p) => `Tilknyttede avtaler som har gått ut${cite(p.clause)}:`,
  ),
  'status/related': entry(
    (p: { id: string; title: string; end: string }) => `${p.id}: ${p.title}; ended ${p.end}`,
    (p) => `${p.id}: ${p.title}; gikk ut ${p.end}`,
  ),
  'init/comment-created': entry(
    (p: { today: string }) =>
      ` Created by partnership init on ${p.today}. The fields are described in the guide (docs/brukerveiledning.md)\n and, for editors, in the JSON Schemas that partnership schema writes.`,
    (p) =>
      ` Laget av partnership init ${p.today}. Feltene er forklart i brukerveiledningen (docs/brukerveiledning.md)\n og i feltoversikten (docs/fields.md).`,
  ),
  'init/comment-clauses': entry(
    () => 'where the agreement says what, e.g. meetings: "2", term: "7"',
    () => 'hvor i avtalen det står hva, f.eks. meetings: "2", term: "7"',
  ),
  'init/comment-extension-years': entry(
    () => 'an extension runs this many years',
    () => 'så mange år varer en forlengelse',
  ),
  'init/comment-notice-rule': entry(
    () => 'same-date, or end-of-month',
    () => 'same-date eller end-of-month',
  ),
  'init/comment-per-year': entry(
    () => 'meetings a year, at least',
    () => 'møter i året, minst',
  ),
  'init/comment-roles': entry(
    () => 'together: one party chairs and takes minutes; split: one each',
    () => 'together: én part leder og skriver referat; split: én av hver',
  ),
  'init/comment-focus-areas': entry(
    () => 'the focus areas, by letter: A: …',
    () => 'fokusområdene, etter bokstav: A: …',
  ),
  'recovery/removed-intent': entry(
    (p: { file: string }) => `Removed ${p.file}, which did not describe a commit this tool makes`,
    (p) => `Fjernet ${p.file}, som ikke beskrev en versjon dette verktøyet lager`,
  ),
  'recovery/commit-whole': entry(
    (p: { description: string; commit: string; branch: string }) =>
      `An earlier run was stopped just after it committed (${p.description}): the commit ${p.commit} on ${p.branch} is whole, and nothing more was needed`,
    (p) =>
      `En tidligere kjøring ble stoppet rett etter at den lagret versjonen (${p.description}): versjonen ${p.commit} på ${p.branch} er hel, og ingenting mer trengtes`,
  ),
  'recovery/branch-moved-on': entry(
    (p: { description: string; branch: string }) =>
      `An earlier run was stopped while it committed (${p.description}), and the branch ${p.branch} has commits of its own since: left as it is, for you to look at`,
    (p) =>
      `En tidligere kjøring ble stoppet mens den lagret versjonen (${p.description}), og grenen ${p.branch} har fått egne versjoner siden: den står som den er, så du kan se på den`,
  ),
  'recovery/undid': entry(
    (p: { description: string; branch: string }) =>
      `Undid a change an earlier run was stopped in the middle of (${p.description}): the files are as they were and the branch ${p.branch} is gone; run the command again`,
    (p) =>
      `Angret en endring en tidligere kjøring ble stoppet midt i (${p.description}): filene er som de var, og grenen ${p.branch} er borte; kjør kommandoen på nytt`,
  ),
  'recovery/finished': entry(
    (p: { description: string; written: readonly string[]; removed: readonly string[] }) =>
      `Finished a change an earlier run was stopped in the middle of (${p.description}): ${p.written.join(' and ')} ${p.written.length === 1 ? 'is' : 'are'} now written${p.removed.length > 0 ? `, and ${p.removed.join(' and ')} removed` : ''}`,
    (p) =>
      `Fullførte en endring en tidligere kjøring ble stoppet midt i (${p.description}): ${p.written.join(' og ')} er nå skrevet${p.removed.length > 0 ? `, og ${p.removed.join(' og ')} fjernet` : ''}`,
  ),
  'recovery/removed-journal': entry(
    (p: { file: string }) => `Removed ${p.file}, which did not describe a change this tool makes`,
    (p) => `Fjernet ${p.file}, som ikke beskrev en endring dette verktøyet gjør`,
  ),
  'recovery/removed-temporary': entry(
    (p: { count: number }) =>
      `Removed ${counted(p.count, 'temporary file', 'temporary files')} an earlier run left when it was stopped before changing anything`,
    (p) =>
      `Fjernet ${counted(p.count, 'midlertidig fil', 'midlertidige filer')} en tidligere kjøring etterlot da den ble stoppet før den endret noe`,
  ),
  'lock/took-over': entry(
    (p: { lock: string; pid: number; host: string }) =>
      `Took over ${p.lock}, left by process ${p.pid} on ${p.host}, which is no longer running`,
    (p) => `Overtok ${p.lock}, etterlatt av prosess ${p.pid} på ${p.host}, som ikke kjører lenger`,
  ),
  'lock/took-over-unnamed': entry(
    (p: { lock: string }) =>
      `Took over ${p.lock}, which names no run (a crash or a hand left it): no live command holds it`,
    (p) =>
      `Overtok ${p.lock}, som ikke navngir noen kjøring (et krasj eller en hånd etterlot den): ingen kjørende kommando holder den`,
  ),
  'change/wrote': entry(
    (p: { path: string }) => `Wrote ${p.path}`,
    (p) => `Skrev ${p.path}`,
  ),
  'change/committed': entry(
    (p: { commit: string; branch: string }) =>
      `Committed them as ${p.commit} on the new branch ${p.branch}, ready for a pull request`,
    (p) =>
      `Lagret dem som versjon ${p.commit} på den nye grenen ${p.branch}, klar for et endringsforslag (pull request)`,
  ),
  'git/hook-timeout': entry(
    (p: { command: string; seconds: number }) =>
      `git ${p.command} did not finish within ${p.seconds} s: a git hook (.git/hooks/) may be waiting for something; stopped it`,
    (p) =>
      `git ${p.command} ble ikke ferdig innen ${p.seconds} s: en git-krok (.git/hooks/) venter kanskje på noe; den ble stoppet`,
  ),
  'git/no-commit-made': entry(
    () => 'git did not make the commit (a hook may have stopped it without a message)',
    () => 'git lagret ikke versjonen (en krok kan ha stoppet den uten melding)',
  ),
  'change/not-recorded': entry(
    () =>
      'The records were not changed: add --write to record it, or --commit to record and commit it on a new branch.',
    () =>
      'Arkivet ble ikke endret: legg til --write for å føre det, eller --commit for å føre det og lagre det som en versjon på en ny gren.',
  ),
});

/** A duty in words, by its kind (schedule/duties.ts); the subject alone for a kind the words do not know. */
const dutyIn = (words: Readonly<Record<string, (subject: string) => string>>, kind: string, subject: string) =>
  words[kind]?.(subject) ?? subject;

const DUTY_EN: Readonly<Record<string, (subject: string) => string>> = {
  notice: (meeting) => `send the notice (innkalling) of meeting ${meeting}`,
  documents: (meeting) => `send the case documents of meeting ${meeting}`,
  'minutes-approval': (meeting) => `have the minutes of meeting ${meeting} approved`,
  action: (text) => `follow-up due: ${text}`,
  obligation: (text) => `obligation due: ${text}`,
  'annual-plan': (year) => `adopt the annual plan for ${year}`,
  'meetings-short': (year) => `plan a meeting: ${year} is short of the meetings the agreement requires`,
  'renewal-decision': (year) => `decide on the extension from ${year}, before the term runs out`,
  'last-notice-day': (end) => `last day a notice can end the agreement before its term (${end})`,
  evaluation: (due) => `the evaluation (due ${due})`,
};

const DUTY_NB: Readonly<Record<string, (subject: string) => string>> = {
  notice: (meeting) => `send innkallingen til møtet ${meeting}`,
  documents: (meeting) => `send saksdokumentene til møtet ${meeting}`,
  'minutes-approval': (meeting) => `få referatet fra møtet ${meeting} godkjent`,
  action: (text) => `oppfølgingspunkt forfaller: ${text}`,
  obligation: (text) => `plikt forfaller: ${text}`,
  'annual-plan': (year) => `vedta årsplanen for ${year}`,
  'meetings-short': (year) => `planlegg et møte: ${year} har færre møter enn avtalen krever`,
  'renewal-decision': (year) => `avgjør forlengelsen fra ${year} før perioden går ut`,
  'last-notice-day': (end) => `siste dag en oppsigelse kan avslutte avtalen før perioden (${end})`,
  evaluation: (due) => `evalueringen (frist ${due})`,
};
