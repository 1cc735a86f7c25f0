/**
 * The record as a static site, for those who never open a terminal: the agreement with its clause
 * anchors, each meeting with the documents that went out, the conclusions and follow-up points across
 * meetings, the annual plans, extensions and notices, the evaluation basis, and the next meeting with its
 * deadlines; a calendar feed, an Atom feed of changes, the data as JSON, and a search that needs no
 * server. Public (the default) leaves out every document marked exempt from public access, and every
 * personal name outside a published document; internal keeps them, with a banner on every page.
 *
 * Pure: the command reads the records, renders the documents and hands them here; every page is built
 * from escaped text and markup the document renderer made from escaped text.
 */

import { escapeHtml, htmlPage } from '../documents/page.js';
import { CASE_HEADING } from '../documents/saksliste.js';
import type { IsoDate } from '../lib/dates.js';
import { norwegianDate } from '../lib/norwegian.js';
import { SITE_WORDS, type SiteWords } from '../messages/site-words.js';
import { partiesOn, partyShortName } from '../model/parties.js';
import type { Agreement, AnnualPlan, Meeting } from '../model/schemas.js';
import { lastDayInForce, termFacts } from '../term/term.js';
import { SEARCH_SCRIPT, SITE_CSS } from './assets.js';

export type SiteDocumentKind = 'agenda' | 'minutes' | 'cancellation';

export interface SiteDocument {
  kind: SiteDocumentKind;
  /** The document's own title, as its heading gives it. */
  title: string;
  /** Its body as markup, from the document renderer. */
  body: string;
  /** The day it is dated. */
  date: IsoDate;
  /** The basis for exempting it from public access, or null. */
  exempt: string | null;
}

export interface SiteMeeting {
  id: string;
  data: Meeting;
  /** The documents that went out: the innkalling once sent (or the avlysning), the referat once approved. */
  documents: SiteDocument[];
  /** The minutes as the record has them, once approved: the decision log reads its conclusions. */
  minutesText: string | null;
}

export interface SitePlan {
  year: number;
  data: AnnualPlan;
  body: string;
}

export interface SiteNotice {
  /** agreement/notices/<name>.md */
  path: string;
  title: string;
  body: string;
}

export interface SiteNext {
  source: 'planned' | 'proposed';
  date: IsoDate;
  time: string | null;
  place: string | null;
  noticeBy: IsoDate;
  documentsBy: IsoDate;
}

export interface SiteInput {
  agreement: Agreement;
  today: IsoDate;
  internal: boolean;
  /** The agreement's text as markup. */
  agreementText: string;
  meetings: readonly SiteMeeting[];
  plans: readonly SitePlan[];
  notices: readonly SiteNotice[];
  evaluation: { title: string; body: string } | null;
  next: SiteNext | null;
  /** The calendar feed, as `calendar` writes it (the same UIDs as `invite`). */
  calendar: string;
}

export interface SiteFile {
  path: string;
  content: string;
}

interface Page {
  path: string;
  title: string;
  /** The page's main content. */
  main: string;
}

/** The site's files: its pages, stylesheet and script, feeds, data and search index. */
export function buildSite(input: SiteInput): SiteFile[] {
  const words = SITE_WORDS[input.agreement.language];
  // What the site publishes of each meeting, and what it withholds (the meetings list names the basis).
  const meetings = input.meetings.map((meeting) => ({
    ...meeting,
    documents: meeting.documents.filter((document) => input.internal || document.exempt === null),
    withheld: meeting.documents.filter((document) => !input.internal && document.exempt !== null),
  }));
  const pages: Page[] = [
    homePage(input, words),
    { path: 'avtalen.html', title: words.pages.agreement, main: withClauseAnchors(input.agreementText) },
    meetingsPage(meetings, words),
    ...meetings.flatMap((meeting) =>
      meeting.documents.map((document) => ({
        path: documentPath(meeting.id, document.kind),
        title: document.title,
        main: `${document.exempt ? `<p class="marking">${escapeHtml(words.exempt(document.exempt))}</p>` : ''}${document.body}`,
      })),
    ),
    decisionsPage(input, meetings, words),
    plansPage(input, words),
    termPage(input, words),
    ...(input.evaluation
      ? [{ path: 'evaluering.html', title: words.pages.evaluation, main: input.evaluation.body }]
      : []),
    searchPage(words),
    accessibilityPage(input, words),
  ];
  const html = pages.map((page) => ({ path: page.path, content: layout(page, input, words) }));
  return [
    ...html,
    { path: 'stil.css', content: SITE_CSS },
    { path: 'sok.js', content: SEARCH_SCRIPT },
    { path: 'sok.json', content: `${JSON.stringify(searchIndex(pages))}\n` },
    { path: 'kalender.ics', content: input.calendar },
    { path: 'endringer.atom', content: atomFeed(input, meetings, words) },
    { path: 'data.json', content: `${JSON.stringify(siteData(input, meetings), null, 2)}\n` },
  ];
}

