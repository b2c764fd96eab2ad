// The schema as a list of documented fields (`integration.requestTemplates.*` -> "object of string"), so that
// docs/design-document.md is checked against the schema itself (tests/model/design-document-doc.test.ts): a field
// added to the schema and not documented fails the test.
import { type AnySchema, childSchema, kindOfSchema, knownFields, unionOptions, unwrap } from './schema-walk.ts';

export interface DocumentedField {
  /** `integration.integrationResponses.*.responseTemplates`: `*` stands for any map key, `[]` for any element. */
  path: string;
  /** `string`, `number`, `true/false`, `object`, `map of string`, `array of string`, `any JSON`, ... */
  type: string;
  /** Whether null is accepted (it means the same as leaving the field out). */
  nullable: boolean;
}

function typeName(schema: AnySchema): string {
  const inner = unwrap(schema);
  const kind = kindOfSchema(inner);
  const type = (inner as unknown as { _zod: { def: { type: string } } })._zod.def.type;
  if (kind === 'any') return 'any JSON';
  if (kind === 'object') return 'object';
  if (kind === 'record') return `map of ${typeName(childSchema(inner, '').schema!)}`;
  if (kind === 'array') return `array of ${typeName(childSchema(inner, 0).schema!)}`;
  if (kind === 'union') return unionOptions(inner).map(typeName).join(' or ');
  return type === 'boolean' ? 'true/false' : type;
}

export function documentedFields(root: AnySchema, prefix = ''): DocumentedField[] {
  const out: DocumentedField[] = [];
  for (const [name, field] of Object.entries(knownFields(root))) {
    const path = prefix ? `${prefix}.${name}` : name;
    out.push({ path, type: typeName(field), nullable: field.safeParse(null).success });
    let inner = unwrap(field);
    let suffix = '';
    while (kindOfSchema(inner) === 'record' || kindOfSchema(inner) === 'array') {
      const isRecord = kindOfSchema(inner) === 'record';
      suffix += isRecord ? '.*' : '[]';
      inner = unwrap(childSchema(inner, isRecord ? '' : 0).schema!);
    }
    if (kindOfSchema(inner) === 'object') out.push(...documentedFields(inner, `${path}${suffix}`));
  }
  return out;
}
