/**
 * The evaluation report's words, in bokmål and nynorsk: apart from the documents' words, so that only
 * `partnership report`, which runs from a bundle of its own, loads them.
 */
import type { DocumentLanguage } from './language.js';

export interface ReportWords {
  title: string;
  heading: (title: string) => string;
  period: (from: string, to: string) => string;
  introduction: (period: string) => string;
  summary: string;
  timeline: string;
  timelineCaption: string;
  timelineTitle: string;
  events: string;
  date: string;
  event: string;
  deviationsHeading: string;
  deviations: string;
  deviationHead: readonly [string, string, string];
  /** "Figur 3. Møter per år": a chart's number and caption. */
  figure: (number: number, title: string) => string;
  /** "Tabell 3. Møter per år": the table beside it, from the same numbers. */
  table: (number: number, title: string) => string;
  /** Where the figures come from and when the report was made. */
  source: (date: string) => string;
  /** A change of a party's name in the period: the report gives both. */
  renamed: (from: string, previous: string, name: string) => string;
  timelineRows: {
    agreement: string;
    held: string;
    planned: string;
    cancelled: string;
    plans: string;
    consultations: string;
  };
  label: {
    signed: string;
    held: (chair: string) => string;
    cancelled: string;
    planned: string;
    plan: (year: number) => string;
    notified: string;
    brought: string;
    extended: (year: number) => string;
    evaluated: string;
    terminatedBy: (party: string) => string;
    ends: string;
    runsOut: string;
  };
  sections: {
    meetings: {
      text: string;
      empty: string;
      title: string;
      required: string;
      held: string;
      planned: string;
      cancelled: string;
    };
    balance: { text: string; empty: string; title: string; chair: string; minutes: string };
    attendance: { text: string; empty: string; title: string; present: string };
    focus: { text: string; empty: string; title: string; area: (letter: string) => string; outside: string };
    proposals: { text: string; empty: string; title: string; by: string };
    notice: {
      text: (days: number) => string;
      empty: string;
      title: string;
      series: string;
      days: (days: number) => string;
    };
    actions: {
      text: (date: string) => string;
      empty: string;
      title: string;
      opened: string;
      done: string;
      open: string;
    };
    plans: {
      text: string;
      empty: string;
      title: string;
      status: { done: string; ongoing: string; planned: string; dropped: string };
    };
  };
  lines: {
    meetings: (
      held: number,
      required: number,
      running: { required: number; year: number } | null,
      cancelled: number,
      planned: number,
    ) => string;
    roles: (chair: string, minutes: string) => string;
    items: (items: number, outside: number, proposed: string) => string;
    noNoticeDates: string;
    notices: (average: number, practice: number, late: number) => string;
    actions: (opened: number, done: number, open: number) => string;
    noPlans: string;
    plans: (years: string, priorities: number, done: number) => string;
    consultations: (notified: number, brought: number, done: number, open: number) => string;
    evaluationDone: (date: string) => string;
    evaluationPending: (due: string) => string;
    end: (
      extensions: number,
      evaluation: string,
      deviations: number,
      termination: { by: string; effective: string } | null,
    ) => string;
  };
}

const counted = (count: number, one: string, more: string) => `${count} ${count === 1 ? one : more}`;