function documentPath(meeting: string, kind: SiteDocumentKind): string {
  return `moter/${meeting}/${kind === 'agenda' ? 'innkalling' : kind === 'minutes' ? 'referat' : 'avlysning'}.html`;
}

/** How deep a page lies, for its links to the site's root. */
function rootOf(path: string): string {
  return '../'.repeat(path.split('/').length - 1);
}

const NAVIGATION: ReadonlyArray<[keyof SiteWords['pages'], string]> = [
  ['home', 'index.html'],
  ['agreement', 'avtalen.html'],
  ['meetings', 'moter/index.html'],
  ['decisions', 'beslutninger.html'],
  ['plans', 'arsplaner.html'],
  ['term', 'forlengelser.html'],
  ['evaluation', 'evaluering.html'],
  ['search', 'sok.html'],
];

/**
 * No script but the site's own search, nothing fetched from elsewhere, no inline style: a script a
 * record smuggled into a page could not run.
 */
const SITE_POLICY =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'self'";

function layout(page: Page, input: SiteInput, words: SiteWords): string {
  const root = rootOf(page.path);
  const title = escapeHtml(input.agreement.title);
  const links = NAVIGATION.filter(([, path]) => path !== 'evaluering.html' || input.evaluation)
    .map(([key, path]) => {
      const current = path === page.path ? ' aria-current="page"' : '';
      return `<li><a href="${root}${path}"${current}>${escapeHtml(words.pages[key])}</a></li>`;
    })
    .join('');
  const banner = input.internal ? `<p class="internal" role="note">${escapeHtml(words.internalBanner)}</p>` : '';
  return htmlPage({
    title: `${escapeHtml(page.title)} – ${title}`,
    lang: input.agreement.language,
    policy: SITE_POLICY,
    head: `${input.internal ? '<meta name="robots" content="noindex, nofollow">\n' : ''}<link rel="icon" href="data:,">
<link rel="stylesheet" href="${root}stil.css">
<link rel="alternate" type="application/atom+xml" href="${root}endringer.atom" title="${escapeHtml(words.changesTitle(input.agreement.title))}">
`,
    body: `<a class="skip" href="#innhold">${escapeHtml(words.skip)}</a>
${banner}<header><p class="site-title"><a href="${root}index.html">${title}</a></p>
<nav aria-label="${escapeHtml(words.menu)}"><ul>${links}</ul></nav></header>
<main id="innhold" tabindex="-1">
${page.main.includes('<h1') ? '' : `<h1>${escapeHtml(page.title)}</h1>\n`}${page.main}
</main>
<footer><p>${escapeHtml(words.produced(norwegianDate(input.today)))} <a href="${root}tilgjengelighet.html">${escapeHtml(words.pages.accessibility)}</a></p></footer>
`,
  });
}

function homePage(input: SiteInput, words: SiteWords): Page {
  const { agreement, today } = input;
  const last = lastDayInForce(agreement);
  const parties = partiesOn(agreement, today)
    .map((party) => `<li>${escapeHtml(party.name)} (${escapeHtml(party.short)})</li>`)
    .join('');
  const next = input.next;
  const nextMeeting = next
    ? `<p>${escapeHtml(`${norwegianDate(next.date)}${next.time ? ` kl. ${next.time.replace(':', '.')}` : ''}${next.place ? `, ${next.place}` : ''}`)}</p>
${next.source === 'proposed' ? `<p>${escapeHtml(words.proposed(norwegianDate(next.date)))}</p>` : ''}<ul><li>${escapeHtml(words.noticeBy(norwegianDate(next.noticeBy)))}</li><li>${escapeHtml(words.documentsBy(norwegianDate(next.documentsBy)))}</li></ul>`
    : `<p>${escapeHtml(words.noMeetingPlanned)}</p>`;
  return {
    path: 'index.html',
    title: words.pages.home,
    main: `<h1>${escapeHtml(agreement.title)}</h1>
<p>${escapeHtml((today <= last ? words.inForce : words.ended)(norwegianDate(last)))}</p>
<h2>${escapeHtml(words.parties)}</h2><ul>${parties}</ul>
<h2>${escapeHtml(words.nextMeeting)}</h2>${nextMeeting}
<h2>${escapeHtml(words.feeds)}</h2><ul><li><a href="kalender.ics">${escapeHtml(words.calendarFeed)}</a></li><li><a href="endringer.atom">${escapeHtml(words.changesFeed)}</a></li><li><a href="data.json">${escapeHtml(words.data)}</a></li></ul>`,
  };
}

