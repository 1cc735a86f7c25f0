/**
 * The words of the record's site (`partnership site`), in bokmål and nynorsk: the written standard of
 * the agreement, as its documents are.
 */
import type { DocumentLanguage } from './language.js';

export interface SiteWords {
  skip: string;
  menu: string;
  pages: {
    home: string;
    agreement: string;
    meetings: string;
    decisions: string;
    plans: string;
    term: string;
    evaluation: string;
    search: string;
    accessibility: string;
  };
  internalBanner: string;
  parties: string;
  inForce: (until: string) => string;
  ended: (until: string) => string;
  nextMeeting: string;
  noMeetingPlanned: string;
  proposed: (date: string) => string;
  noticeBy: (date: string) => string;
  documentsBy: (date: string) => string;
  date: string;
  status: string;
  documents: string;
  statuses: { planned: string; held: string; cancelled: string };
  agenda: string;
  minutes: string;
  cancellation: string;
  exempt: (basis: string) => string;
  notYetPublished: string;
  /** The word a conclusion starts with in the minutes, as the template writes it. */
  conclusionLabel: string;
  /** The word a case heading starts with in the minutes ("Sak 3/25"). */
  caseLabel: string;
  conclusions: string;
  followUp: string;
  head: { case: string; conclusion: string; action: string; responsible: string; due: string; done: string };
  noConclusions: string;
  adopted: (date: string) => string;
  draft: string;
  noPlans: string;
  extended: (year: number, decided: string) => string;
  terminated: (party: string, notified: string, effective: string) => string;
  unchanged: string;
  notices: string;
  searchLabel: string;
  searchButton: string;
  /** After the number of pages found. */
  hits: string;
  searchNeedsScript: string;
  feeds: string;
  calendarFeed: string;
  changesFeed: string;
  data: string;
  changesTitle: (title: string) => string;
  produced: (date: string) => string;
  accessibilityText: readonly string[];
  accessibilityDated: (date: string) => string;
}

const BOKMÅL: SiteWords = {
  skip: 'Hopp til hovedinnholdet',
  menu: 'Hovedmeny',
  pages: {
    home: 'Forside',
    agreement: 'Avtalen',
    meetings: 'Møter',
    decisions: 'Konklusjoner og oppfølging',
    plans: 'Årsplaner',
    term: 'Forlengelser og oppsigelse',
    evaluation: 'Evalueringsgrunnlag',
    search: 'Søk',
    accessibility: 'Tilgjengelighetserklæring',
  },
  internalBanner: 'Intern versjon: inneholder opplysninger som er unntatt offentlighet. Skal ikke publiseres.',
  parties: 'Parter',
  inForce: (until) => `Avtalen gjelder til og med ${until}.`,
  ended: (until) => `Avtalen gjaldt til og med ${until}.`,
  nextMeeting: 'Neste møte',
  noMeetingPlanned: 'Ingen møter er planlagt.',
  proposed: (date) => `Ikke avtalt ennå. Foreslått dato: ${date}.`,
  noticeBy: (date) => `Innkallingen sendes innen ${date}.`,
  documentsBy: (date) => `Saksdokumentene sendes innen ${date}.`,
  date: 'Dato',
  status: 'Status',
  documents: 'Dokumenter',
  statuses: { planned: 'Planlagt', held: 'Holdt', cancelled: 'Avlyst' },
  agenda: 'Innkalling',
  minutes: 'Referat',
  cancellation: 'Avlysning',
  exempt: (basis) => `unntatt offentlighet (${basis})`,
  notYetPublished: 'ikke publisert ennå',
  conclusionLabel: 'Konklusjon',
  caseLabel: 'Sak',
  conclusions: 'Konklusjoner',
  followUp: 'Oppfølgingspunkter',
  head: {
    case: 'Sak',
    conclusion: 'Konklusjon',
    action: 'Oppfølgingspunkt',
    responsible: 'Ansvar',
    due: 'Frist',
    done: 'Utført',
  },
  noConclusions: 'Ingen konklusjoner er publisert ennå.',
  adopted: (date) => `Vedtatt ${date}`,
  draft: 'Utkast',
  noPlans: 'Ingen årsplaner er registrert.',
  extended: (year, decided) => `Forlenget fra ${year}, avtalt ${decided}.`,
  terminated: (party, notified, effective) =>
    `Sagt opp av ${party}, mottatt ${notified}; avtalen gjelder til og med ${effective}.`,
  unchanged: 'Avtalen er verken forlenget eller sagt opp.',
  notices: 'Protokoller og brev',
  searchLabel: 'Søk i avtalens sider',
  searchButton: 'Søk',
  hits: 'treff',
  searchNeedsScript: 'Søket trenger JavaScript. Alle sidene er lenket fra menyen.',
  feeds: 'Abonnement og data',
  calendarFeed: 'Kalender (iCalendar)',
  changesFeed: 'Endringer (Atom)',
  data: 'Data (JSON)',
  changesTitle: (title) => `Endringer: ${title}`,
  produced: (date) => `Laget fra avtalens poster ${date}.`,
  accessibilityText: [
    'Disse sidene skal oppfylle kravene i WCAG 2.1 på nivå A og AA, slik forskrift om universell utforming av IKT-løsninger krever.',
    'Hver sidetype kontrolleres automatisk med axe-core i en nettleser før sidene publiseres. Alle sider har overskrifter i rekkefølge, en lenke forbi menyen, språk angitt og tabeller med overskrifter, og de kan skrives ut på A4.',
    'Dokumentene er gjengitt slik partene sendte dem. Finner du noe som ikke fungerer, kan du melde fra til sekretariatet.',
  ],
  accessibilityDated: (date) => `Erklæringen ble sist oppdatert ${date}.`,
};

