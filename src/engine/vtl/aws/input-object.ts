// $input (DG api-gateway-mapping-template-reference, "$input Variables"): body, json(x), path(x), params(), params(x).
// The payload is parsed once and kept (a designer re-renders the same sample body at every keystroke). A template
// may change what path() returned ($m.put(...)): the cached parse is then dropped, so the next render starts afresh.
import { VtlRuntimeError } from '../errors.ts';
import type { JValue, JMap, MethodResult } from '../java/values.ts';
import { HostObject, NO_SUCH_METHOD, setMutationListener } from '../java/values.ts';
import { JsonSyntaxError, parsePayload } from '../json/json-parse.ts';
import { toJsonText } from '../json/json-serialize.ts';
import { evaluateJsonPath } from '../json/jsonpath.ts';
import { LruCache } from '../lru-cache.ts';
import type { Budget } from '../runtime/limits.ts';

export interface InputParams {
  path: Record<string, string>;
  querystring: Record<string, string>;
  header: Record<string, string>;
}

interface ParsedPayload {
  body: string;
  value?: JValue;
  error?: JsonSyntaxError;
  /** `$input.json(path)` results: a pure function of the payload and the path. */
  json: LruCache<string, string>;
}

const payloads = new LruCache<string, ParsedPayload>(8);

setMutationListener((owner) => {
  const body = (owner as ParsedPayload).body;
  if (payloads.get(body) === owner) payloads.delete(body);
});

function parsed(body: string): ParsedPayload {
  let p = payloads.get(body);
  if (!p) {
    p = { body, json: new LruCache(32) };
    try {
      p.value = parsePayload(body, p);
    } catch (e) {
      if (!(e instanceof JsonSyntaxError)) throw e;
      p.error = e;
    }
    payloads.set(body, p);
  }
  return p;
}

function toMap(record: Record<string, string>): JMap {
  return new Map(Object.entries(record));
}

export class InputObject extends HostObject {
  readonly javaClass = 'Input';
  /** An empty payload reads as `{}` (LS-snap test_input_body_formatting, apigw-semantics §1.1). */
  readonly body: string;

  constructor(
    rawBody: string,
    private readonly params: InputParams,
    private readonly budget: Budget,
  ) {
    super();
    this.body = rawBody === '' ? '{}' : rawBody;
  }

  private payload(path: string): JValue {
    const p = parsed(this.body);
    if (p.error) throw new VtlRuntimeError('runtime', `$input: cannot evaluate '${path}': the payload is not valid JSON (${p.error.message})`);
    return p.value;
  }

  /** $input.json(x): the JSONPath result as JSON text; a path that finds nothing gives the empty string. */
  json(path: string): string {
    const p = parsed(this.body);
    const hit = p.json.get(path);
    if (hit !== undefined) return hit;
    const r = evaluateJsonPath(this.payload(path), path);
    const text = r.found ? toJsonText(r.value) : '';
    this.budget.checkLength(text.length);
    p.json.set(path, text);
    return text;
  }

  /** $input.path(x): the JSONPath result as an object templates can navigate; null when nothing is found. */
  path(path: string): JValue {
    const r = evaluateJsonPath(this.payload(path), path);
    return r.found ? r.value : null;
  }

  /** $input.params(x): path, then query string, then header (headers also matched ignoring case: unconfirmed). */
  param(name: string): string {
    const { path, querystring, header } = this.params;
    if (Object.hasOwn(path, name)) return path[name]!;
    if (Object.hasOwn(querystring, name)) return querystring[name]!;
    if (Object.hasOwn(header, name)) return header[name]!;
    const lower = name.toLowerCase();
    for (const key of Object.keys(header)) if (key.toLowerCase() === lower) return header[key]!;
    return ''; // a missing parameter reads as the empty string (unconfirmed; renders the same as null)
  }

  /** $input.params(): `path`, `header`, `querystring` (the order of the DG example output). */
  allParams(): JMap {
    return new Map<string, JValue>([
      ['path', toMap(this.params.path)],
      ['header', toMap(this.params.header)],
      ['querystring', toMap(this.params.querystring)],
    ]);
  }

  override getProperty(name: string): JValue {
    return name === 'body' ? this.body : undefined;
  }

  override invoke(name: string, args: JValue[]): MethodResult {
    const [a] = args;
    switch (name) {
      case 'json':
        return args.length === 1 && typeof a === 'string' ? this.json(a) : NO_SUCH_METHOD;
      case 'path':
        return args.length === 1 && typeof a === 'string' ? this.path(a) : NO_SUCH_METHOD;
      case 'params':
        if (args.length === 0) return this.allParams();
        return args.length === 1 && typeof a === 'string' ? this.param(a) : NO_SUCH_METHOD;
      case 'getBody':
        return args.length === 0 ? this.body : NO_SUCH_METHOD;
      default:
        return NO_SUCH_METHOD;
    }
  }
}