function meetingsPage(meetings: ReadonlyArray<SiteMeeting & { withheld: SiteDocument[] }>, words: SiteWords): Page {
  const kindWord = { agenda: words.agenda, minutes: words.minutes, cancellation: words.cancellation };
  const rows = [...meetings]
    .reverse()
    .map((meeting) => {
      const published = meeting.documents
        .map(
          (document) =>
            `<a href="${documentPath(meeting.id, document.kind).slice('moter/'.length)}">${escapeHtml(kindWord[document.kind])}</a>`,
        )
        .join(', ');
      const withheld = meeting.withheld.map(
        (document) => `${escapeHtml(kindWord[document.kind])}: ${escapeHtml(words.exempt(document.exempt ?? ''))}`,
      );
      const cell = [published, ...withheld].filter(Boolean).join('; ') || escapeHtml(words.notYetPublished);
      return `<tr id="mote-${meeting.id}"><th scope="row">${escapeHtml(norwegianDate(meeting.data.date))}</th><td>${escapeHtml(words.statuses[meeting.data.status])}</td><td>${cell}</td></tr>`;
    })
    .join('\n');
  return {
    path: 'moter/index.html',
    title: words.pages.meetings,
    main: `<table><thead><tr><th scope="col">${escapeHtml(words.date)}</th><th scope="col">${escapeHtml(words.status)}</th><th scope="col">${escapeHtml(words.documents)}</th></tr></thead><tbody>
${rows}
</tbody></table>`,
  };
}

interface Conclusion {
  /** "8/18" */
  number: string;
  title: string;
  text: string;
}

/** The conclusions the minutes record under their case headings ("## Sak 8/18 …", "Konklusjon: …"). */
export function conclusionsOf(minutes: string, words: SiteWords): Conclusion[] {
  const headings = [...minutes.matchAll(CASE_HEADING)];
  return headings.flatMap((heading, index) => {
    const [, level, number = '', title = ''] = heading;
    if (level !== '##' || !/^\d{1,3}\/\d{2}$/.test(number)) return [];
    const section = minutes.slice((heading.index ?? 0) + heading[0].length, headings[index + 1]?.index);
    return section
      .split(/\n\s*\n/)
      .map((paragraph) => paragraph.trim())
      .filter((paragraph) => paragraph.startsWith(`${words.conclusionLabel}:`))
      .map((paragraph) => ({
        number,
        title: title.trim(),
        text: paragraph
          .slice(words.conclusionLabel.length + 1)
          .replace(/\s+/g, ' ')
          .trim(),
      }));
  });
}

