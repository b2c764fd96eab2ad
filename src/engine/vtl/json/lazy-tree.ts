// Template values from a JSON tape (json-tape.ts), built only where a template looks. An object is a LazyMap: a
// LinkedHashMap (an OwnedMap, see values.ts) whose entries are read from the text the first time anything asks for
// them, in document order, a repeated name keeping its first place with the last value (as the full parser does:
// Map.set). An array is built when its parent is (templates index arrays directly), its objects stay lazy. Strings,
// numbers and literals are read by the full parser's own code (json-parse.ts), so every value is exactly the one it
// would give: `1.0` a Double, `232` an Integer, big numbers with every digit, duplicate keys as above.
import type { JKey, JList, JValue } from '../java/values.ts';
import { markJsonArray, OwnedMap } from '../java/values.ts';
import { Parser } from './json-parse.ts';
import type { JsonTape } from './json-tape.ts';

/** The tape, the reader of its primitives, and the cache entry every container belongs to. */
interface Doc {
  tape: JsonTape;
  reader: Parser;
  owner: object;
}

/** The value at tape index `v`. */
function valueAt(doc: Doc, v: number): JValue {
  const { entries, text } = doc.tape;
  const at = entries[v * 2]!;
  const c = text.charCodeAt(at);
  if (c === 123) return new LazyMap(doc, v);
  if (c === 91) return arrayAt(doc, v);
  doc.reader.i = at;
  return doc.reader.value();
}

function arrayAt(doc: Doc, v: number): JList {
  const entries = doc.tape.entries;
  const end = entries[v * 2 + 1]!;
  const list: JList = [];
  for (let child = v + 1; child < end; child = entries[child * 2 + 1]!) list.push(valueAt(doc, child));
  return markJsonArray(list, doc.owner);
}

/**
 * A JSON object whose entries are read on first use. Every Map method the runtime uses is here, so none can see it
 * empty; after the first use it is an ordinary (owned) Map.
 */
export class LazyMap extends OwnedMap {
  private doc: Doc | null;

  constructor(
    doc: Doc,
    private readonly v: number,
  ) {
    super(doc.owner);
    this.doc = doc;
  }

  private fill(): void {
    const doc = this.doc;
    if (!doc) return;
    this.doc = null;
    const { entries } = doc.tape;
    const end = entries[this.v * 2 + 1]!;
    const reader = doc.reader;
    for (let key = this.v + 1; key < end; ) {
      reader.i = entries[key * 2]!;
      const name = reader.key();
      const value = key + 1;
      super.set(name, valueAt(doc, value));
      key = entries[value * 2 + 1]!;
    }
  }

  override get size(): number {
    this.fill();
    return super.size;
  }
  override get(key: JKey): JValue {
    this.fill();
    return super.get(key);
  }
  override has(key: JKey): boolean {
    this.fill();
    return super.has(key);
  }
  override set(key: JKey, value: JValue): this {
    this.fill();
    return super.set(key, value);
  }
  override delete(key: JKey): boolean {
    this.fill();
    return super.delete(key);
  }
  override clear(): void {
    this.doc = null;
    super.clear();
  }
  override forEach(fn: (value: JValue, key: JKey, map: Map<JKey, JValue>) => void, thisArg?: unknown): void {
    this.fill();
    super.forEach(fn, thisArg);
  }
  override keys(): MapIterator<JKey> {
    this.fill();
    return super.keys();
  }
  override values(): MapIterator<JValue> {
    this.fill();
    return super.values();
  }
  override entries(): MapIterator<[JKey, JValue]> {
    this.fill();
    return super.entries();
  }
  override [Symbol.iterator](): MapIterator<[JKey, JValue]> {
    this.fill();
    return super[Symbol.iterator]();
  }
}

/** The template value of a scanned JSON text: its root built, the rest as it is reached. */
export function lazyTree(tape: JsonTape, owner: object): JValue {
  return valueAt({ tape, reader: new Parser(tape.text, owner), owner }, 0);
}
