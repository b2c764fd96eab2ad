// Applies patch calls to a stored method the way API Gateway does (patch-calls.ts lists the sources), refusing what
// API Gateway refuses: an op a path does not take, a missing key or response, a mapping from an undeclared
// method.request.* parameter or to an undeclared method.response.header.*. Used by the tests to check that the
// calls a diff writes lead exactly to the design the user made.
import type { PlainObject } from '../shared/values.ts';
import { MAP_FIELDS } from './patch-calls.ts';
import { segments } from './pointer.ts';
import type { StoredMethod } from './stored-method.ts';
import type { PatchCall, PatchOperation } from './types.ts';

export class PatchRefused extends Error {}

const REPLACE_ONLY = new Set([
  'httpMethod',
  'uri',
  'connectionType',
  'connectionId',
  'credentials',
  'passthroughBehavior',
  'contentHandling',
  'timeoutInMillis',
  'cacheNamespace',
  'selectionPattern',
]);

const parsedValue = (field: string, value: string | undefined): unknown => {
  if (value === undefined) return undefined;
  if (field === 'timeoutInMillis') return Number(value);
  return value;
};

/** One operation on an integration, integration response, method or method response (a copy is changed). */
function applyOperation(target: PlainObject, op: PatchOperation, allowed: ReadonlySet<string>, where: string): void {
  const [field, key, ...rest] = segments(op.path);
  const refuse = (why: string) => {
    throw new PatchRefused(`${where}: ${op.op} ${op.path}: ${why}`);
  };
  if (!field || !allowed.has(field)) refuse('not a path this call takes');
  if (MAP_FIELDS.has(field!)) {
    if (key === undefined || rest.length) refuse('a map is patched one key at a time');
    const map = { ...((target[field!] as PlainObject | undefined) ?? {}) };
    const boolean = where.startsWith('UpdateMethod');
    if (op.op === 'remove') {
      if (!(key! in map)) refuse('no such key');
      delete map[key!];
    } else {
      if (op.value === undefined) refuse('needs a value');
      if (op.op === 'replace' && !(key! in map)) refuse('no such key to replace');
      map[key!] = boolean && field === 'requestParameters' ? op.value === 'true' : op.value;
      if (boolean && field === 'responseParameters') map[key!] = op.value === 'true';
    }
    if (Object.keys(map).length) target[field!] = map;
    else delete target[field!];
  } else if (field === 'cacheKeyParameters') {
    if (key === undefined || rest.length || op.op === 'replace') refuse('add or remove one value');
    const set = new Set((target.cacheKeyParameters as string[] | undefined) ?? []);
    if (op.op === 'add') set.add(key!);
    else if (!set.delete(key!)) refuse('no such value');
    if (set.size) target.cacheKeyParameters = [...set].sort();
    else delete target.cacheKeyParameters;
  } else if (field === 'tlsConfig') {
    if (key !== 'insecureSkipVerification' || op.op !== 'replace')
      refuse('only replace /tlsConfig/insecureSkipVerification');
    if (op.value === 'true') target.tlsConfig = { insecureSkipVerification: true };
    else delete target.tlsConfig;
  } else if (REPLACE_ONLY.has(field!)) {
    if (key !== undefined || op.op !== 'replace') refuse('only replace');
    const value = parsedValue(field!, op.value);
    if (value === undefined || value === '') delete target[field!];
    else target[field!] = value;
  } else refuse('not a path this call takes');
}

const INTEGRATION_PATHS = new Set([
  ...REPLACE_ONLY,
  'requestParameters',
  'requestTemplates',
  'cacheKeyParameters',
  'tlsConfig',
]);
const INTEGRATION_RESPONSE_PATHS = new Set([
  'selectionPattern',
  'contentHandling',
  'responseParameters',
  'responseTemplates',
]);

function declaredRequest(state: StoredMethod): Set<string> {
  return new Set(Object.keys(state.requestParameters));
}

