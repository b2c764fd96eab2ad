// A sample request (docs/design-contracts.md#sample-request) -> the method request API Gateway would see: defaults
// filled in, headers and query parameters as a single-value view (the last value, as `queryStringParameters` in the
// proxy event) and a multi-value view, path parameters matched against the resource path. Sources
// (docs/apigw-behaviour.md#method-request, LS-snap test_lambda_aws_proxy_integration): header names keep the client's
// casing; path segments are not percent-decoded; a greedy `{proxy+}` takes the rest of the path, its trailing slash
// stripped (`/proxy-value/` -> `proxy-value`), double slashes kept.
import type { Design, MultiValue, SampleRequest } from '../../model/types.ts';
import type { MethodRequest } from './method-request.types.ts';
import { ownValue, setOwn } from './own-keys.ts';

export type { MethodRequest };

export class MethodRequestError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MethodRequestError';
  }
}

/** A header's value whatever the letter case of its name (HTTP header names are case-insensitive). */
export function findHeader(headers: Record<string, string>, name: string): string | undefined {
  if (Object.hasOwn(headers, name)) return headers[name];
  const lower = name.toLowerCase();
  for (const key of Object.keys(headers)) if (key.toLowerCase() === lower) return headers[key];
  return undefined;
}

function views(
  input: Record<string, MultiValue> | undefined,
  what: string,
): { single: Record<string, string>; multi: Record<string, string[]> } {
  const single: Record<string, string> = {};
  const multi: Record<string, string[]> = {};
  for (const [name, raw] of Object.entries(input ?? {})) {
    const values = (Array.isArray(raw) ? raw : [raw])
      .filter((v) => v !== null && v !== undefined)
      .map((v) => {
        if (typeof v === 'object')
          throw new MethodRequestError(`${what}.${name}: a value must be a string or a list of strings`);
        return String(v);
      });
    if (!values.length) continue;
    setOwn(multi, name, values);
    setOwn(single, name, values[values.length - 1]!);
  }
  return { single, multi };
}

/** Query parameters written in the path (`/pets?type=dog`): decoded as API Gateway does (`+` is a space). */
function queryFromPath(query: string): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const part of query.split('&')) {
    if (!part) continue;
    const eq = part.indexOf('=');
    const decode = (s: string) => {
      try {
        return decodeURIComponent(s.replace(/\+/g, ' '));
      } catch {
        return s;
      }
    };
    const name = decode(eq < 0 ? part : part.slice(0, eq));
    const values = ownValue(out, name) ?? [];
    values.push(eq < 0 ? '' : decode(part.slice(eq + 1)));
    setOwn(out, name, values);
  }
  return out;
}

/** Matches `/pets/42` against `/pets/{petId}` (or `/{proxy+}`); null when it does not match. */
export function matchResourcePath(resourcePath: string, path: string): Record<string, string> | null {
  const template = resourcePath.split('/').filter(Boolean);
  const trimmed = path.length > 1 && path.endsWith('/') ? path.slice(0, -1) : path;
  const parts = trimmed.split('/').slice(1);
  if (parts.length === 1 && parts[0] === '') parts.length = 0;
  const params: Record<string, string> = {};
  for (let i = 0; i < template.length; i++) {
    const t = template[i]!;
    const greedy = /^\{(.+)\+\}$/.exec(t);
    if (greedy) {
      if (i !== template.length - 1) return null;
      const rest = parts.slice(i).join('/');
      if (!rest) return null;
      setOwn(params, greedy[1]!, rest);
      return params;
    }
    const part = parts[i];
    if (part === undefined) return null;
    const name = /^\{(.+)\}$/.exec(t);
    if (name) {
      if (!part) return null;
      setOwn(params, name[1]!, part);
    } else if (part !== t) return null;
  }
  return parts.length === template.length ? params : null;
}

export function normalizeMethodRequest(sample: SampleRequest, design?: Design): MethodRequest {
  const designMethod = design?.method?.httpMethod;
  const method = (sample.method || (designMethod && designMethod !== 'ANY' ? designMethod : 'GET')).toUpperCase();
  const rawPath = sample.path || '/';
  const q = rawPath.indexOf('?');
  let path = q < 0 ? rawPath : rawPath.slice(0, q);
  if (!path.startsWith('/')) path = `/${path}`;
  const headers = views(sample.headers, 'headers');
  const query = views(sample.query, 'query');
  if (q >= 0) {
    for (const [name, values] of Object.entries(queryFromPath(rawPath.slice(q + 1)))) {
      if (Object.hasOwn(query.multi, name)) continue; // the sample's `query` wins
      setOwn(query.multi, name, values);
      setOwn(query.single, name, values[values.length - 1]!);
    }
  }
  const resourcePath = design?.method?.resourcePath || path;
  let pathParameters = matchResourcePath(resourcePath, path);
  if (!pathParameters && design?.method?.resourcePath) {
    // The sample may include the stage, as in the invoke URL
    // `https://{api}.execute-api.{region}.amazonaws.com/{stage}/pets`.
    const withoutStage = path.replace(/^\/[^/]+/, '') || '/';
    pathParameters = matchResourcePath(resourcePath, withoutStage);
    if (pathParameters) path = withoutStage;
  }
  if (!pathParameters) {
    throw new MethodRequestError(`path "${path}" does not match the method's resource path "${resourcePath}"`);
  }
  if (sample.body !== undefined && sample.body !== null && typeof sample.body !== 'string') {
    throw new MethodRequestError(
      'body: must be a string (JSON payloads are written as text, e.g. "{\\"name\\": \\"Rex\\"}")',
    );
  }
  return {
    method,
    path,
    resourcePath,
    pathParameters,
    headers: headers.single,
    multiValueHeaders: headers.multi,
    query: query.single,
    multiValueQuery: query.multi,
    body: sample.body ?? '',
    isBase64Encoded: sample.isBase64Encoded === true,
  };
}
