// $context.requestOverride / $context.responseOverride (DG apigateway-override-request-response-parameters).
// "Overrides are final": setting the same parameter twice in a template is an error (API Gateway answers 5XX), so
// the maps behind these variables refuse a second write of a key. Overrides are collected after the whole template
// ran; a list value becomes a multi-value header/query parameter (doc vector `multivalueheader=[a, b]`).
import { VtlRuntimeError } from '../errors.ts';
import { isJavaNumberValue, type JMap, type JKey, type JValue } from '../java/values.ts';
import { numberValue } from '../java/number.ts';
import { javaToString } from '../java/to-string.ts';

export interface VtlOverrides {
  request: {
    header: Record<string, string | string[]>;
    querystring: Record<string, string | string[]>;
    path: Record<string, string>;
  };
  response: { status?: number; header: Record<string, string> };
}

/** A map whose keys may be set once (a value seeded from an earlier template may be replaced once). */
export class OverrideMap extends Map<JKey, JValue> {
  private readonly seeded = new Set<JKey>();
  constructor(private readonly where: string) {
    super();
  }
  /** A value an earlier template of the round trip set: readable here, and this template may still set its own. */
  seed(key: JKey, value: JValue): void {
    super.set(key, value);
    this.seeded.add(key);
  }
  override set(key: JKey, value: JValue): this {
    if (this.seeded.delete(key)) return super.set(key, value);
    if (this.has(key)) {
      throw new VtlRuntimeError(
        'override-twice',
        `${this.where}.${javaToString(key as JValue)} is overridden twice; overrides are final, a second set fails the request (5XX)`,
      );
    }
    return super.set(key, value);
  }
}

/**
 * Seeds the maps with what an earlier template set: a MOCK's response template reads the request template's
 * $context.requestOverride / responseOverride (recorded on AWS; docs/apigw-fidelity.md).
 */
export function seedOverrideMaps(maps: { requestOverride: JMap; responseOverride: JMap }, earlier: VtlOverrides): void {
  const seed = (map: JValue, values: Record<string, string | string[] | number>) => {
    if (!(map instanceof OverrideMap)) return;
    for (const [k, v] of Object.entries(values)) map.seed(k, Array.isArray(v) ? [...v] : v);
  };
  seed(maps.requestOverride.get('header'), earlier.request.header);
  seed(maps.requestOverride.get('querystring'), earlier.request.querystring);
  seed(maps.requestOverride.get('path'), earlier.request.path);
  seed(maps.responseOverride.get('header'), earlier.response.header);
  if (earlier.response.status !== undefined) seed(maps.responseOverride, { status: earlier.response.status });
}

export function createOverrideMaps(): { requestOverride: JMap; responseOverride: JMap } {
  const requestOverride: JMap = new Map<JKey, JValue>([
    ['header', new OverrideMap('$context.requestOverride.header')],
    ['querystring', new OverrideMap('$context.requestOverride.querystring')],
    ['path', new OverrideMap('$context.requestOverride.path')],
  ]);
  const responseOverride: JMap = new OverrideMap('$context.responseOverride');
  responseOverride.set('header', new OverrideMap('$context.responseOverride.header'));
  return { requestOverride, responseOverride };
}

function entries(v: JValue): [string, JValue][] {
  return v instanceof Map
    ? [...v].filter(([, x]) => x !== null && x !== undefined).map(([k, x]) => [javaToString(k as JValue), x])
    : [];
}

function multi(v: JValue): string | string[] {
  return Array.isArray(v) ? v.map((x) => javaToString(x)) : javaToString(v);
}

/** Valid HTTP status as an integer 100-599; other values are ignored (LocalStack's reading of AWS; unconfirmed). */
function statusOf(v: JValue): number | undefined {
  const n = isJavaNumberValue(v) ? numberValue(v) : typeof v === 'string' && /^\s*\d+\s*$/.test(v) ? Number(v) : NaN;
  return Number.isInteger(n) && n >= 100 && n <= 599 ? n : undefined;
}

/** Reads what the template left in $context.requestOverride / responseOverride. */
export function collectOverrides(context: JMap): VtlOverrides {
  const req = context.get('requestOverride');
  const res = context.get('responseOverride');
  const part = (m: JValue, key: string): JValue => (m instanceof Map ? m.get(key) : undefined);
  const out: VtlOverrides = { request: { header: {}, querystring: {}, path: {} }, response: { header: {} } };
  for (const [k, v] of entries(part(req, 'header'))) out.request.header[k] = multi(v);
  for (const [k, v] of entries(part(req, 'querystring'))) out.request.querystring[k] = multi(v);
  for (const [k, v] of entries(part(req, 'path')))
    out.request.path[k] = Array.isArray(v) ? v.map((x) => javaToString(x)).join(',') : javaToString(v);
  for (const [k, v] of entries(part(res, 'header'))) out.response.header[k] = javaToString(v);
  const status = statusOf(part(res, 'status'));
  if (status !== undefined) out.response.status = status;
  return out;
}