const NB: ReportWords = {
  title: 'Evalueringsgrunnlag',
  heading: (title) => `Evalueringsgrunnlag: ${title}`,
  period: (from, to) => `${from} – ${to}`,
  introduction: (period) => `Samarbeidet ${period}, år for år, talt opp fra avtalens arkiv.`,
  summary: 'Sammendrag',
  timeline: 'Tidslinje',
  timelineCaption: 'Avtalens periode fra signering, med møter, årsplaner, konsultasjoner, forlengelser og slutt.',
  timelineTitle: 'Tidslinje for avtalen',
  events: 'Hendelser',
  date: 'Dato',
  event: 'Hendelse',
  deviationsHeading: 'Avvik partene har godtatt',
  deviations: 'Avvik',
  deviationHead: ['Regel', 'År eller møte', 'Begrunnelse'],
  figure: (number, title) => `Figur ${number}. ${title}`,
  table: (number, title) => `Tabell ${number}. ${title}`,
  source: (date) => `Kilde: avtalens arkiv, talt opp med partnership. Utarbeidet av sekretariatet ${date}.`,
  renamed: (from, previous, name) => `Fra ${from} heter ${previous} ${name}.`,
  timelineRows: {
    agreement: 'Avtalen',
    held: 'Møter holdt',
    planned: 'Møter planlagt',
    cancelled: 'Møter avlyst',
    plans: 'Årsplaner',
    consultations: 'Konsultasjoner',
  },
  label: {
    signed: 'Avtalen signert',
    held: (chair) => `Møte (leder: ${chair})`,
    cancelled: 'Møte avlyst',
    planned: 'Møte planlagt',
    plan: (year) => `Årsplan for ${year} vedtatt`,
    notified: 'Sak varslet til konsultasjonsordningen',
    brought: 'Sak brakt inn for konsultasjonsordningen',
    extended: (year) => `Forlenget fra ${year}`,
    evaluated: 'Evaluering gjennomført',
    terminatedBy: (party) => `Oppsagt av ${party}`,
    ends: 'Avtalen opphører',
    runsOut: 'Avtalens periode utløper',
  },
  sections: {
    meetings: {
      text: 'Møter som avtalen krever (forholdsmessig for et delår), og møter holdt, planlagt og avlyst.',
      empty: 'Ingen møter er registrert.',
      title: 'Møter per år',
      required: 'Påkrevd',
      held: 'Holdt',
      planned: 'Planlagt',
      cancelled: 'Avlyst',
    },
    balance: {
      text: 'Hvem som ledet møtene som ble holdt, og hvem som skrev referatet: balansen mellom partene.',
      empty: 'Ingen møter er holdt ennå.',
      title: 'Møteledelse og referat per part',
      chair: 'Leder',
      minutes: 'Referat',
    },
    attendance: {
      text: 'Møter som ble holdt der parten var til stede.',
      empty: 'Ingen deltakelse er registrert.',
      title: 'Deltakelse per part',
      present: 'Til stede',
    },
    focus: {
      text: 'Sakene på sakslistene til møtene som ble holdt (de faste sakene ikke medregnet), per fokusområde og utenfor dem.',
      empty: 'Ingen saker er registrert.',
      title: 'Saker per fokusområde',
      area: (letter) => `Fokusområde ${letter}`,
      outside: 'Utenfor fokusområdene',
    },
    proposals: {
      text: 'Hvilken part som foreslo sakene.',
      empty: 'Ingen saker er registrert.',
      title: 'Saker foreslått per part',
      by: 'Foreslått av',
    },
    notice: {
      text: (days) =>
        `Dager fra innkallingen ble sendt til møtet, for hvert møte som ble holdt, mot praksisen på ${days} dager.`,
      empty: 'Ingen innkalling har registrert utsendelsesdato.',
      title: 'Innkallingens varsel',
      series: 'Dager varsel',
      days: (days) => `${days} dager`,
    },
    actions: {
      text: (date) => `Oppfølgingspunkter avtalt i årets møter: utført og åpne per ${date}.`,
      empty: 'Ingen oppfølgingspunkter er registrert.',
      title: 'Oppfølgingspunkter',
      opened: 'Avtalt',
      done: 'Utført',
      open: 'Åpne',
    },
    plans: {
      text: 'Prioriteringene i årsplanene og hvor de står (et år uten årsplan står tomt).',
      empty: 'Ingen årsplaner er registrert.',
      title: 'Årsplanenes prioriteringer',
      status: { done: 'Gjennomført', ongoing: 'Pågår', planned: 'Planlagt', dropped: 'Avbrutt' },
    },
  },
  lines: {
    meetings: (held, required, running, cancelled, planned) =>
      `Partene holdt ${counted(held, 'møte', 'møter')} der avtalen krevde ${required}${running ? ` (${running.required} av dem i ${running.year}, som ikke er over ennå)` : ''}; ${cancelled} ble avlyst og ${planned} er planlagt.`,
    roles: (chair, minutes) => `Møteledelse: ${chair}. Referat: ${minutes}.`,
    items: (items, outside, proposed) =>
      `Sakslistene hadde ${items} saker, ${outside} av dem utenfor fokusområdene. Foreslått av: ${proposed}.`,
    noNoticeDates: 'Ingen innkalling har registrert utsendelsesdato.',
    notices: (average, practice, late) =>
      `Innkallingene gikk ut i snitt ${average} dager før møtet (praksis: ${practice}); ${late} kom senere enn det.`,
    actions: (opened, done, open) =>
      `Oppfølgingspunkter: ${opened} avtalt, ${done} utført, ${counted(open, 'åpent', 'åpne')}.`,
    noPlans: 'Partene har ikke registrert noen årsplan.',
    plans: (years, priorities, done) =>
      `Årsplaner for ${years}: ${counted(priorities, 'prioritering', 'prioriteringer')}, ${done} gjennomført.`,
    consultations: (notified, brought, done, open) =>
      `Konsultasjonsordningen: ${counted(notified, 'sak', 'saker')} varslet, ${brought} brakt inn. Plikter: ${done} oppfylt, ${counted(open, 'åpen', 'åpne')}.`,
    evaluationDone: (date) => `gjennomført ${date}`,
    evaluationPending: (due) => `ikke gjennomført (skulle gjøres etter ${due})`,
    end: (extensions, evaluation, deviations, termination) =>
      `Forlengelser: ${extensions}. Evaluering: ${evaluation}.${deviations > 0 ? ` Avvik partene har godtatt: ${deviations}.` : ''}${termination ? ` Avtalen er sagt opp av ${termination.by} med virkning fra ${termination.effective}.` : ''}`,
  },
};