function decisionsPage(input: SiteInput, meetings: readonly SiteMeeting[], words: SiteWords): Page {
  const { agreement } = input;
  const sections = meetings
    .filter((meeting) => meeting.documents.some((document) => document.kind === 'minutes'))
    .map((meeting) => {
      const date = meeting.data.date;
      const conclusions = conclusionsOf(meeting.minutesText ?? '', words)
        .map(
          (conclusion) =>
            `<li id="sak-${conclusion.number.replace('/', '-')}"><a href="#sak-${conclusion.number.replace('/', '-')}">${escapeHtml(`${words.caseLabel} ${conclusion.number}`)}</a> ${escapeHtml(conclusion.title)}: ${escapeHtml(conclusion.text)}</li>`,
        )
        .join('');
      const actions = meeting.data.actions
        .map((action, index) => {
          const id = `oppfolging-${meeting.id}-${index + 1}`;
          const responsible = action.responsible.map((party) => partyShortName(agreement, party, date)).join(', ');
          const due = action.rescheduled?.due ?? action.due;
          return `<tr id="${id}"><th scope="row"><a href="#${id}">${escapeHtml(action.text)}</a></th><td>${escapeHtml(responsible)}</td><td>${escapeHtml(due ? norwegianDate(due) : '')}</td><td>${escapeHtml(action.done ? norwegianDate(action.done) : '')}</td></tr>`;
        })
        .join('');
      const referat = `<a href="${documentPath(meeting.id, 'minutes')}">${escapeHtml(words.minutes)}</a>`;
      return `<section aria-labelledby="beslutninger-${meeting.id}"><h2 id="beslutninger-${meeting.id}">${escapeHtml(norwegianDate(date))}</h2><p>${referat}</p>
${conclusions ? `<h3>${escapeHtml(words.conclusions)}</h3><ul>${conclusions}</ul>` : ''}
${actions ? `<h3>${escapeHtml(words.followUp)}</h3><table><thead><tr><th scope="col">${escapeHtml(words.head.action)}</th><th scope="col">${escapeHtml(words.head.responsible)}</th><th scope="col">${escapeHtml(words.head.due)}</th><th scope="col">${escapeHtml(words.head.done)}</th></tr></thead><tbody>${actions}</tbody></table>` : ''}</section>`;
    })
    .reverse();
  return {
    path: 'beslutninger.html',
    title: words.pages.decisions,
    main: sections.length > 0 ? sections.join('\n') : `<p>${escapeHtml(words.noConclusions)}</p>`,
  };
}

function plansPage(input: SiteInput, words: SiteWords): Page {
  const { agreement } = input;
  const plans = input.plans
    .filter((plan) => input.internal || plan.data.status === 'adopted')
    .map((plan) => {
      const adoptedIn = plan.data.adopted_in;
      const state =
        plan.data.status === 'adopted' && adoptedIn
          ? words.adopted(norwegianDate(adoptedIn.slice(0, 10)))
          : words.draft;
      const priorities = plan.data.priorities
        .map(
          (priority) =>
            `<li>${escapeHtml(priority.title)} (${escapeHtml(priority.responsible.map((party) => partyShortName(agreement, party, `${plan.year}-12-31`)).join(', '))})</li>`,
        )
        .join('');
      return `<section aria-labelledby="arsplan-${plan.year}"><h2 id="arsplan-${plan.year}">${plan.year}</h2><p>${escapeHtml(state)}</p>${priorities ? `<ul>${priorities}</ul>` : ''}${plan.body}</section>`;
    });
  return {
    path: 'arsplaner.html',
    title: words.pages.plans,
    main: plans.length > 0 ? plans.join('\n') : `<p>${escapeHtml(words.noPlans)}</p>`,
  };
}

function termPage(input: SiteInput, words: SiteWords): Page {
  const { agreement } = input;
  const facts = [
    ...agreement.extensions.map((extension) => words.extended(extension.year, norwegianDate(extension.decided))),
    ...(agreement.termination
      ? [
          words.terminated(
            partyShortName(agreement, agreement.termination.by, agreement.termination.notified),
            norwegianDate(agreement.termination.notified),
            norwegianDate(agreement.termination.effective),
          ),
        ]
      : []),
  ];
  const notices = input.notices
    .map(
      (notice, index) =>
        `<section aria-labelledby="brev-${index + 1}" id="${escapeHtml(notice.path.slice('agreement/notices/'.length, -'.md'.length))}"><h3 id="brev-${index + 1}">${escapeHtml(notice.title)}</h3>${notice.body.replace(/<h1>[\s\S]*?<\/h1>/, '')}</section>`,
    )
    .join('\n');
  return {
    path: 'forlengelser.html',
    title: words.pages.term,
    main: `<ul>${(facts.length > 0 ? facts : [words.unchanged]).map((fact) => `<li>${escapeHtml(fact)}</li>`).join('')}</ul>
${notices ? `<h2>${escapeHtml(words.notices)}</h2>\n${notices}` : ''}`,
  };
}

