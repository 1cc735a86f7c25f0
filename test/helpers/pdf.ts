/**
 * A PDF read back by the tools an archive's intake would use here: poppler's pdfinfo, pdffonts and
 * pdftotext, and qpdf's structural check. No veraPDF exists for Debian; these check what can be checked
 * without it (the file parses, every font is embedded, the XMP declares PDF/A-2b, the output intent is
 * there, the text is the document's).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { expect } from 'vitest';

const TOOLS = ['pdfinfo', 'pdffonts', 'pdftotext', 'qpdf'] as const;

/** Why the PDF tests cannot run here, or undefined. CI installs poppler-utils and qpdf (.ci/run). */
export function pdfToolsMissing(): string | undefined {
  const missing = TOOLS.filter((tool) => spawnSync('which', [tool]).status !== 0);
  return missing.length === 0
    ? undefined
    : `${missing.join(', ')} missing: install Debian's poppler-utils and qpdf, as .ci/run does`;
}

export interface PdfReadBack {
  info: Record<string, string>;
  xmp: string;
  text: string;
  fonts: string[];
}

/** Checks the file as PDF/A-2b and returns what it holds. */
export function readPdfA(path: string): PdfReadBack {
  const check = spawnSync('qpdf', ['--check', path], { encoding: 'utf8' });
  expect(check.status, check.stdout + check.stderr).toBe(0);
  expect(check.stdout).toContain('No syntax or stream encoding errors found');
  const run = (tool: string, ...args: string[]) => {
    const result = spawnSync(tool, [...args, path, ...(tool === 'pdftotext' ? ['-'] : [])], { encoding: 'utf8' });
    expect(result.status, result.stderr).toBe(0);
    // poppler says so on standard error when an operator or an object is out of place.
    expect(result.stderr).toBe('');
    return result.stdout;
  };
  const info = Object.fromEntries(
    run('pdfinfo')
      .split('\n')
      .flatMap((line) => {
        const match = /^([^:]+):\s*(.*)$/.exec(line);
        return match ? [[match[1] ?? '', match[2] ?? '']] : [];
      }),
  );
  const fontLines = run('pdffonts').split('\n').slice(2).filter(Boolean);
  // Columns: name, type (two words), encoding, emb, sub, uni, object, generation.
  const fonts = fontLines.map((line) => {
    const columns = line.trim().split(/\s+/);
    expect(columns.at(-5), `${line}: embedded`).toBe('yes');
    return columns[0] ?? '';
  });
  const xmp = execFileSync('pdfinfo', ['-meta', path], { encoding: 'utf8' });
  const raw = readFileSync(path).toString('latin1');
  expect(raw).toMatch(/\/OutputIntents \[\d+ 0 R\]/);
  expect(raw).toContain('/S /GTS_PDFA1');
  return { info, xmp, text: run('pdftotext'), fonts };
}

/** The XMP's PDF/A identification and Dublin Core fields. */
export function xmpFields(xmp: string): { part?: string; conformance?: string; title?: string; language?: string } {
  const field = (pattern: RegExp) => pattern.exec(xmp)?.[1];
  // Well-formed enough for an XMP reader: no bare ampersand or angle bracket in the text.
  expect(xmp.replace(/<[^>]*>/g, '')).not.toMatch(/&(?!amp;|lt;|gt;|quot;|apos;)|</);
  return {
    part: field(/<pdfaid:part>(\d)<\/pdfaid:part>/),
    conformance: field(/<pdfaid:conformance>([A-Z])<\/pdfaid:conformance>/),
    title: field(/<dc:title><rdf:Alt><rdf:li xml:lang="x-default">([^<]*)<\/rdf:li>/),
    language: field(/<dc:language><rdf:Bag><rdf:li>([^<]*)<\/rdf:li>/),
  };
}
