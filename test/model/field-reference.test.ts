/**
 * docs/fields.md, the field reference users read, is generated from the schemas validate checks
 * against: a field added to a schema and not to the reference fails here (npm run docs writes it).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { jsonSchemas } from '../../src/commands/schema.js';
import { fieldReference, fieldRows } from '../../src/model/field-reference.js';
import { portfolioListSchema, portfolioReportSchema } from '../../src/model/portfolio.js';
import { PROJECT_ROOT } from '../helpers/repository.js';

const REFERENCE = join(PROJECT_ROOT, 'docs/fields.md');

function reference(): string {
  const schemas = jsonSchemas();
  return fieldReference([
    { title: 'The agreement', file: '`agreement/agreement.md`', schema: JSON.parse(schemas.agreement) },
    { title: 'A meeting', file: '`meetings/YYYY-MM-DD.md`', schema: JSON.parse(schemas.meeting) },
    { title: 'An annual plan', file: '`annual-plans/YYYY.md`', schema: JSON.parse(schemas['annual-plan']) },
    {
      title: 'A portfolio list',
      file: '`partnership portfolio --from FILE`: the records repositories it reads, in YAML',
      schema: z.toJSONSchema(portfolioListSchema, { io: 'input', target: 'draft-2020-12' }) as object,
    },
    {
      title: "The portfolio's answer",
      file: '`partnership portfolio --format json`: what it answers with ("must be written": always there)',
      schema: z.toJSONSchema(portfolioReportSchema, { io: 'output', target: 'draft-2020-12' }) as object,
    },
  ]);
}

describe('the field reference', () => {
  it('is docs/fields.md, as the schemas give it', () => {
    const expected = reference();
    const written = readFileSync(REFERENCE, 'utf8');
    if (process.env.UPDATE_DOCS && written !== expected) writeFileSync(REFERENCE, expected);
    else expect(written, 'run npm run docs to regenerate docs/fields.md').toBe(expected);
  });

  it('names every field of a meeting, nested ones included, with its type, default and whether it must be written', () => {
    const rows = new Map(fieldRows(JSON.parse(jsonSchemas().meeting)).map((row) => [row.field, row]));
    expect(rows.get('date')).toMatchObject({ type: 'date (YYYY-MM-DD)', required: true });
    expect(rows.get('time')).toMatchObject({ type: 'time (HH:MM), or null', required: false, default: 'null' });
    expect(rows.get('status')).toMatchObject({ type: 'one of `planned`, `held`, `cancelled`', required: true });
    expect(rows.get('attendees')).toMatchObject({ type: 'map of id → list of text or map', default: '{}' });
    expect(rows.get('agenda[].title')).toMatchObject({ type: 'text', required: true });
    expect(rows.get('actions[].responsible')?.type).toMatch(/^list of id/);
  });

  it('is shipped in the package and linked from the README and the guide', () => {
    const manifest = JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')) as { files: string[] };
    expect(manifest.files).toContain('docs');
    expect(readFileSync(join(PROJECT_ROOT, 'README.md'), 'utf8')).toContain('docs/fields.md');
    expect(readFileSync(join(PROJECT_ROOT, 'docs/brukerveiledning.md'), 'utf8')).toContain('fields.md');
  });
});