function searchPage(words: SiteWords): Page {
  return {
    path: 'sok.html',
    title: words.pages.search,
    main: `<form role="search" action="sok.html" method="get"><label for="sok">${escapeHtml(words.searchLabel)}</label> <input id="sok" name="q" type="search"> <button type="submit">${escapeHtml(words.searchButton)}</button></form>
<noscript><p>${escapeHtml(words.searchNeedsScript)}</p></noscript>
<div id="treff" aria-live="polite" data-hits="${escapeHtml(words.hits)}"></div>
<script src="sok.js" defer></script>`,
  };
}

function accessibilityPage(input: SiteInput, words: SiteWords): Page {
  return {
    path: 'tilgjengelighet.html',
    title: words.pages.accessibility,
    main: `${words.accessibilityText.map((text) => `<p>${escapeHtml(text)}</p>`).join('\n')}
<p>${escapeHtml(words.accessibilityDated(norwegianDate(input.today)))}</p>`,
  };
}

/** Each page's words, without its markup: what the search matches. */
function searchIndex(pages: readonly Page[]): Array<{ url: string; title: string; text: string }> {
  return pages
    .filter((page) => page.path !== 'sok.html')
    .map((page) => ({
      url: page.path,
      title: page.title,
      text: plainText(page.main),
    }));
}

function plainText(markup: string): string {
  return markup
    .replace(/<[^>]*>/g, ' ')
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code)))
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A clause heading ("2. Avtalepartenes plikter", "1.1 Tilhørende avtaler") gets the anchor punkt-2, punkt-1-1. */
export function withClauseAnchors(markup: string): string {
  return markup.replace(/<h([2-4])>(\d+(?:\.\d+)*)\.?(\s)/g, (_, level: string, number: string, space: string) => {
    return `<h${level} id="punkt-${number.replace(/\./g, '-')}">${number}${/\./.test(number) ? '' : '.'}${space}`;
  });
}

function atomFeed(input: SiteInput, meetings: readonly SiteMeeting[], words: SiteWords): string {
  const { agreement } = input;
  const id = `urn:partnership:${agreement.id}`;
  const entries = meetings
    .flatMap((meeting) =>
      meeting.documents.map((document) => ({
        id: `${id}:${meeting.id}:${document.kind}`,
        title: document.title,
        path: documentPath(meeting.id, document.kind),
        date: document.date,
      })),
    )
    .concat(
      agreement.extensions.map((extension) => ({
        id: `${id}:extension:${extension.year}`,
        title: words.extended(extension.year, norwegianDate(extension.decided)),
        path: 'forlengelser.html',
        date: extension.decided,
      })),
    )
    .sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id));
  const updated = entries[0]?.date ?? input.today;
  const xml = (text: string) => escapeHtml(text);
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${agreement.language}">
<id>${xml(id)}</id>
<title>${xml(words.changesTitle(agreement.title))}</title>
<updated>${updated}T00:00:00Z</updated>
<link rel="self" href="endringer.atom"/>
<author><name>${xml(
    partiesOn(agreement, input.today)
      .map((party) => party.short)
      .join(', '),
  )}</name></author>
${entries
  .map(
    (entry) =>
      `<entry><id>${xml(entry.id)}</id><title>${xml(entry.title)}</title><link href="${xml(entry.path)}"/><updated>${entry.date}T00:00:00Z</updated></entry>`,
  )
  .join('\n')}
</feed>
`;
}

/** The data behind the pages: what the public site shows, no more; internal adds the attendees. */
function siteData(input: SiteInput, meetings: readonly SiteMeeting[]) {
  const { agreement, internal } = input;
  const term = termFacts(agreement);
  return {
    agreement: {
      id: agreement.id,
      title: agreement.title,
      language: agreement.language,
      signed: agreement.signed,
      in_force_until: term.last_day,
      parties: partiesOn(agreement, input.today).map((party) => ({
        id: party.id,
        name: party.name,
        short: party.short,
      })),
      extensions: term.extensions,
      termination: term.termination,
    },
    internal,
    produced: input.today,
    next_meeting: input.next,
    meetings: meetings.map((meeting) => ({
      id: meeting.id,
      date: meeting.data.date,
      status: meeting.data.status,
      chair: meeting.data.chair,
      minutes: meeting.data.minutes,
      minutes_approved: meeting.data.minutes_approved,
      documents: meeting.documents.map((document) => ({
        kind: document.kind,
        title: document.title,
        date: document.date,
        url: documentPath(meeting.id, document.kind),
      })),
      ...(internal ? { attendees: meeting.data.attendees } : {}),
    })),
  };
}
