/**
 * The field reference (docs/fields.md): every field of every record kind, its type, whether it must be
 * written, its default and what it means, generated from the JSON Schemas of the zod schemas, so it
 * cannot drift from what validate accepts.
 */

interface JsonSchema {
  type?: string | string[];
  description?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  additionalProperties?: JsonSchema | boolean;
  propertyNames?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  enum?: unknown[];
  const?: unknown;
  default?: unknown;
  pattern?: string;
  format?: string;
  minimum?: number;
  maximum?: number;
}

export interface FieldRow {
  field: string;
  type: string;
  required: boolean;
  default: string;
  description: string;
}

const PARTY_ID = '^[a-z0-9][a-z0-9-]*$';

/** A value's type in words a user writes it by. */
function typeOf(schema: JsonSchema): string {
  const choices = schema.anyOf ?? schema.oneOf;
  if (choices) {
    const kinds = choices.map(typeOf);
    const nullable = kinds.includes('null');
    const rest = [...new Set(kinds.filter((kind) => kind !== 'null'))];
    return `${rest.join(' or ')}${nullable ? ', or null' : ''}`;
  }
  if (schema.const !== undefined) return JSON.stringify(schema.const);
  if (schema.enum) return `one of ${schema.enum.map((value) => `\`${String(value)}\``).join(', ')}`;
  switch (schema.type) {
    case 'string':
      if (schema.format === 'date') return 'date (YYYY-MM-DD)';
      if (schema.pattern === PARTY_ID) return 'id';
      if (schema.pattern?.includes(':[0-5]')) return 'time (HH:MM)';
      if (schema.pattern === '^[A-Z]$') return 'letter';
      return 'text';
    case 'integer':
      return schema.minimum !== undefined ? `whole number ≥ ${schema.minimum}` : 'whole number';
    case 'number':
      return 'number';
    case 'boolean':
      return 'true or false';
    case 'null':
      return 'null';
    case 'array':
      return schema.items ? `list of ${plural(typeOf(schema.items))}` : 'list';
    case 'object':
      if (schema.properties) return 'map';
      if (typeof schema.additionalProperties === 'object') {
        const key = schema.propertyNames ? typeOf(schema.propertyNames) : 'key';
        return `map of ${key} → ${typeOf(schema.additionalProperties)}`;
      }
      return 'map';
    default:
      return 'any';
  }
}

const plural = (type: string) => (type === 'map' ? 'maps' : type === 'text' ? 'texts' : type);

/** The object schema a field's value is, where it is one (or a list of them), for its own fields. */
function nested(schema: JsonSchema): { schema: JsonSchema; suffix: string } | undefined {
  const choices = (schema.anyOf ?? schema.oneOf)?.filter((choice) => choice.type !== 'null');
  if (choices?.length === 1 && choices[0]) return nested(choices[0]);
  if (schema.type === 'object' && schema.properties) return { schema, suffix: '' };
  if (schema.type === 'array' && schema.items) {
    const inner = nested(schema.items);
    return inner && { schema: inner.schema, suffix: `[]${inner.suffix}` };
  }
  if (schema.type === 'object' && typeof schema.additionalProperties === 'object') {
    const inner = nested(schema.additionalProperties);
    return inner && { schema: inner.schema, suffix: `.<key>${inner.suffix}` };
  }
  return undefined;
}

const descriptionOf = (schema: JsonSchema): string =>
  schema.description ??
  (schema.anyOf ?? schema.oneOf ?? []).map((choice) => choice.description).find((text) => text !== undefined) ??
  (schema.items ? descriptionOf(schema.items) : '');

export function fieldRows(schema: JsonSchema, prefix = ''): FieldRow[] {
  const rows: FieldRow[] = [];
  for (const [name, field] of Object.entries(schema.properties ?? {})) {
    const path = `${prefix}${name}`;
    rows.push({
      field: path,
      type: typeOf(field),
      required: (schema.required ?? []).includes(name) && field.default === undefined,
      default: field.default === undefined ? '' : JSON.stringify(field.default),
      description: descriptionOf(field),
    });
    const inner = nested(field);
    if (inner) rows.push(...fieldRows(inner.schema, `${path}${inner.suffix}.`));
  }
  return rows;
}

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

export function fieldReference(schemas: ReadonlyArray<{ title: string; file: string; schema: JsonSchema }>): string {
  const sections = schemas.map(({ title, file, schema }) => {
    const rows = fieldRows(schema).map(
      (row) =>
        `| \`${cell(row.field)}\` | ${cell(row.type)} | ${row.required ? 'yes' : ''} | ${row.default ? `\`${cell(row.default)}\`` : ''} | ${cell(row.description)} |`,
    );
    return [
      `## ${title}`,
      '',
      `${file}`,
      '',
      '| field | type | must be written | default | what it is |',
      '| --- | --- | --- | --- | --- |',
      ...rows,
    ].join('\n');
  });
  return `# Field reference (feltreferanse)

Every field of every kind of record, generated from the schemas \`partnership validate\` checks against
(\`partnership schema\` writes the same as JSON Schemas, for editors). A field that need not be written
takes its default; \`a[].b\` is the field \`b\` of each entry in the list \`a\`, and \`a.<key>.b\` the field
\`b\` of each entry in the map \`a\`. Unknown fields are errors.

${sections.join('\n\n')}
`;
}
