// Every design that comes from outside (a saved file, a share link, browser storage, an import) goes through
// restoreDesign, as Excalidraw restores its scenes: the nesting depth is checked first (without recursion), older
// formats are upgraded (migrate.ts), the design document's schema (schema/) checks every field's type, missing fields
// get their defaults, unknown fields are kept (with a warning naming the nearest known field), and anything that
// cannot be a design throws DesignFormatError saying what and where (`integration.uri: expected a string, got a
// number`). Whether API Gateway would accept the values (an unknown integration type, a timeout of 10 ms) is
// validateDesign's job.
import { defaultIntegration } from './defaults.ts';
import { DesignFormatError } from './design-format-error.ts';
import { parseJson } from './json-syntax.ts';
import { upgradeToCurrentFormat } from './migrate.ts';
import { indexPath, keyPath } from './paths.ts';
import { checkDesign, depthProblem, designSchema, MAX_DESIGN_DEPTH } from './schema/index.ts';
import { removeAbsentNulls } from './schema/absent-nulls.ts';
import { findUnsafeKey } from './unsafe-keys.ts';
import { DESIGN_FORMAT, INTEGRATION_TYPES } from './types.ts';
import type { Design, Integration, IntegrationType, Problem } from './types.ts';

export { DesignFormatError };

type Doc = Record<string, unknown>;

export interface RestoredDesign {
  design: Design;
  /** What was upgraded or filled in, for the user ("templates moved to integration.requestTemplates"). */
  notes: string[];
  /** Unknown fields (kept), each naming the nearest known field. */
  warnings: Problem[];
}

export function restoreDesign(input: unknown): RestoredDesign {
  const root = object(input, '', 'a design document (a JSON object)');
  const tooDeep = depthProblem(root, MAX_DESIGN_DEPTH);
  if (tooDeep) throw new DesignFormatError('', tooDeep);
  // The same rule as imports and share links: keys that can change JavaScript objects are refused, never cleaned.
  const unsafe = findUnsafeKey(root);
  if (unsafe)
    throw new DesignFormatError(unsafe, 'a key no design has (__proto__, constructor and prototype are refused)');
  const notes: string[] = [];
  const doc = upgradeToCurrentFormat(structuredClone(root), notes);
  removeAbsentNulls(designSchema, doc);
  const checked = checkDesign(doc);
  if (checked.errors.length > 0) throw DesignFormatError.of(checked.errors);
  const design: Design = {
    ...doc,
    format: DESIGN_FORMAT,
    name: restoreName(doc.name),
    api: restoreApi(doc.api),
    method: restoreMethod(doc.method, notes),
    integration: restoreIntegration(doc.integration, notes),
    samples: restoreSamples(doc.samples),
  };
  if (doc.methodResponses !== undefined && doc.methodResponses !== null)
    design.methodResponses = restoreResponses(
      doc.methodResponses,
      'methodResponses',
      'method response',
    ) as Design['methodResponses'];
  if (doc.backend !== undefined && doc.backend !== null) design.backend = restoreBackend(doc.backend);
  return { design, notes, warnings: checked.warnings };
}

/** Parses a design file's text: JSON syntax errors say line and column; then restoreDesign. */
export function parseDesignJson(text: string): RestoredDesign {
  return restoreDesign(parseDocumentJson(text));
}

/** A document's JSON text parsed; a syntax error throws DesignFormatError with its line and column. */
export function parseDocumentJson(text: string): unknown {
  const parsed = parseJson(text);
  if (!parsed.ok) {
    const { line, column, message } = parsed.error;
    throw new DesignFormatError('', `not valid JSON: ${message}`, { line, column });
  }
  return parsed.value;
}

function restoreName(name: unknown): string {
  if (name === undefined || name === null) return 'Untitled integration';
  if (typeof name !== 'string') throw new DesignFormatError('name', `expected a string, got ${kindOf(name)}`);
  return name;
}

function restoreApi(value: unknown): Design['api'] {
  const api = optionalObject(value, 'api', 'an object with binaryMediaTypes, stageName, stageVariables') ?? {};
  optionalArray(api.binaryMediaTypes, 'api.binaryMediaTypes', 'an array of media types');
  optionalObject(api.stageVariables, 'api.stageVariables', 'an object of stage variable name -> value');
  return api;
}

