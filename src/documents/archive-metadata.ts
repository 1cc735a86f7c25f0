/**
 * What an archivist registers of a document in a Noark 5 journal, from the records rather than typed
 * again: its title and date, the document type, each party's journal entry (the sender's copy
 * outgoing, the receivers' incoming) with its correspondents, case number, saksbehandler and unit, the
 * access restriction, and the file itself (format by PRONOM id, SHA-256). Word carries the same fields
 * as custom properties; `--metadata` writes them beside the file as JSON.
 */
import type { DocumentFormat } from './document-formats.js';
import type { DocumentData, LetterView, PartyView } from './view-types.js';

/** The metadata file's own format and version, for a system that imports it. */
export const ARCHIVE_METADATA_FORMAT = 'partnership/noark5-journal/1';

/** Noark 5 dokumenttype, by the template that wrote it. */
const DOCUMENT_TYPES = {
  agenda: 'Møteinnkalling',
  cancellation: 'Brev',
  minutes: 'Møtereferat',
  renewal: 'Avtale',
  termination: 'Brev',
} as const;

/** The file's format in the PRONOM registry (The National Archives), as Noark 5's `format` asks. */
export const PRONOM = {
  md: { id: 'fmt/1149', name: 'Markdown', mimeType: 'text/markdown' },
  html: { id: 'fmt/471', name: 'Hypertext Markup Language 5', mimeType: 'text/html' },
  docx: {
    id: 'fmt/412',
    name: 'Microsoft Word for Windows 2007 onwards',
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  },
  pdf: { id: 'fmt/476', name: 'Acrobat PDF/A - Portable Document Format 2b', mimeType: 'application/pdf' },
} as const satisfies Record<DocumentFormat, { id: string; name: string; mimeType: string }>;

export interface Correspondent {
  korrespondanseparttype: 'Avsender' | 'Mottaker' | 'Kopimottaker';
  korrespondansepartNavn: string;
}

export interface JournalEntry {
  /** The party in whose archive this entry is registered. */
  arkivskaper: string;
  journalposttype: 'Utgående dokument' | 'Inngående dokument';
  /** "22/00456": the party's case for the agreement, or null when the record gives none. */
  saksnummer: string | null;
  /** "77" of "22/00456-77": the document's number in the case, when the reference gives it. */
  dokumentnummer: string | null;
  korrespondansepart: Correspondent[];
  /** Who handled it: the sender's contact on its own copy; on a receiver's, to be assigned there. */
  saksbehandler: string | null;
  administrativEnhet: string | null;
}

export interface ArchiveRecord {
  tittel: string;
  /** The title as the public journal shows it, given when the document is exempt from access. */
  offentligTittel?: string;
  dokumentetsDato: string;
  dokumenttype: (typeof DOCUMENT_TYPES)[keyof typeof DOCUMENT_TYPES];
  /** nb or nn: the written standard (språklova § 13 counts what a body publishes in each). */
  spraak: string;
  skjerming: { tilgangsrestriksjon: string; skjermingshjemmel: string } | null;
  journalposter: JournalEntry[];
  vedlegg: Array<{ tittel: string }>;
}

/** "22/00456-77" as Noark's case number and document number; a reference of another form is the case number. */
function caseAndDocument(reference: string | null): { saksnummer: string | null; dokumentnummer: string | null } {
  if (reference === null) return { saksnummer: null, dokumentnummer: null };
  const match = /^(\d{2,4}\/\d+)-(\d+)$/.exec(reference.trim());
  return match
    ? { saksnummer: match[1] ?? null, dokumentnummer: match[2] ?? null }
    : { saksnummer: reference.trim(), dokumentnummer: null };
}

/**
 * The restriction code archives use for a basis in offentleglova: its section ("13" for offl. § 13),
 * the way Norwegian archive systems name their tilgangskoder; "UO" (unntatt offentlighet) otherwise.
 */
export function restrictionCode(basis: string): string {
  return /offl\.?\s*§\s*(\d+)/i.exec(basis)?.[1] ?? 'UO';
}

function correspondent(type: Correspondent['korrespondanseparttype'], name: string): Correspondent {
  return { korrespondanseparttype: type, korrespondansepartNavn: name };
}

