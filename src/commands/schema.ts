import { join, resolve } from 'node:path';
import * as z from 'zod/mini';
import { printable } from '../lib/printable.js';
import { message } from '../messages/catalogue.js';
import { RECORD_SCHEMAS, type RecordKind } from '../model/schemas.js';
import type { CommandContext } from '../session/context.js';
import { writeUserFile } from '../writing/write.js';

export interface SchemaOptions {
  out?: string;
}

export const SCHEMA_FILES: Record<RecordKind, string> = {
  agreement: 'agreement.schema.json',
  meeting: 'meeting.schema.json',
  'annual-plan': 'annual-plan.schema.json',
};

/** The JSON Schema of each record kind, as editors read it: the fields a user writes. */
export function jsonSchemas(): Record<RecordKind, string> {
  const entries = Object.entries(RECORD_SCHEMAS).map(([kind, schema]) => [
    kind,
    `${JSON.stringify(z.toJSONSchema(schema, { io: 'input', target: 'draft-2020-12' }), null, 2)}\n`,
  ]);
  return Object.fromEntries(entries) as Record<RecordKind, string>;
}

export function schema(options: SchemaOptions, context: CommandContext): number {
  const schemas = jsonSchemas();
  if (options.out === undefined) {
    context.io.stdout(
      `${JSON.stringify(Object.fromEntries(Object.entries(schemas).map(([kind, text]) => [kind, JSON.parse(text)])), null, 2)}\n`,
    );
    return 0;
  }
  const folder = resolve(context.io.cwd, options.out);
  for (const [kind, text] of Object.entries(schemas) as Array<[RecordKind, string]>) {
    const path = join(folder, SCHEMA_FILES[kind]);
    writeUserFile(path, text);
    context.io.stdout(`${context.say(message('schema/wrote', { file: printable(path) }))}\n`);
  }
  return 0;
}
