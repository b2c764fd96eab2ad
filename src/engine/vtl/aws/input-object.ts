// $input (DG api-gateway-mapping-template-reference, "$input Variables"): body, json(x), path(x), params(), params(x).
// The payload is parsed once, when a tree is needed, and kept (a designer re-renders the same sample body at every
// keystroke); `$input.json` of a definite path needs no tree (json-canonical.ts). A template may change what path()
// returned ($m.put(...)): the cached parse is then dropped, so the next render starts afresh.
import { VtlRuntimeError } from '../errors.ts';
import type { JValue, JMap, MethodResult } from '../java/values.ts';
import { HostObject, NO_SUCH_METHOD, setMutationListener } from '../java/values.ts';
import { JsonSyntaxError, parsePayload } from '../json/json-parse.ts';
import { toJsonText } from '../json/json-serialize.ts';
import { canonicalJsonAt } from '../json/json-canonical.ts';
import { scanJsonTape } from '../json/json-tape.ts';
import { lazyTree } from '../json/lazy-tree.ts';
import { compileJsonPath, evaluateJsonPath } from '../json/jsonpath.ts';
import { LruCache } from '../lru-cache.ts';
import type { Budget } from '../runtime/limits.ts';

export interface InputParams {
  path: Record<string, string>;
  querystring: Record<string, string>;
  header: Record<string, string>;
}

interface ParsedPayload {
  body: string;
  /** Whether the tree has been built (lazily: `$input.json` of a definite path reads the text directly). */
  parsed: boolean;
  value?: JValue;
  error?: JsonSyntaxError;
  /** `$input.json(path)` results: a pure function of the payload and the path. */
  json: LruCache<string, string>;
  /**
   * Whether canonicalJsonAt declined this payload once: it would again (it declines on the text; only a negative
   * index declines on the path, and then the tree is built and serves the other paths as well).
   */
  textDeclined?: boolean;
}

/**
 * Recent payloads by body text (the designer re-renders the same sample at every keystroke). Bounded by count and by
 * total body characters, as a parsed tree takes several times its text in memory (about 6x, measured on a 1 MB
 * payload); the newest payload always stays. Keys of 1 MB are fine: V8 hashes so long a string by its length alone,
 * so a lookup compares the text with the cached bodies of the same length, each up to the first difference (well
 * under a millisecond, measured), and an equal body found there is a hit even when it is another string object.
 */
const payloads = new LruCache<string, ParsedPayload>(8, 4_000_000, (body) => body.length);

setMutationListener((owner) => {
  const body = (owner as ParsedPayload).body;
  if (payloads.get(body) === owner) payloads.delete(body);
});

function entry(body: string): ParsedPayload {
  let p = payloads.get(body);
  if (!p) {
    p = { body, parsed: false, json: new LruCache(32) };
    payloads.set(body, p);
  }
  return p;
}

function parsed(body: string): ParsedPayload {
  const p = entry(body);
  if (!p.parsed) {
    p.parsed = true;
    try {
      p.value = parseLazily(body, p);
    } catch (e) {
      if (!(e instanceof JsonSyntaxError)) throw e;
      p.error = e;
    }
  }
  return p;
}

/**
 * The payload as template values, built as the template reaches them (lazy-tree.ts): `$input.path('$.a')` of a fresh
 * 1 MB body reads the text once to check it and builds a few values, not the whole tree. Text the scan does not
 * take (not JSON, or malformed: the full parser's error says where) goes to the full parser.
 */
function parseLazily(body: string, owner: object): JValue {
  const tape = body === '' ? null : scanJsonTape(body);
  return tape ? lazyTree(tape, owner) : parsePayload(body, owner);
}

function toMap(record: Record<string, string>): JMap {
  return new Map(Object.entries(record));
}

export class InputObject extends HostObject {
  readonly javaClass = 'Input';
  /** An empty payload reads as `{}` (LS-snap test_input_body_formatting, docs/apigw-behaviour.md#input). */
  readonly body: string;

  constructor(
    rawBody: string,
    private readonly params: InputParams,
    private readonly budget: Budget,
    /**
     * Whether the template will likely need the parsed tree anyway (it calls `.path(`): `$input.json` of a definite
     * path then uses the tree too, instead of reading the text once for json and parsing it again for path.
     * Only a matter of speed: both ways give the same text.
     */
    private readonly treeLikely = false,
  ) {
    super();
    this.body = rawBody === '' ? '{}' : rawBody;
  }

  private payload(path: string): JValue {
    const p = parsed(this.body);
    if (p.error)
      throw new VtlRuntimeError(
        'runtime',
        `$input: cannot evaluate '${path}': the payload is not valid JSON (${p.error.message})`,
      );
    return p.value;
  }

  /** $input.json(x): the JSONPath result as JSON text; a path that finds nothing gives the empty string. */
  json(path: string): string {
    const p = entry(this.body);
    const hit = p.json.get(path);
    if (hit !== undefined) return hit;
    const text = this.jsonText(p, path);
    this.budget.checkLength(text.length);
    p.json.set(path, text);
    return text;
  }

  /**
   * A definite path is answered from the text when the tree is not built yet (nor likely to be), and `$` always
   * (re-emitting the text beats re-serialising the whole tree); the tree path takes everything else and every case
   * the text path declines.
   */
  private jsonText(p: ParsedPayload, path: string): string {
    const c = compileJsonPath(path);
    if (c.definite && !p.textDeclined && (c.segments.length === 0 || (!p.parsed && !this.treeLikely))) {
      const text = canonicalJsonAt(p.body, c.segments);
      if (text !== undefined) return text;
      p.textDeclined = true; // not JSON, or JSON the text path leaves to the tree (duplicate names, ...): don't retry
    }
    const r = evaluateJsonPath(this.payload(path), path);
    return r.found ? toJsonText(r.value) : '';
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