const NYNORSK: SiteWords = {
  skip: 'Hopp til hovudinnhaldet',
  menu: 'Hovudmeny',
  pages: {
    home: 'Framside',
    agreement: 'Avtalen',
    meetings: 'Møte',
    decisions: 'Konklusjonar og oppfølging',
    plans: 'Årsplanar',
    term: 'Forlengingar og oppseiing',
    evaluation: 'Evalueringsgrunnlag',
    search: 'Søk',
    accessibility: 'Tilgjengeerklæring',
  },
  internalBanner: 'Intern versjon: inneheld opplysningar som er unnatekne offentlegheit. Skal ikkje publiserast.',
  parties: 'Partar',
  inForce: (until) => `Avtalen gjeld til og med ${until}.`,
  ended: (until) => `Avtalen galdt til og med ${until}.`,
  nextMeeting: 'Neste møte',
  noMeetingPlanned: 'Ingen møte er planlagde.',
  proposed: (date) => `Ikkje avtalt enno. Føreslått dato: ${date}.`,
  noticeBy: (date) => `Innkallinga blir send innan ${date}.`,
  documentsBy: (date) => `Saksdokumenta blir sende innan ${date}.`,
  date: 'Dato',
  status: 'Status',
  documents: 'Dokument',
  statuses: { planned: 'Planlagt', held: 'Halde', cancelled: 'Avlyst' },
  agenda: 'Innkalling',
  minutes: 'Referat',
  cancellation: 'Avlysing',
  exempt: (basis) => `unnateke offentlegheit (${basis})`,
  notYetPublished: 'ikkje publisert enno',
  conclusionLabel: 'Konklusjon',
  caseLabel: 'Sak',
  conclusions: 'Konklusjonar',
  followUp: 'Oppfølgingspunkt',
  head: {
    case: 'Sak',
    conclusion: 'Konklusjon',
    action: 'Oppfølgingspunkt',
    responsible: 'Ansvar',
    due: 'Frist',
    done: 'Utført',
  },
  noConclusions: 'Ingen konklusjonar er publiserte enno.',
  adopted: (date) => `Vedteken ${date}`,
  draft: 'Utkast',
  noPlans: 'Ingen årsplanar er registrerte.',
  extended: (year, decided) => `Forlengd frå ${year}, avtalt ${decided}.`,
  terminated: (party, notified, effective) =>
    `Sagd opp av ${party}, motteken ${notified}; avtalen gjeld til og med ${effective}.`,
  unchanged: 'Avtalen er korkje forlengd eller sagd opp.',
  notices: 'Protokollar og brev',
  searchLabel: 'Søk i sidene til avtalen',
  searchButton: 'Søk',
  hits: 'treff',
  searchNeedsScript: 'Søket treng JavaScript. Alle sidene er lenkja frå menyen.',
  feeds: 'Abonnement og data',
  calendarFeed: 'Kalender (iCalendar)',
  changesFeed: 'Endringar (Atom)',
  data: 'Data (JSON)',
  changesTitle: (title) => `Endringar: ${title}`,
  produced: (date) => `Laga frå postane til avtalen ${date}.`,
  accessibilityText: [
    'Desse sidene skal oppfylle krava i WCAG 2.1 på nivå A og AA, slik forskrift om universell utforming av IKT-løysingar krev.',
    'Kvar sidetype blir kontrollert automatisk med axe-core i ein nettlesar før sidene blir publiserte. Alle sider har overskrifter i rekkjefølgje, ei lenkje forbi menyen, språk oppgitt og tabellar med overskrifter, og dei kan skrivast ut på A4.',
    'Dokumenta er gjengitte slik partane sende dei. Finn du noko som ikkje fungerer, kan du melde frå til sekretariatet.',
  ],
  accessibilityDated: (date) => `Erklæringa vart sist oppdatert ${date}.`,
};

export const SITE_WORDS: Readonly<Record<DocumentLanguage, SiteWords>> = { nb: BOKMÅL, nn: NYNORSK };