/** PutIntegration / UpdateIntegration refuse mappings from undeclared method request parameters. */
function checkIntegrationMappings(state: StoredMethod, where: string): void {
  const declared = declaredRequest(state);
  const norm = (k: string) =>
    k.replace('.multivaluequerystring.', '.querystring.').replace('.multivalueheader.', '.header.');
  const known = new Set([...declared].map(norm));
  for (const source of Object.values((state.integration.requestParameters as PlainObject | undefined) ?? {})) {
    const m = /^method\.request\.(path|querystring|header|multivaluequerystring|multivalueheader)\.(.+)$/.exec(
      String(source),
    );
    if (m && !known.has(norm(`method.request.${m[1]}.${m[2]}`))) {
      throw new PatchRefused(`${where}: Invalid mapping expression parameter specified: ${source}`);
    }
  }
}

function checkResponseHeaders(state: StoredMethod, status: string, where: string): void {
  const method = state.methodResponses[status];
  if (!method) throw new PatchRefused(`${where}: no method response ${status}`);
  for (const header of Object.keys((state.integrationResponses[status]?.responseParameters as PlainObject) ?? {})) {
    if (!(header in method.responseParameters))
      throw new PatchRefused(`${where}: Invalid mapping expression specified: ${header}`);
  }
}

const clone = (state: StoredMethod): StoredMethod => JSON.parse(JSON.stringify(state));

/** The stored method after the calls, or PatchRefused naming the call and the operation API Gateway would refuse. */
export function applyCalls(start: StoredMethod, calls: readonly PatchCall[]): StoredMethod {
  const state = clone(start);
  calls.forEach((call, index) => {
    const where = `${call.operation}${call.statusCode ? ` ${call.statusCode}` : ''} (call ${index + 1})`;
    const status = call.statusCode ?? '';
    const input = (call.input ?? {}) as PlainObject;
    switch (call.operation) {
      case 'UpdateMethod':
        for (const op of call.patchOperations ?? [])
          applyOperation(state as unknown as PlainObject, op, new Set(['requestParameters']), where);
        state.requestParameters ??= {};
        break;
      case 'PutMethodResponse':
        state.methodResponses[status] = {
          responseParameters: { ...((input.responseParameters as Record<string, boolean>) ?? {}) },
          responseModels: { ...((input.responseModels as Record<string, string>) ?? {}) },
        };
        break;
      case 'UpdateMethodResponse': {
        const target = state.methodResponses[status] as unknown as PlainObject | undefined;
        if (!target) throw new PatchRefused(`${where}: no method response ${status}`);
        for (const op of call.patchOperations ?? [])
          applyOperation(target, op, new Set(['responseParameters', 'responseModels']), where);
        target.responseParameters ??= {};
        target.responseModels ??= {};
        break;
      }
      case 'DeleteMethodResponse':
        if (!state.methodResponses[status]) throw new PatchRefused(`${where}: no method response ${status}`);
        delete state.methodResponses[status];
        break;
      case 'PutIntegration': {
        const { integrationHttpMethod, ...rest } = input;
        state.integration = { ...rest, ...(integrationHttpMethod ? { httpMethod: integrationHttpMethod } : {}) };
        if (Array.isArray(state.integration.cacheKeyParameters))
          state.integration.cacheKeyParameters = [...state.integration.cacheKeyParameters].sort();
        const tls = state.integration.tlsConfig as PlainObject | undefined;
        if (tls?.insecureSkipVerification !== true) delete state.integration.tlsConfig;
        state.integrationResponses = {};
        checkIntegrationMappings(state, where);
        break;
      }
      case 'UpdateIntegration':
        for (const op of call.patchOperations ?? []) applyOperation(state.integration, op, INTEGRATION_PATHS, where);
        checkIntegrationMappings(state, where);
        break;
      case 'PutIntegrationResponse': {
        const { statusCode: _code, ...rest } = input;
        state.integrationResponses[status] = rest;
        checkResponseHeaders(state, status, where);
        break;
      }
      case 'UpdateIntegrationResponse': {
        const target = state.integrationResponses[status];
        if (!target) throw new PatchRefused(`${where}: no integration response ${status}`);
        for (const op of call.patchOperations ?? []) applyOperation(target, op, INTEGRATION_RESPONSE_PATHS, where);
        checkResponseHeaders(state, status, where);
        break;
      }
      case 'DeleteIntegrationResponse':
        if (!state.integrationResponses[status]) throw new PatchRefused(`${where}: no integration response ${status}`);
        delete state.integrationResponses[status];
        break;
    }
  });
  return state;
}
