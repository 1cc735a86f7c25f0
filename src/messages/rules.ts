/** What each rule reports, by rule: the id is `<rule>/<message>`, the README's table lists them per rule. */
import { entry } from './message.js';
import { cite, counted, listed } from './wording.js';

type Cases = { cases: string | null };

/** A year's meetings against the requirement; `from` is set for a part year, counted pro rata. */
type YearCount = { year: number; held: number; required: number; from: string | null; to: string };
type YearAhead = YearCount & { planned: number; missing: number };
const requirementEn = (p: YearCount) =>
  `the agreement requires at least ${p.required} in ${p.year}${p.from ? ` (pro rata for ${p.from} – ${p.to})` : ''}`;
const requirementNb = (p: YearCount) =>
  `avtalen krever minst ${p.required} i ${p.year}${p.from ? ` (forholdsmessig for ${p.from} – ${p.to})` : ''}`;
const casesEn = ({ cases }: Cases) => cases ?? 'none';
const casesNb = ({ cases }: Cases) => cases ?? 'ingen';

/** Worded on first use: a command compiles only the areas of the catalogue it says something from. */
export const RULE_MESSAGES = () => ({
  'actions/no-such-case': entry(
    (p: { date: string; item: string; cases: string | null }) =>
      `the saksliste of ${p.date} has no case ${p.item}: its cases are ${casesEn(p)}; give the case the action was agreed under, as the documents number it`,
    (p) =>
      `sakslisten for ${p.date} har ingen sak ${p.item}: sakene er ${casesNb(p)}; oppgi saken tiltaket ble avtalt under, slik dokumentene nummererer den`,
  ),
  'actions/no-such-item': entry(
    (p: { items: number; item: number; example: string; cases: string | null }) =>
      `the meeting has ${counted(p.items, 'agenda item', 'agenda items')}, so there is no item ${p.item}: give the case the action was agreed under as the documents number it, e.g. item: "${p.example}" (its cases are ${casesEn(p)})`,
    (p) =>
      `møtet har ${counted(p.items, 'sak', 'saker')} på sakslisten, så det finnes ingen sak ${p.item}: oppgi saken tiltaket ble avtalt under slik dokumentene nummererer den, f.eks. item: "${p.example}" (sakene er ${casesNb(p)})`,
  ),
  'actions/item-printed-otherwise': entry(
    (p: { item: number; printed: string; meant: string }) =>
      `item: ${p.item} is the meeting's agenda entry ${p.item}, which the documents print as Sak ${p.printed}: write item: "${p.printed}" as printed, or item: "${p.meant}" if Sak ${p.meant} was meant`,
    (p) =>
      `item: ${p.item} er møtets sak nummer ${p.item} på sakslisten, som dokumentene skriver som Sak ${p.printed}: skriv item: "${p.printed}" slik den står, eller item: "${p.meant}" hvis Sak ${p.meant} var ment`,
  ),
  'actions/rescheduled-before-meeting': entry(
    (p: { date: string; agreed: string }) =>
      `a new due date is agreed after the meeting of ${p.date}, not on ${p.agreed}: give the day the parties agreed it`,
    (p) => `en ny frist avtales etter møtet ${p.date}, ikke ${p.agreed}: oppgi dagen partene ble enige om den`,
  ),
  'actions/overdue': entry(
    (p: { text: string; due: string }) =>
      `"${p.text}" was due ${p.due} and is not recorded as done: record the date it was done in done, or a new due date the parties agreed in rescheduled: { due: …, agreed: … } (both may be recorded after the minutes are approved)`,
    (p) =>
      `«${p.text}» hadde frist ${p.due} og er ikke ført som utført: før datoen det ble gjort i done, eller en ny frist partene ble enige om i rescheduled: { due: …, agreed: … } (begge kan føres etter at referatet er godkjent)`,
  ),
  'actions/done-before-meeting': entry(
    (p: { text: string; done: string; date: string }) =>
      `"${p.text}" is recorded as done ${p.done}, before the meeting of ${p.date} agreed it: give the day it was done`,
    (p) => `«${p.text}» er ført som utført ${p.done}, før møtet ${p.date} avtalte det: oppgi dagen det ble gjort`,
  ),

  'annual-plan/file-name': entry(
    (p: { year: number; file: string; expected: string }) =>
      `the plan is for ${p.year} but the file is ${p.file}: rename it to ${p.expected}, or correct the year`,
    (p) => `planen gjelder ${p.year}, men filen heter ${p.file}: gi den navnet ${p.expected}, eller rett året`,
  ),
  'annual-plan/second-plan': entry(
    (p: { year: number; other: string }) =>
      `there is already a plan for ${p.year} in ${p.other}: the agreement foresees one annual plan a year`,
    (p) => `det finnes allerede en plan for ${p.year} i ${p.other}: avtalen legger opp til én årsplan i året`,
  ),
  'annual-plan/adopted-without-meeting': entry(
    () => "an adopted plan names the meeting that adopted it: set adopted_in to that meeting's id",
    () => 'en vedtatt plan oppgir møtet som vedtok den: sett adopted_in til møtets id',
  ),
  'annual-plan/adopted-in-unheld-meeting': entry(
    (p: { meeting: string; status: string }) =>
      `meeting ${p.meeting} is ${p.status}, not held: a plan is adopted in a held meeting`,
    (p) =>
      `møtet ${p.meeting} er ${p.status === 'cancelled' ? 'avlyst' : 'planlagt'}, ikke avholdt: en plan vedtas i et avholdt møte`,
  ),

  'consultation-notice/brought-before-notice': entry(
    (p: { id: string; brought: string; first: string | null; clause: string | null }) =>
      `"${p.id}" was brought to konsultasjonsordningen on ${p.brought}, but no held meeting had given notice of it${p.first ? ` (it was first on the agenda ${p.first}, after it was brought)` : ''}: the agreement requires the question to be raised in a collaboration meeting first${cite(p.clause)}, as an agenda item with consultation: ${p.id}`,
    (p) =>
      `«${p.id}» ble brakt inn for konsultasjonsordningen ${p.brought}, men ikke varslet i noe avholdt møte${p.first ? ` (den sto første gang på sakslisten ${p.first}, etter at den ble brakt inn)` : ''}: avtalen krever at spørsmålet først tas opp i et samarbeidsmøte${cite(p.clause)}, som en sak med consultation: ${p.id}`,
  ),
  'consultation-notice/cancelled-meeting': entry(
    (p: { meeting: string; id: string }) =>
      `meeting ${p.meeting} was cancelled, so it gave no notice of consultation: ${p.id}: name the meeting that raises the question instead, with the item on its agenda`,
    (p) =>
      `møtet ${p.meeting} ble avlyst og varslet derfor ikke consultation: ${p.id}: oppgi i stedet møtet som tar opp spørsmålet, med saken på sakslisten`,
  ),
  'consultation-notice/not-on-agenda': entry(
    (p: { meeting: string; id: string; planned: boolean }) =>
      `meeting ${p.meeting} has no agenda item with consultation: ${p.id}${p.planned ? `: put the question on its agenda, with consultation: ${p.id}` : ''}`,
    (p) =>
      `møtet ${p.meeting} har ingen sak med consultation: ${p.id}${p.planned ? `: sett spørsmålet på sakslisten, med consultation: ${p.id}` : ''}`,
  ),

  'convener/not-recorded-for-held': entry(
    (p: { field: string; convener: string; what: 'notice' | 'documents'; due: string }) =>
      `no ${p.field} recorded for a held meeting: record the date ${p.convener} sent ${p.what === 'notice' ? 'the notice (innkalling)' : 'the case documents'} (due by ${p.due})`,
    (p) =>
      `${p.field} er ikke ført for et avholdt møte: før datoen ${p.convener} sendte ${p.what === 'notice' ? 'innkallingen' : 'saksdokumentene'} (frist ${p.due})`,
  ),
  'convener/overdue': entry(
    (p: { field: string; convener: string; what: 'notice' | 'documents'; due: string; days: number }) =>
      `${p.what === 'notice' ? 'the notice (innkalling)' : 'the case documents'} should have gone out by ${p.due}, ${p.days} days before the meeting: ${p.convener} sends it; record the date in ${p.field}`,
    (p) =>
      `${p.what === 'notice' ? 'innkallingen' : 'saksdokumentene'} skulle vært sendt innen ${p.due}, ${p.days} dager før møtet: ${p.convener} sender ${p.what === 'notice' ? 'den' : 'dem'}; før datoen i ${p.field}`,
  ),
  'convener/sent-late': entry(
    (p: { what: 'notice' | 'documents'; sent: string; due: string; days: number }) =>
      `${p.what === 'notice' ? 'the notice (innkalling)' : 'the case documents'} went out ${p.sent}, later than ${p.due} (${p.days} days before the meeting)`,
    (p) =>
      `${p.what === 'notice' ? 'innkallingen' : 'saksdokumentene'} ble sendt ${p.sent}, senere enn ${p.due} (${p.days} dager før møtet)`,
  ),

  'deviations/no-such-rule': entry(
    (p: { rule: string }) =>
      `there is no rule "${p.rule}": name the rule of the finding the parties accept, as validate prints it`,
    (p) => `det finnes ingen regel «${p.rule}»: oppgi regelen for funnet partene godtar, slik validate skriver den`,
  ),
  'deviations/explains-nothing': entry(
    (p: { rule: string; year: number | null; meeting: string | null }) =>
      `the deviation for ${p.rule} in ${p.year === null ? `meeting ${p.meeting}` : p.year} explains no finding any more: remove it, or correct its rule, year or meeting`,
    (p) =>
      `avviket for ${p.rule} i ${p.year === null ? `møtet ${p.meeting}` : p.year} forklarer ikke lenger noe funn: fjern det, eller rett regel, år eller møte`,
  ),

  'evaluation/not-recorded': entry(
    (p: { due: string }) =>
      `the evaluation was due after ${p.due}, when the original term ended, and none is recorded: set evaluation.completed to the date it was done`,
    (p) =>
      `evalueringen skulle gjøres etter ${p.due}, da den opprinnelige avtaleperioden endte, og ingen er ført: sett evaluation.completed til datoen den ble gjort`,
  ),

  'meeting-file-name/extension': entry(
    (p: { ending: string; id: string }) =>
      `the file ends in "${p.ending}": rename it to meetings/${p.id}.md, in lower case`,
    (p) => `filen slutter på «${p.ending}»: gi den navnet meetings/${p.id}.md, med små bokstaver`,
  ),
  'meeting-file-name/not-its-date': entry(
    (p: { id: string; date: string }) =>
      `the file is named ${p.id}.md but the meeting's date is ${p.date}: rename it to meetings/${p.date}.md (a second meeting that day: meetings/${p.date}-2.md)`,
    (p) =>
      `filen heter ${p.id}.md, men møtet er ${p.date}: gi den navnet meetings/${p.date}.md (et møte til samme dag: meetings/${p.date}-2.md)`,
  ),

  'meeting-in-term/before-signing': entry(
    (p: { date: string; signed: string }) => `${p.date} is before the agreement was signed on ${p.signed}`,
    (p) => `${p.date} er før avtalen ble inngått ${p.signed}`,
  ),
  'meeting-in-term/after-last-day': entry(
    (p: {
      date: string;
      lastDay: string;
      outlook: 'terminated' | 'extendable' | 'evaluated' | 'lapsed';
      effective: string | null;
      year: number | null;
      completed: string | null;
    }) =>
      `${p.date} is after the agreement's last day in force, ${p.lastDay}: ${
        p.outlook === 'terminated'
          ? `the agreement was terminated with effect from ${p.effective}`
          : p.outlook === 'extendable'
            ? `renew first (partnership renew --year ${p.year}) or move the meeting`
            : p.outlook === 'evaluated'
              ? `with the evaluation completed (${p.completed}) the agreement can no longer be extended: move the meeting, or make a new agreement`
              : 'the agreement has lapsed and can only be replaced by a new one: move the meeting'
      }`,
    (p) =>
      `${p.date} er etter avtalens siste gyldighetsdag, ${p.lastDay}: ${
        p.outlook === 'terminated'
          ? `avtalen ble sagt opp med virkning fra ${p.effective}`
          : p.outlook === 'extendable'
            ? `forleng den først (partnership renew --year ${p.year}) eller flytt møtet`
            : p.outlook === 'evaluated'
              ? `når evalueringen er gjennomført (${p.completed}), kan avtalen ikke lenger forlenges: flytt møtet, eller inngå en ny avtale`
              : 'avtalen er utløpt og kan bare erstattes av en ny: flytt møtet'
      }`,
  ),

  'meeting-status/still-planned': entry(
    (p: { date: string }) =>
      `the meeting on ${p.date} is still planned, though its day has passed: record it as held (with who attended) or cancelled`,
    (p) =>
      `møtet ${p.date} står fortsatt som planlagt, selv om dagen er passert: før det som avholdt (med hvem som deltok) eller avlyst`,
  ),
  'meeting-status/no-attendees': entry(
    (p: { parties: readonly string[] }) =>
      `a held meeting records who attended: list them under attendees by party, e.g. attendees: { ${p.parties.map((party) => `${party}: [Avdelingsdirektør]`).join(', ')} }`,
    (p) =>
      `et avholdt møte fører hvem som deltok: før dem opp under attendees etter part, f.eks. attendees: { ${p.parties.map((party) => `${party}: [Avdelingsdirektør]`).join(', ')} }`,
  ),

  'meeting-time/skipped-hour': entry(
    (p: { time: string; date: string }) =>
      `${p.time} does not happen in Oslo on ${p.date}: the clocks go from 02:00 to 03:00 that night. Set the time the meeting is really held`,
    (p) =>
      `klokken blir aldri ${p.time} i Oslo ${p.date}: den stilles fra 02:00 til 03:00 den natten. Sett klokkeslettet møtet faktisk holdes`,
  ),
  'meeting-time/repeated-hour': entry(
    (p: { time: string; date: string }) =>
      `${p.time} happens twice in Oslo on ${p.date}, as the clocks go back from 03:00 to 02:00: set a time outside that hour, so every calendar shows the same one`,
    (p) =>
      `klokken blir ${p.time} to ganger i Oslo ${p.date}, fordi den stilles tilbake fra 03:00 til 02:00: velg et klokkeslett utenfor den timen, så alle kalendere viser det samme`,
  ),

  'meeting-time/end-not-after-start': entry(
    (p: { time: string; end: string }) =>
      `the meeting ends at ${p.end}, not after it starts at ${p.time}: set the time it ends that day, or remove the end line`,
    (p) =>
      `møtet slutter ${p.end}, ikke etter at det begynner ${p.time}: sett klokkeslettet det slutter den dagen, eller fjern end-linjen`,
  ),

  'meeting-uid/duplicate': entry(
    (p: { meeting: string; first: string; uid: string }) =>
      `meeting ${p.meeting} has the uid of meeting ${p.first} (${p.uid}), so calendars would take them for one event: give this one a uid of its own (any text of lower-case letters, digits, dots and hyphens no other meeting has), or remove its uid line`,
    (p) =>
      `møtet ${p.meeting} har samme uid som møtet ${p.first} (${p.uid}), så kalendere vil se dem som én avtale: gi dette møtet en egen uid (små bokstaver, sifre, punktum og bindestrek som ikke noe annet møte har), eller fjern uid-linjen`,
  ),

  'meetings-per-year/too-few-held': entry(
    (p: YearCount) => `${p.year}: ${counted(p.held, 'meeting', 'meetings')} held; ${requirementEn(p)}`,
    (p) => `${p.year}: ${counted(p.held, 'møte', 'møter')} avholdt; ${requirementNb(p)}`,
  ),
  'meetings-per-year/plan-more': entry(
    (p: YearAhead) =>
      `${p.year}: ${counted(p.held, 'meeting', 'meetings')} held and ${p.planned} planned; ${requirementEn(p)}: plan ${counted(p.missing, 'more meeting', 'more meetings')} by ${p.to} (partnership next-meeting)`,
    (p) =>
      `${p.year}: ${counted(p.held, 'møte', 'møter')} avholdt og ${p.planned} planlagt; ${requirementNb(p)}: planlegg ${counted(p.missing, 'møte til', 'møter til')} innen ${p.to} (partnership next-meeting)`,
  ),
  'meetings-per-year/no-time-left': entry(
    (p: YearAhead & { noticeDays: number }) =>
      `${p.year}: ${counted(p.held, 'meeting', 'meetings')} held and ${p.planned} planned; ${requirementEn(p)}, and with ${p.noticeDays} days' notice there is no longer time to hold ${counted(p.missing, 'more meeting', 'more meetings')} by ${p.to}`,
    (p) =>
      `${p.year}: ${counted(p.held, 'møte', 'møter')} avholdt og ${p.planned} planlagt; ${requirementNb(p)}, og med ${p.noticeDays} dagers innkallingsfrist er det ikke lenger tid til å holde ${counted(p.missing, 'møte til', 'møter til')} innen ${p.to}`,
  ),

  'history/agenda-changed-after-notice': entry(
    (p: { date: string; sent: string; meeting: string }) =>
      `the saksliste of ${p.date} changed after its innkalling went out on ${p.sent}: send the parties a corrected innkalling (partnership render agenda ${p.meeting}), and record the day it went out in notice_sent`,
    (p) =>
      `sakslisten for ${p.date} er endret etter at innkallingen ble sendt ${p.sent}: send partene en rettet innkalling (partnership render agenda ${p.meeting}), og før dagen den ble sendt i notice_sent`,
  ),
  'approvals/party-not-approved': entry(
    (p: { party: string; files: string; reviewers: string }) =>
      `this pull request changes final records (${p.files}), and both parties must agree: it needs an approval from ${p.party}, by ${p.reviewers} as the agreement names them, and none of them has approved it yet`,
    (p) =>
      `endringsforslaget endrer endelige poster (${p.files}), og begge parter må være enige: det må godkjennes av ${p.party}, ved ${p.reviewers} slik avtalen navngir dem, og ingen av dem har godkjent det ennå`,
  ),
  'approvals/party-without-reviewers': entry(
    (p: { party: string; index: number; files: string }) =>
      `this pull request changes final records (${p.files}), which needs an approval from ${p.party}, but the agreement names no one who approves for it: list their GitHub logins in parties[${p.index}].github.reviewers, or give the team's team_id the ruleset requires, in a pull request of its own first`,
    (p) =>
      `endringsforslaget endrer endelige poster (${p.files}), og det må godkjennes av ${p.party}, men avtalen navngir ingen som godkjenner for den: før opp GitHub-brukernavnene deres i parties[${p.index}].github.reviewers, eller teamets team_id som regelsettet krever, i et eget endringsforslag først`,
  ),
  'history/final-file-deleted': entry(
    (p: { date: string; approved: string | null }) =>
      `the file was deleted, but ${p.approved === null ? `the meeting on ${p.date} was held` : `its minutes were approved ${p.approved}`} at the base of this change: restore it`,
    (p) =>
      `filen er slettet, men ${p.approved === null ? `møtet ${p.date} var avholdt` : `referatet ble godkjent ${p.approved}`} før denne endringen: legg den tilbake`,
  ),
  'history/approved-minutes-changed': entry(
    (p: { date: string; approved: string }) =>
      `the minutes of ${p.date} were approved ${p.approved} and are final: put the file back as it was, and record changes in a later meeting (only follow-up may be added: an action's done date, or a new due date in rescheduled)`,
    (p) =>
      `referatet fra ${p.date} ble godkjent ${p.approved} og er endelig: sett filen tilbake slik den var, og før endringer i et senere møte (bare oppfølging kan legges til: datoen et tiltak ble utført, eller en ny frist i rescheduled)`,
  ),
  'history/held-meeting-unheld': entry(
    (p: { date: string; status: string }) =>
      `the meeting on ${p.date} was held at the base of this change: it cannot become ${p.status}`,
    (p) =>
      `møtet ${p.date} var avholdt før denne endringen: det kan ikke bli ${p.status === 'cancelled' ? 'avlyst' : 'planlagt'}`,
  ),
  'history/extension-changed': entry(
    (p: { year: number; decided: string }) =>
      `the extension from ${p.year}, decided ${p.decided}, is recorded history: it cannot be changed or removed`,
    (p) => `forlengelsen fra ${p.year}, besluttet ${p.decided}, er ført historikk: den kan ikke endres eller fjernes`,
  ),
  'history/termination-changed': entry(
    (p: { notified: string }) =>
      `the termination received ${p.notified} is recorded history: it cannot be changed or removed`,
    (p) => `oppsigelsen mottatt ${p.notified} er ført historikk: den kan ikke endres eller fjernes`,
  ),
  'history/notice-deleted': entry(
    () => 'the notice was written and is part of the record: restore it',
    () => 'brevet er skrevet og er en del av arkivet: legg det tilbake',
  ),
  'history/notice-changed': entry(
    () => 'the notice was written and is part of the record: put it back as it was',
    () => 'brevet er skrevet og er en del av arkivet: sett det tilbake slik det var',
  ),
  'history/correction-changed': entry(
    (p: { date: string }) =>
      `the correction of the text on ${p.date} is recorded history: it cannot be changed or removed`,
    (p) => `rettingen av teksten ${p.date} er ført historikk: den kan ikke endres eller fjernes`,
  ),
  'history/text-changed': entry(
    () =>
      "the agreement's text is the text the parties signed: change only its front matter, or, to correct an error in the text as recorded, add the correction to text_corrections: { date, reason }",
    () =>
      'avtaleteksten er teksten partene signerte: endre bare feltene øverst, eller, for å rette en feil i teksten slik den er ført, legg rettingen til i text_corrections: { date, reason }',
  ),
  'history/correction-without-change': entry(
    () =>
      'a correction of the text is recorded, and the text is as it was: correct the text in this change too, or remove the new entry',
    () =>
      'en retting av teksten er ført, men teksten er som før: rett teksten i samme endring, eller fjern den nye oppføringen',
  ),

  'minutes/via-without-date': entry(
    () =>
      'minutes_approved_via says how the minutes were approved, and minutes_approved gives no date: set the date, or minutes_approved_via: null',
    () =>
      'minutes_approved_via sier hvordan referatet ble godkjent, men minutes_approved har ingen dato: sett datoen, eller minutes_approved_via: null',
  ),
  'minutes/no-meeting-that-day': entry(
    (p: { approved: string }) =>
      `the minutes are recorded as approved in a meeting on ${p.approved}, and no other meeting was held that day: give that meeting's date in minutes_approved, or minutes_approved_via: email`,
    (p) =>
      `referatet er ført som godkjent i et møte ${p.approved}, men ikke noe annet møte ble holdt den dagen: oppgi møtets dato i minutes_approved, eller minutes_approved_via: email`,
  ),
  'minutes/approved-for-unheld': entry(
    (p: { status: string }) =>
      `minutes are approved for a held meeting, and this one is ${p.status}: set minutes_approved: null`,
    (p) =>
      `referat godkjennes for avholdte møter, og dette er ${p.status === 'cancelled' ? 'avlyst' : 'planlagt'}: sett minutes_approved: null`,
  ),
  'minutes/approved-before-meeting': entry(
    (p: { approved: string; date: string }) =>
      `the minutes are approved ${p.approved}, before the meeting on ${p.date}: minutes are approved on or after the meeting`,
    (p) => `referatet er godkjent ${p.approved}, før møtet ${p.date}: et referat godkjennes på eller etter møtedagen`,
  ),
  'minutes/sent-before-meeting': entry(
    (p: { sent: string; date: string }) =>
      `the referat is recorded as sent ${p.sent}, before the meeting on ${p.date} it records: give the day it went out`,
    (p) => `referatet er ført som sendt ${p.sent}, før møtet ${p.date} det gjelder: oppgi dagen det ble sendt`,
  ),
  'minutes/not-approved': entry(
    (p: { date: string; later: string }) =>
      `the minutes of ${p.date} are not recorded as approved, though the meeting on ${p.later} has been held: record the date both parties approved them in minutes_approved`,
    (p) =>
      `referatet fra ${p.date} er ikke ført som godkjent, selv om møtet ${p.later} er holdt: før datoen begge parter godkjente det i minutes_approved`,
  ),

  'minutes-headings/standing-any-other-business': entry(
    (p: { title: string }) =>
      `the saksliste ends with ${p.title} as a standing item: remove this agenda item, or give it a title of its own`,
    (p) => `sakslisten slutter alltid med ${p.title}: fjern denne saken, eller gi den en egen tittel`,
  ),
  'minutes-headings/same-title': entry(
    (p: { first: number; second: number; title: string }) =>
      `agenda items ${p.first} and ${p.second} have the same title, "${p.title}": give each its own, so the minutes' headings tell them apart`,
    (p) =>
      `sak ${p.first} og ${p.second} på sakslisten har samme tittel, «${p.title}»: gi hver sin egen, så overskriftene i referatet skiller dem`,
  ),
  'minutes-headings/no-headings': entry(
    (p: { number: string | null; title: string | null }) =>
      `the minutes have no case headings: write one for each case of the saksliste, "## Sak ${p.number ?? 'n/YY'} ${p.title ?? '…'}" and on, so the referat follows it`,
    (p) =>
      `referatet har ingen saksoverskrifter: skriv én for hver sak på sakslisten, «## Sak ${p.number ?? 'n/ÅÅ'} ${p.title ?? '…'}» og videre, så referatet følger den`,
  ),
  'minutes-headings/four-digit-year': entry(
    (p: { written: string; number: string }) =>
      `write the case number as the saksliste does, Sak ${p.number}, not Sak ${p.written}`,
    (p) => `skriv saksnummeret slik sakslisten gjør, Sak ${p.number}, ikke Sak ${p.written}`,
  ),
  'minutes-headings/not-a-case-number': entry(
    (p: { written: string } & Cases) =>
      `"Sak ${p.written}" is not a case number: the saksliste numbers its cases ${casesEn(p)}`,
    (p) => `«Sak ${p.written}» er ikke et saksnummer: sakslisten nummererer sakene ${casesNb(p)}`,
  ),
  'minutes-headings/heading-level': entry(
    (p: { number: string; level: number }) =>
      `a case heading is level 2, "## Sak ${p.number} …", as the referat's template writes them: this one has ${p.level} #`,
    (p) =>
      `en saksoverskrift er på nivå 2, «## Sak ${p.number} …», slik referatmalen skriver dem: denne har ${p.level} #`,
  ),
  'minutes-headings/twice': entry(
    (p: { number: string }) =>
      `the minutes have two headings Sak ${p.number}: keep one, and renumber the other to its case`,
    (p) => `referatet har to overskrifter Sak ${p.number}: behold én, og gi den andre nummeret til sin sak`,
  ),
  'minutes-headings/renumbered': entry(
    (p: { title: string; number: string; expected: string }) =>
      `the minutes number "${p.title}" Sak ${p.number}, and the saksliste numbers it Sak ${p.expected}: renumber the minutes' headings (an earlier meeting's agenda may have changed)`,
    (p) =>
      `referatet nummererer «${p.title}» Sak ${p.number}, og sakslisten nummererer den Sak ${p.expected}: nummerer overskriftene i referatet på nytt (sakslisten til et tidligere møte kan være endret)`,
  ),
  'minutes-headings/no-such-case': entry(
    (p: { number: string; date: string } & Cases) =>
      `the minutes have a heading Sak ${p.number}, and the saksliste of ${p.date} numbers its items ${casesEn(p)}: renumber the heading to its item`,
    (p) =>
      `referatet har en overskrift Sak ${p.number}, og sakslisten for ${p.date} nummererer sakene ${casesNb(p)}: gi overskriften nummeret til sin sak`,
  ),
  'minutes-headings/other-title': entry(
    (p: { number: string; written: string; title: string }) =>
      `the heading Sak ${p.number} says "${p.written}", and the saksliste calls the case "${p.title}": write the saksliste's title`,
    (p) =>
      `overskriften Sak ${p.number} sier «${p.written}», og sakslisten kaller saken «${p.title}»: skriv sakslistens tittel`,
  ),
  'minutes-headings/case-without-heading': entry(
    (p: { number: string; title: string }) =>
      `the minutes have no heading for Sak ${p.number} ${p.title}: add "## Sak ${p.number} ${p.title}", even when the case was only noted`,
    (p) =>
      `referatet har ingen overskrift for Sak ${p.number} ${p.title}: legg til «## Sak ${p.number} ${p.title}», også når saken bare ble tatt til orientering`,
  ),

  'obligations/overdue': entry(
    (p: { id: string; text: string; due: string }) =>
      `"${p.id}" (${p.text}) was due ${p.due} and is not recorded as done: set done to the date it was done`,
    (p) => `«${p.id}» (${p.text}) hadde frist ${p.due} og er ikke ført som utført: sett done til datoen det ble gjort`,
  ),

  'references/unknown-party': entry(
    (p: { value: string; known: readonly string[] }) => `unknown party "${p.value}": use one of ${listed(p.known)}`,
    (p) => `ukjent part «${p.value}»: bruk en av ${listed(p.known)}`,
  ),
  'references/unknown-focus-area': entry(
    (p: { value: string; known: readonly string[] }) =>
      `unknown focus area "${p.value}": use one of ${listed(p.known)}, the focus areas in the agreement`,
    (p) => `ukjent fokusområde «${p.value}»: bruk en av ${listed(p.known)}, fokusområdene i avtalen`,
  ),
  'references/unknown-meeting': entry(
    (p: { value: string }) =>
      `unknown meeting "${p.value}": no file meetings/${p.value}.md; use a meeting's file name without .md`,
    (p) => `ukjent møte «${p.value}»: det finnes ingen fil meetings/${p.value}.md; bruk møtets filnavn uten .md`,
  ),
  'references/unknown-notice-file': entry(
    (p: { value: string }) =>
      `unknown notice file "${p.value}": name a file under agreement/notices/, relative to the repository root, e.g. agreement/notices/2019-forlengelse.md`,
    (p) =>
      `ukjent brevfil «${p.value}»: oppgi en fil under agreement/notices/, fra roten av repositoriet, f.eks. agreement/notices/2019-forlengelse.md`,
  ),
  'references/unknown-consultation': entry(
    (p: { value: string; known: readonly string[] }) =>
      `unknown consultation "${p.value}": declare it under consultations in agreement/agreement.md first${p.known.length ? ` (known: ${listed(p.known)})` : ''}`,
    (p) =>
      `ukjent konsultasjonssak «${p.value}»: før den opp under consultations i agreement/agreement.md først${p.known.length ? ` (kjente: ${listed(p.known)})` : ''}`,
  ),
  'references/duplicate-id': entry(
    (p: { id: string; list: string }) => `the id "${p.id}" is used twice in ${p.list}: ids must be unique`,
    (p) => `id-en «${p.id}» er brukt to ganger i ${p.list}: hver id må være unik`,
  ),

  'rotation/out-of-turn': entry(
    (p: {
      expected: string;
      expectedId: string;
      actual: string;
      role: 'chair' | 'minutes';
      turn: number;
      roles: string;
      first: string;
    }) =>
      `${p.expected} ${p.role === 'chair' ? 'chairs' : 'takes the minutes'} at meeting ${p.turn} in the rotation (${p.roles} roles, first turn ${p.first}, cancelled meetings skipped), not ${p.actual}: set ${p.role}: ${p.expectedId}, or explain the deviation in rotation_note`,
    (p) =>
      `${p.expected} ${p.role === 'chair' ? 'leder' : 'skriver referat på'} møte ${p.turn} i rotasjonen (${p.roles === 'together' ? 'rollene samlet' : 'rollene delt'}, ${p.first} først, avlyste møter hoppet over), ikke ${p.actual}: sett ${p.role}: ${p.expectedId}, eller forklar avviket i rotation_note`,
  ),

  'templates/partial': entry(
    (p: { syntax: string }) => `partials (${p.syntax}) are not supported: write the text into the template`,
    (p) => `partialer (${p.syntax}) støttes ikke: skriv teksten inn i malen`,
  ),
  'templates/decorator': entry(
    (p: { syntax: string }) => `decorators and inline partials (${p.syntax}) are not supported`,
    (p) => `dekoratorer og innebygde partialer (${p.syntax}) støttes ikke`,
  ),
  'templates/javascript-property': entry(
    (p: { name: string }) =>
      `"${p.name}" is a property of JavaScript's own, not a field of the records: use the fields docs/fields.md lists`,
    (p) => `«${p.name}» er en egenskap i JavaScript, ikke et felt i arkivet: bruk feltene docs/fields.md viser`,
  ),
  'templates/helper-not-supported': entry(
    (p: { name: string; helpers: string }) => `the helper "${p.name}" is not supported: use ${p.helpers}`,
    (p) => `hjelperen «${p.name}» støttes ikke: bruk ${p.helpers}`,
  ),
  'templates/unknown-helper': entry(
    (p: { name: string; helpers: string }) => `unknown helper "${p.name}": the helpers are ${p.helpers}`,
    (p) => `ukjent hjelper «${p.name}»: hjelperne er ${p.helpers}`,
  ),
  'templates/nested-too-deep': entry(
    (p: { depth: number }) =>
      `blocks ({{#each}}, {{#if}}, …) nest more than ${p.depth} deep here: a document needs a few levels, so write it flatter`,
    (p) =>
      `blokker ({{#each}}, {{#if}}, …) ligger mer enn ${p.depth} nivåer inni hverandre her: et dokument trenger noen få, så skriv den flatere`,
  ),
  'templates/too-many-iterations': entry(
    (p: { iterations: number }) =>
      `the template runs its {{#each}} blocks more than ${p.iterations.toLocaleString('en')} times for these records (blocks over lists nested in each other multiply): a document needs far fewer`,
    (p) =>
      `malen kjører {{#each}}-blokkene sine mer enn ${p.iterations.toLocaleString('nb')} ganger for dette arkivet (blokker over lister inni hverandre ganges opp): et dokument trenger langt færre`,
  ),
  'templates/too-much-output': entry(
    (p: { millions: number }) =>
      `the template writes more than ${p.millions} million characters for these records: a document needs far fewer`,
    (p) => `malen skriver mer enn ${p.millions} millioner tegn for dette arkivet: et dokument trenger langt færre`,
  ),
  'templates/does-not-parse': entry(
    (p: { near: string }) =>
      `the template does not parse near "${p.near}": check that every {{ has its }} and every {{#block}} its {{/block}}`,
    (p) => `malen kan ikke leses nær «${p.near}»: sjekk at hver {{ har sin }} og hver {{#blokk}} sin {{/blokk}}`,
  ),
  'templates/cannot-render': entry(
    () =>
      'the template could not be rendered: check its {{…}} expressions against the fields and helpers docs/fields.md lists',
    () => 'malen kunne ikke fylles ut: sjekk {{…}}-uttrykkene mot feltene og hjelperne docs/fields.md viser',
  ),
  'templates/handlebars': entry(
    (p: { detail: string }) => p.detail,
    (p) => `Handlebars sier: ${p.detail}`,
  ),

  'term/extension-refused': entry(
    (p: { year: number; reason: string }) => `the extension from ${p.year} cannot stand: ${p.reason}`,
    (p) => `forlengelsen fra ${p.year} kan ikke stå: ${p.reason}`,
  ),

  'termination/wrong-effective-date': entry(
    (p: { months: number; rule: string; notified: string; expected: string; capped: boolean; effective: string }) =>
      `with ${p.months === 1 ? "1 month's" : `${p.months} months'`} notice (notice_rule: ${p.rule}), a notice received ${p.notified} takes effect ${p.expected}${p.capped ? ', the end of the term, which comes first' : ''}, not ${p.effective}`,
    (p) =>
      `med ${p.months === 1 ? 'én måneds' : `${p.months} måneders`} oppsigelsestid (notice_rule: ${p.rule}) får en oppsigelse mottatt ${p.notified} virkning ${p.expected}${p.capped ? ', avtaleperiodens slutt, som kommer først' : ''}, ikke ${p.effective}`,
  ),
});
