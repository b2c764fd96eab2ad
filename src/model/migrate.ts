// Upgrading older design documents to the current format, one version step at a time (as Excalidraw's restore does).
//
// ASSUMED HISTORY (invented for this project; change here and in tests/fixtures/designs/v0-*.json if the real
// prototype differed). `integration-designer/0` is the prototype's format; its files carry `"format":
// "integration-designer/0"` or, the earliest ones, no `format` at all. It differed from /1 in these ways:
//   - top-level `templates` (media type -> template)   -> integration.requestTemplates
//   - top-level `parameters` (target -> source)        -> integration.requestParameters
//   - top-level `stageVariables`, `binaryMediaTypes`   -> api.stageVariables, api.binaryMediaTypes
//   - `integration.integrationHttpMethod` (PutIntegration's name for it) -> integration.httpMethod
// - `integration.responses`: an array of integration responses -> integration.integrationResponses keyed by statusCode
//   - `sample`: one sample request                     -> samples: [sample]
// When a /0 field and its /1 counterpart are both present, the /1 entries win and a note says so.
import { DesignFormatError } from './design-format-error.ts';
import { DESIGN_FORMAT } from './types.ts';

type Doc = Record<string, unknown>;
type Migration = { to: string; migrate: (doc: Doc, notes: string[]) => Doc };

export const FORMAT_PREFIX = 'integration-designer/';

/** Each older format and how to lift it one step. */
const MIGRATIONS: Record<string, Migration> = {
  'integration-designer/0': { to: 'integration-designer/1', migrate: migrateV0 },
};

/** Brings a document to DESIGN_FORMAT, or throws for a newer or unknown format. */
export function upgradeToCurrentFormat(input: Doc, notes: string[]): Doc {
  let doc = input;
  if (doc.format === undefined) {
    notes.push(`no "format": read as an integration-designer/0 document and upgraded to ${DESIGN_FORMAT}`);
    doc = { ...doc, format: 'integration-designer/0' };
  } else if (typeof doc.format !== 'string') {
    throw new DesignFormatError(
      'format',
      `expected a string like "${DESIGN_FORMAT}", got ${JSON.stringify(doc.format)}`,
    );
  }
  for (;;) {
    const format = doc.format as string;
    if (format === DESIGN_FORMAT) return doc;
    const migration = MIGRATIONS[format];
    if (!migration) throw unknownFormat(format);
    doc = migration.migrate(doc, notes);
    doc.format = migration.to;
  }
}

function unknownFormat(format: string): DesignFormatError {
  const version = format.startsWith(FORMAT_PREFIX) ? Number(format.slice(FORMAT_PREFIX.length)) : NaN;
  const newest = Number(DESIGN_FORMAT.slice(FORMAT_PREFIX.length));
  if (Number.isInteger(version) && version > newest) {
    return new DesignFormatError(
      'format',
      `"${format}" is newer than this version of Integration Designer can read ` +
        `(up to "${DESIGN_FORMAT}"); open it with a newer version`,
    );
  }
  return new DesignFormatError('format', `unknown format "${format}"; expected "${DESIGN_FORMAT}"`);
}

function migrateV0(doc: Doc, notes: string[]): Doc {
  const { templates, parameters, stageVariables, binaryMediaTypes, sample, ...rest } = doc;
  const out: Doc = { ...rest };
  const integration = asObject(out.integration, 'integration');
  const api = asObject(out.api, 'api');
  if (templates !== undefined) {
    integration.requestTemplates = mergeMap(
      templates,
      integration.requestTemplates,
      'templates',
      'integration.requestTemplates',
      notes,
    );
  }
  if (parameters !== undefined) {
    integration.requestParameters = mergeMap(
      parameters,
      integration.requestParameters,
      'parameters',
      'integration.requestParameters',
      notes,
    );
  }
  if (stageVariables !== undefined) {
    api.stageVariables = mergeMap(stageVariables, api.stageVariables, 'stageVariables', 'api.stageVariables', notes);
  }
  if (binaryMediaTypes !== undefined) {
    if (!Array.isArray(binaryMediaTypes))
      throw new DesignFormatError('binaryMediaTypes', 'expected an array of media types');
    if (api.binaryMediaTypes === undefined) api.binaryMediaTypes = binaryMediaTypes;
    else notes.push('binaryMediaTypes: ignored, api.binaryMediaTypes is also present and wins');
    notes.push('binaryMediaTypes moved to api.binaryMediaTypes');
  }
  if ('integrationHttpMethod' in integration) {
    const { integrationHttpMethod, ...others } = integration;
    if (others.httpMethod === undefined) others.httpMethod = integrationHttpMethod;
    else notes.push('integration.integrationHttpMethod: ignored, integration.httpMethod is also present and wins');
    notes.push('integration.integrationHttpMethod renamed to integration.httpMethod');
    replace(integration, others);
  }
  if ('responses' in integration) {
    const { responses, ...others } = integration;
    others.integrationResponses = {
      ...responsesByStatus(responses),
      ...asObject(others.integrationResponses, 'integration.integrationResponses'),
    };
    notes.push('integration.responses (a list) became integration.integrationResponses, keyed by statusCode');
    replace(integration, others);
  }
  if (sample !== undefined) {
    if (typeof sample !== 'object' || sample === null || Array.isArray(sample)) {
      throw new DesignFormatError('sample', 'expected a sample request object');
    }
    const samples = out.samples === undefined ? [] : out.samples;
    if (!Array.isArray(samples)) throw new DesignFormatError('samples', 'expected an array of sample requests');
    out.samples = [sample, ...samples];
    notes.push('sample moved into samples');
  }
  if (Object.keys(integration).length > 0 || out.integration !== undefined) out.integration = integration;
  if (Object.keys(api).length > 0 || out.api !== undefined) out.api = api;
  return out;
}

function responsesByStatus(responses: unknown): Doc {
  if (!Array.isArray(responses))
    throw new DesignFormatError('integration.responses', 'expected an array of integration responses');
  const byStatus: Doc = {};
  responses.forEach((r: unknown, i) => {
    const code = typeof r === 'object' && r !== null ? (r as Doc).statusCode : undefined;
    if (typeof code !== 'string')
      throw new DesignFormatError(`integration.responses[${i}].statusCode`, 'expected a status code string like "200"');
    byStatus[code] = r;
  });
  return byStatus;
}

function mergeMap(old: unknown, current: unknown, oldPath: string, newPath: string, notes: string[]): Doc {
  const merged = { ...asObject(old, oldPath) };
  const overlap = Object.keys(asObject(current, newPath)).filter((k) => k in merged);
  if (overlap.length > 0)
    notes.push(`${oldPath}: ${overlap.map((k) => JSON.stringify(k)).join(', ')} also in ${newPath}, which wins`);
  notes.push(`${oldPath} moved to ${newPath}`);
  return { ...merged, ...asObject(current, newPath) };
}

function asObject(value: unknown, path: string): Doc {
  if (value === undefined) return {};
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new DesignFormatError(path, 'expected an object');
  return value as Doc;
}

/** Replaces an object's own fields in place (keeps the object's identity for the caller that holds it). */
function replace(target: Doc, fields: Doc): void {
  for (const k of Object.keys(target)) delete target[k];
  Object.assign(target, fields);
}