const NN: ReportWords = {
  title: 'Evalueringsgrunnlag',
  heading: (title) => `Evalueringsgrunnlag: ${title}`,
  period: (from, to) => `${from} – ${to}`,
  introduction: (period) => `Samarbeidet ${period}, år for år, talt opp frå arkivet til avtalen.`,
  summary: 'Samandrag',
  timeline: 'Tidsline',
  timelineCaption: 'Perioden til avtalen frå signering, med møte, årsplanar, konsultasjonar, forlengingar og slutt.',
  timelineTitle: 'Tidsline for avtalen',
  events: 'Hendingar',
  date: 'Dato',
  event: 'Hending',
  deviationsHeading: 'Avvik partane har godteke',
  deviations: 'Avvik',
  deviationHead: ['Regel', 'År eller møte', 'Grunngjeving'],
  figure: (number, title) => `Figur ${number}. ${title}`,
  table: (number, title) => `Tabell ${number}. ${title}`,
  source: (date) => `Kjelde: arkivet til avtalen, talt opp med partnership. Utarbeidd av sekretariatet ${date}.`,
  renamed: (from, previous, name) => `Frå ${from} heiter ${previous} ${name}.`,
  timelineRows: {
    agreement: 'Avtalen',
    held: 'Møte haldne',
    planned: 'Møte planlagde',
    cancelled: 'Møte avlyste',
    plans: 'Årsplanar',
    consultations: 'Konsultasjonar',
  },
  label: {
    signed: 'Avtalen signert',
    held: (chair) => `Møte (leiar: ${chair})`,
    cancelled: 'Møte avlyst',
    planned: 'Møte planlagt',
    plan: (year) => `Årsplan for ${year} vedteken`,
    notified: 'Sak varsla til konsultasjonsordninga',
    brought: 'Sak teken inn for konsultasjonsordninga',
    extended: (year) => `Forlengd frå ${year}`,
    evaluated: 'Evaluering gjennomført',
    terminatedBy: (party) => `Sagd opp av ${party}`,
    ends: 'Avtalen tek slutt',
    runsOut: 'Perioden til avtalen går ut',
  },
  sections: {
    meetings: {
      text: 'Møte som avtalen krev (forholdsmessig for eit delår), og møte haldne, planlagde og avlyste.',
      empty: 'Ingen møte er registrerte.',
      title: 'Møte per år',
      required: 'Kravd',
      held: 'Haldne',
      planned: 'Planlagde',
      cancelled: 'Avlyste',
    },
    balance: {
      text: 'Kven som leidde møta som vart haldne, og kven som skreiv referatet: balansen mellom partane.',
      empty: 'Ingen møte er haldne enno.',
      title: 'Møteleiing og referat per part',
      chair: 'Leiar',
      minutes: 'Referat',
    },
    attendance: {
      text: 'Møte som vart haldne der parten var til stades.',
      empty: 'Inga deltaking er registrert.',
      title: 'Deltaking per part',
      present: 'Til stades',
    },
    focus: {
      text: 'Sakene på saklistene til møta som vart haldne (dei faste sakene ikkje medrekna), per fokusområde og utanfor dei.',
      empty: 'Ingen saker er registrerte.',
      title: 'Saker per fokusområde',
      area: (letter) => `Fokusområde ${letter}`,
      outside: 'Utanfor fokusområda',
    },
    proposals: {
      text: 'Kva part som føreslo sakene.',
      empty: 'Ingen saker er registrerte.',
      title: 'Saker føreslegne per part',
      by: 'Føreslått av',
    },
    notice: {
      text: (days) =>
        `Dagar frå innkallinga vart send til møtet, for kvart møte som vart halde, mot praksisen på ${days} dagar.`,
      empty: 'Inga innkalling har registrert utsendingsdato.',
      title: 'Varselet i innkallinga',
      series: 'Dagar varsel',
      days: (days) => `${days} dagar`,
    },
    actions: {
      text: (date) => `Oppfølgingspunkt avtalte i møta i året: utførte og opne per ${date}.`,
      empty: 'Ingen oppfølgingspunkt er registrerte.',
      title: 'Oppfølgingspunkt',
      opened: 'Avtalte',
      done: 'Utførte',
      open: 'Opne',
    },
    plans: {
      text: 'Prioriteringane i årsplanane og kvar dei står (eit år utan årsplan står tomt).',
      empty: 'Ingen årsplanar er registrerte.',
      title: 'Prioriteringane i årsplanane',
      status: { done: 'Gjennomført', ongoing: 'Pågår', planned: 'Planlagt', dropped: 'Avbrote' },
    },
  },
  lines: {
    meetings: (held, required, running, cancelled, planned) =>
      `Partane heldt ${counted(held, 'møte', 'møte')} der avtalen kravde ${required}${running ? ` (${running.required} av dei i ${running.year}, som ikkje er over enno)` : ''}; avlyste: ${cancelled}, planlagde: ${planned}.`,
    roles: (chair, minutes) => `Møteleiing: ${chair}. Referat: ${minutes}.`,
    items: (items, outside, proposed) =>
      `Saklistene hadde ${items} saker, ${outside} av dei utanfor fokusområda. Føreslått av: ${proposed}.`,
    noNoticeDates: 'Inga innkalling har registrert utsendingsdato.',
    notices: (average, practice, late) =>
      `Innkallingane gjekk ut i snitt ${average} dagar før møtet (praksis: ${practice}); ${late} kom seinare enn det.`,
    actions: (opened, done, open) => `Oppfølgingspunkt: avtalte: ${opened}, utførte: ${done}, opne: ${open}.`,
    noPlans: 'Partane har ikkje registrert nokon årsplan.',
    plans: (years, priorities, done) =>
      `Årsplanar for ${years}: ${counted(priorities, 'prioritering', 'prioriteringar')}, gjennomførte: ${done}.`,
    consultations: (notified, brought, done, open) =>
      `Konsultasjonsordninga: varsla saker: ${notified}, tekne inn: ${brought}. Plikter: oppfylte: ${done}, opne: ${open}.`,
    evaluationDone: (date) => `gjennomført ${date}`,
    evaluationPending: (due) => `ikkje gjennomført (skulle gjerast etter ${due})`,
    end: (extensions, evaluation, deviations, termination) =>
      `Forlengingar: ${extensions}. Evaluering: ${evaluation}.${deviations > 0 ? ` Avvik partane har godteke: ${deviations}.` : ''}${termination ? ` Avtalen er sagd opp av ${termination.by} med verknad frå ${termination.effective}.` : ''}`,
  },
};

export const REPORT_WORDS: Readonly<Record<DocumentLanguage, ReportWords>> = { nb: NB, nn: NN };