function restoreMethod(value: unknown, notes: string[]): Design['method'] {
  if (value === undefined || value === null) {
    notes.push('no method: GET / was assumed');
    return { httpMethod: 'GET', resourcePath: '/' };
  }
  const method = object(value, 'method', 'an object with httpMethod and resourcePath');
  optionalObject(
    method.requestParameters,
    'method.requestParameters',
    'an object of method.request.{location}.NAME -> required (true/false)',
  );
  return {
    ...method,
    httpMethod: (method.httpMethod ?? 'GET') as string,
    resourcePath: (method.resourcePath ?? '/') as string,
  };
}

function restoreIntegration(value: unknown, notes: string[]): Integration {
  if (value === undefined || value === null) {
    notes.push('no integration: a MOCK integration was added');
    return defaultIntegration('MOCK');
  }
  const integration = object(value, 'integration', 'an object with the integration type, uri, templates, ...');
  if (integration.type === undefined || integration.type === null) {
    throw new DesignFormatError('integration.type', `missing; expected one of ${INTEGRATION_TYPES.join(', ')}`);
  }
  optionalObject(
    integration.requestParameters,
    'integration.requestParameters',
    'an object of integration.request.{location}.NAME -> mapping expression',
  );
  optionalObject(integration.requestTemplates, 'integration.requestTemplates', 'an object of media type -> template');
  optionalArray(
    integration.cacheKeyParameters,
    'integration.cacheKeyParameters',
    'an array of method request parameters',
  );
  const restored = { ...integration } as Integration;
  if (integration.integrationResponses !== undefined) {
    restored.integrationResponses = restoreResponses(
      integration.integrationResponses,
      'integration.integrationResponses',
      'integration response',
      true,
    ) as Integration['integrationResponses'];
  }
  return withStoredDefaults(restored);
}

/**
 * The fields GetIntegration returns even when PutIntegration omitted them
 * (docs/apigw-behaviour.md#integration-defaults): the timeout, the passthrough behavior, connectionType for HTTP types,
 * an empty cacheKeyParameters. Only filled for a known type.
 */
function withStoredDefaults(integration: Integration): Integration {
  if (!(INTEGRATION_TYPES as readonly unknown[]).includes(integration.type)) return integration;
  const defaults = defaultIntegration(integration.type as IntegrationType);
  const out = { ...integration };
  out.timeoutInMillis ??= defaults.timeoutInMillis;
  out.passthroughBehavior ??= defaults.passthroughBehavior;
  if (defaults.connectionType !== undefined) out.connectionType ??= defaults.connectionType;
  out.cacheKeyParameters ??= [];
  return out;
}

/** integrationResponses / methodResponses: status code -> response object; a missing statusCode is its key. */
function restoreResponses(value: unknown, path: string, what: string, withTemplates = false): Doc {
  const responses = object(value, path, `an object of status code -> ${what}`);
  const out: Doc = {};
  for (const [key, response] of Object.entries(responses)) {
    const responsePath = keyPath(path, key);
    const r = object(response, responsePath, `${/^[aeiou]/.test(what) ? 'an' : 'a'} ${what} object`);
    optionalObject(
      r.responseParameters,
      `${responsePath}.responseParameters`,
      'an object of method.response.header.NAME -> value',
    );
    if (withTemplates)
      optionalObject(r.responseTemplates, `${responsePath}.responseTemplates`, 'an object of media type -> template');
    out[key] = { ...r, statusCode: r.statusCode ?? key };
  }
  return out;
}

function restoreSamples(value: unknown): Design['samples'] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value))
    throw new DesignFormatError('samples', `expected an array of sample requests, got ${kindOf(value)}`);
  return value.map((sample: unknown, i) => {
    const path = indexPath('samples', i);
    const s = object(sample, path, 'a sample request object');
    for (const field of ['headers', 'query', 'stageVariables', 'context', 'expect']) {
      optionalObject(s[field], `${path}.${field}`, 'an object');
    }
    return s;
  });
}

function restoreBackend(value: unknown): Design['backend'] {
  const backend = object(value, 'backend', 'an object with http, lambda or services');
  for (const field of ['http', 'lambda', 'services']) optionalObject(backend[field], `backend.${field}`, 'an object');
  return backend;
}

function object(value: unknown, path: string, expected: string): Doc {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new DesignFormatError(path, `expected ${expected}, got ${kindOf(value)}`);
  }
  return value as Doc;
}

function optionalObject(value: unknown, path: string, expected: string): Doc | undefined {
  return value === undefined || value === null ? undefined : object(value, path, expected);
}

function optionalArray(value: unknown, path: string, expected: string): void {
  if (value !== undefined && value !== null && !Array.isArray(value)) {
    throw new DesignFormatError(path, `expected ${expected}, got ${kindOf(value)}`);
  }
}

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string')
    return `the string ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
  return `${typeof value} ${String(value)}`;
}