function letterEntries(letter: LetterView): JournalEntry[] {
  const copies = letter.copy.map((name) => correspondent('Kopimottaker', name));
  const outgoing: JournalEntry = {
    arkivskaper: letter.sender.name,
    journalposttype: 'Utgående dokument',
    ...caseAndDocument(letter.our_ref),
    korrespondansepart: [...letter.recipients.map((party) => correspondent('Mottaker', party.name)), ...copies],
    saksbehandler: letter.signed_by?.name ?? null,
    administrativEnhet: letter.sender.unit,
  };
  const incoming = letter.recipients.map(
    (party): JournalEntry => ({
      arkivskaper: party.name,
      journalposttype: 'Inngående dokument',
      ...caseAndDocument(party.case_number),
      dokumentnummer: null,
      korrespondansepart: [correspondent('Avsender', letter.sender.name), ...copies],
      saksbehandler: null,
      administrativEnhet: party.unit,
    }),
  );
  return [outgoing, ...incoming];
}

/**
 * A protocol both parties sign is sent by the convener, who sends the parties' documents: outgoing in
 * its archive, incoming in the others'.
 */
function protocolEntries(parties: readonly PartyView[], convener: string): JournalEntry[] {
  const sender = parties.find((party) => party.id === convener) ?? parties[0];
  if (!sender) return [];
  const others = parties.filter((party) => party !== sender);
  return [
    {
      arkivskaper: sender.name,
      journalposttype: 'Utgående dokument',
      ...caseAndDocument(sender.case_number),
      korrespondansepart: others.map((party) => correspondent('Mottaker', party.name)),
      saksbehandler: sender.contact?.name ?? null,
      administrativEnhet: sender.unit,
    },
    ...others.map(
      (party): JournalEntry => ({
        arkivskaper: party.name,
        journalposttype: 'Inngående dokument',
        ...caseAndDocument(party.case_number),
        korrespondansepart: [correspondent('Avsender', sender.name)],
        saksbehandler: null,
        administrativEnhet: party.unit,
      }),
    ),
  ];
}

/** A document's title: its first level-one heading, as it reads. */
export function markdownTitle(markdown: string): string {
  const heading = /^# +(.+?)\s*#*\s*$/m.exec(markdown)?.[1] ?? '';
  return heading.replace(/[*_`\\]/g, '').trim();
}

/** The journal fields of a rendered document, from the data its template saw. */
export function archiveRecord(document: DocumentData, title: string): ArchiveRecord {
  const view = document.view as {
    letter?: LetterView;
    agreement: { parties: PartyView[]; convener: string };
  };
  const { letter } = view;
  const basis = letter?.access_basis ?? null;
  return {
    tittel: title,
    ...(basis ? { offentligTittel: title } : {}),
    dokumentetsDato: letter?.date ?? document.on,
    dokumenttype: DOCUMENT_TYPES[document.template],
    spraak: document.language,
    skjerming: basis ? { tilgangsrestriksjon: restrictionCode(basis), skjermingshjemmel: basis } : null,
    journalposter: letter ? letterEntries(letter) : protocolEntries(view.agreement.parties, view.agreement.convener),
    vedlegg: (letter?.attachments ?? []).map((attachment) => ({ tittel: attachment })),
  };
}

/** The fields Word shows under File › Properties › Custom, from the sender's journal entry. */
export function customProperties(record: ArchiveRecord): Array<[string, string]> {
  const [own] = record.journalposter;
  const properties: Array<[string, string | null | undefined]> = [
    ['tittel', record.tittel],
    ['dokumentetsDato', record.dokumentetsDato],
    ['dokumenttype', record.dokumenttype],
    ['saksnummer', own?.saksnummer],
    ['dokumentnummer', own?.dokumentnummer],
    ['saksbehandler', own?.saksbehandler],
    ['administrativEnhet', own?.administrativEnhet],
    ['tilgangsrestriksjon', record.skjerming?.tilgangsrestriksjon],
    ['skjermingshjemmel', record.skjerming?.skjermingshjemmel],
  ];
  return properties.flatMap(([name, value]) => (value ? [[name, value] as [string, string]] : []));
}

/** The JSON written beside the file: the journal fields and the file's own facts. */
export function archiveMetadata(
  record: ArchiveRecord,
  file: { name: string; format: DocumentFormat; sha256: string; bytes: number },
): object {
  const format = PRONOM[file.format];
  return {
    format: ARCHIVE_METADATA_FORMAT,
    ...record,
    dokumentobjekt: {
      filnavn: file.name,
      format: format.id,
      formatDetaljer: format.name,
      mimeType: format.mimeType,
      filstoerrelse: file.bytes,
      sjekksumAlgoritme: 'SHA-256',
      sjekksum: file.sha256,
    },
  };
}
