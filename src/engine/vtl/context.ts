// $context and $stageVariables for a method request. Every REST API context variable usable in mapping templates (DG
// api-gateway-mapping-template-reference, first table; docs/apigw-behaviour.md#context) is present, generated the way
// API Gateway shapes them (uuid request ids, CLF request time, `/{stage}/...` path), then deep-overridden by what the
// sample gives in `context`. With `deterministic`, ids and time are fixed so outputs can be compared in tests.
// Access-log-only variables (integration.*, status, latencies, xrayTraceId, ...) are not available to templates.
import type { Design, SampleRequest } from '../../model/types.ts';
import type { MethodRequest } from '../request/method-request.types.ts';
import { findHeader } from '../request/method-request.ts';
import type { VtlScope } from './render-vtl.ts';

export interface BuildContextOptions {
  deterministic?: boolean;
  now?: Date;
}

export const DETERMINISTIC_TIME = new Date('2026-01-01T00:00:00Z');
export const DETERMINISTIC_REQUEST_ID = '00000000-0000-4000-8000-000000000000';
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `dd/MMM/yyyy:HH:mm:ss +0000` (Common Log Format, UTC), as $context.requestTime. */
export function formatRequestTime(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${p(d.getUTCDate())}/${MONTHS[d.getUTCMonth()]}/${d.getUTCFullYear()}:${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} +0000`;
}

function randomUuid(): string {
  const c = globalThis.crypto as Crypto | undefined;
  if (c?.randomUUID) return c.randomUUID();
  const hex = () => Math.floor(Math.random() * 16).toString(16);
  return 'xxxxxxxx-xxxx-4xxx-8xxx-xxxxxxxxxxxx'.replace(/x/g, hex);
}

/** A short lowercase id derived from text, so apiId/resourceId stay the same for the same design. */
function stableId(text: string, length: number): string {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619) >>> 0;
  let out = '';
  while (out.length < length) {
    h = Math.imul(h ^ (h >>> 13), 2654435761) >>> 0;
    out += h.toString(36);
  }
  return out.slice(0, length);
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Deep merge: objects merge key by key, anything else replaces. Keys are copied as own data only. */
export function deepMerge(base: Record<string, unknown>, over: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...base };
  for (const key of Object.keys(over)) {
    if (key === '__proto__') continue;
    const b = out[key];
    const o = over[key];
    out[key] = isObject(b) && isObject(o) ? deepMerge(b, o) : o;
  }
  return out;
}

/** Lambda-authorizer context values reach templates as strings (`1` -> "1", `true` -> "true"). */
function stringifyAuthorizer(v: unknown): unknown {
  if (isObject(v)) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, stringifyAuthorizer(x)]));
  return v === null || v === undefined || typeof v === 'string' || Array.isArray(v) ? v : String(v);
}

export function buildContext(
  request: MethodRequest,
  design: Design | undefined,
  sample: SampleRequest,
  options: BuildContextOptions = {},
): Record<string, unknown> {
  const deterministic = options.deterministic ?? false;
  const now = options.now ?? (deterministic ? DETERMINISTIC_TIME : new Date());
  const stage = design?.api?.stageName || 'test';
  const seed = `${design?.name ?? ''}|${request.resourcePath}|${request.method}`;
  const apiId = stableId(`api|${design?.name ?? ''}`, 10);
  const requestId = deterministic ? DETERMINISTIC_REQUEST_ID : randomUuid();
  const generated: Record<string, unknown> = {
    accountId: '123456789012',
    apiId,
    authorizer: { principalId: null, claims: null },
    awsEndpointRequestId: null,
    deploymentId: stableId(`deployment|${seed}`, 6),
    domainName: `${apiId}.execute-api.us-east-1.amazonaws.com`,
    domainPrefix: apiId,
    error: { message: null, messageString: null, responseType: null, validationErrorString: null },
    extendedRequestId: deterministic ? 'AAAAAAAAAAAAAAA=' : `${randomUuid().replace(/-/g, '').slice(0, 14)}=`,
    httpMethod: request.method,
    identity: {
      accessKey: null,
      accountId: null,
      apiKey: null,
      apiKeyId: null,
      caller: null,
      clientCert: null,
      cognitoAuthenticationProvider: null,
      cognitoAuthenticationType: null,
      cognitoIdentityId: null,
      cognitoIdentityPoolId: null,
      principalOrgId: null,
      sourceIp: '198.51.100.1',
      user: null,
      userAgent: findHeader(request.headers, 'User-Agent') ?? null,
      userArn: null,
    },
    path: `/${stage}${request.path === '/' ? '/' : request.path}`,
    protocol: 'HTTP/1.1',
    requestId,
    requestTime: formatRequestTime(now),
    requestTimeEpoch: now.getTime(),
    resourceId: stableId(`resource|${request.resourcePath}`, 6),
    resourcePath: request.resourcePath,
    stage,
    wafResponseCode: null,
    webaclArn: null,
  };
  const merged = isObject(sample.context) ? deepMerge(generated, sample.context) : generated;
  merged.authorizer = stringifyAuthorizer(merged.authorizer);
  return merged;
}

/** $stageVariables: the API's, overridden by the sample's. */
export function buildStageVariables(design: Design | undefined, sample: SampleRequest): Record<string, string> {
  return { ...(design?.api?.stageVariables ?? {}), ...(sample.stageVariables ?? {}) };
}

/**
 * The scope a request mapping template renders in: $input.body (the payload as text; a base64 body stays the text it
 * is, converting payloads is the round trip's job), $input.params (the method request's path, query string and
 * headers), $context and $stageVariables. The one place that decides which parts of the request a template sees.
 */
export function requestTemplateScope(
  request: MethodRequest,
  body: string,
  context: Record<string, unknown>,
  stageVariables: Record<string, string>,
): VtlScope {
  return {
    body,
    params: { path: request.pathParameters, querystring: request.query, header: request.headers },
    context,
    stageVariables,
  };
}
